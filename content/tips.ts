import { msg } from '../src/i18n/msg.js';
import { sources } from './sources.js';
import type { Source, Tip } from './types.js';

/** The public pages the tips rely on. */
export const TIP_SOURCES: readonly Source[] = sources(
  'nhs-exercise',
  'nhs-falls',
  'nice-mecfs',
  'nhs-compartment',
  'medlineplus-rhabdo',
);

/** The name a screen reader gives the list of the tips' sources ("Sources" on screen). */
export function tipSourcesName(): string {
  return msg('Sources for the exercise tips', {
    id: 'tips.sources-name',
    desc: 'The name a screen reader gives this widget\'s collapsed list of sources, so that the four lists on a page can be told apart (the visible label is meta.sources-label, "Sources"). Start with exactly your translation of meta.sources-label, so that the spoken name contains the visible word.',
  });
}

/** The ids of the tips, in reading order. Stable: never translated, never changed. */
export const TIP_IDS = [
  'see-a-professional',
  'physiotherapy',
  'strength-exercises',
  'balanced-diet',
  'assistive-devices',
  'manage-conditions',
  'stay-active',
  'rest-and-sleep',
  'occupational-therapy',
  'support-groups',
  'prevent-falls',
] as const;

/** The heading of the safety note shown before the tips. */
export function safetyNoteTitle(): string {
  return msg('Before you start', {
    id: 'tips.safety-note.title',
    desc: 'Heading of the safety note shown before the exercise tips. Short.',
  });
}

/** The safety note shown before the tips. */
export function safetyNote(): string {
  return msg(
    'Check with a doctor or physiotherapist before you start any new exercise. Stop at once if you feel pain, dizzy or faint, very out of breath, or your heart beats very fast or unevenly. Call your local emergency number if you get chest pain or you faint. Call it too if these signs do not pass after a few minutes of rest, or weakness comes on suddenly. Never try to exercise sudden weakness away.',
    {
      id: 'tips.safety-note',
      desc: 'Safety note shown before the tips. Medical safety text: keep every sign and instruction.',
    },
  );
}

/** The note for people with ME/CFS, shown in the safety note before the tips. */
export function mecfsNote(): string {
  return msg(
    'If you have ME/CFS, do not slowly add more exercise step by step: it is not advised and can make you worse. Plan your activity with your care team.',
    {
      id: 'tips.safety-note.mecfs',
      desc: 'Second paragraph of the safety note. NICE guidance for ME/CFS (chronic fatigue syndrome): graded exercise is not advised. Medical safety text: keep the meaning exact.',
    },
  );
}

/** Ways to manage weak legs and stay safe, in reading order. */
export function tips(): readonly Tip[] {
  return [
    {
      id: 'see-a-professional',
      title: msg('Get checked first', { id: 'tips.see-a-professional.title', desc: 'Title of a tip. Short command.' }),
      body: msg(
        'See a doctor to find out what is causing the weakness. They will ask questions, examine you and may do some tests. The right treatment depends on the cause.',
        {
          id: 'tips.see-a-professional.body',
          desc: 'Body of a tip.',
        },
      ),
    },
    {
      id: 'physiotherapy',
      title: msg('Work with a physiotherapist', {
        id: 'tips.physiotherapy.title',
        desc: 'Title of a tip. Short command. A physiotherapist is also called a physical therapist.',
      }),
      body: msg(
        'A physiotherapist is an expert in helping people move. They can give you exercises that suit your body, help you improve your balance, and lower your risk of falling.',
        {
          id: 'tips.physiotherapy.body',
          desc: 'Body of a tip.',
        },
      ),
    },
    {
      id: 'strength-exercises',
      title: msg('Build strength slowly', {
        id: 'tips.strength-exercises.title',
        desc: 'Title of a tip. Short command.',
      }),
      body: msg(
        'Try standing up from a chair and sitting down again. Try calf raises (rising up on your toes) and hamstring curls (bending your knee to lift your heel behind you). Hold on to a sturdy chair for balance, and ask a physiotherapist before you try squats or lunges. Start gently, doing each one only a few times. Add a little more over time, unless you have ME/CFS (see the note above). Ask your doctor or physiotherapist how much to do if you have had polio or have a muscle disease. Ask too if your weakness gets worse the more you use your muscles. If a muscle becomes very painful, tight or swollen, call your local emergency number. If your pee turns dark brown, get medical help today.',
        {
          id: 'tips.strength-exercises.body',
          desc: 'Body of a tip. Names of leg exercises; use the names known in your language. The advice to ask before squats or lunges, the ME/CFS exception and the last sentence (signs of muscle breakdown, get help today) are safety advice: keep them exact.',
        },
      ),
    },
    {
      id: 'balanced-diet',
      title: msg('Eat a balanced diet', { id: 'tips.balanced-diet.title', desc: 'Title of a tip. Short command.' }),
      body: msg(
        'Muscles need protein to repair and grow. Good sources are fish, eggs, beans, lentils, lean meat and chicken. Vitamin D, calcium and magnesium also help muscles work. Ask a doctor or pharmacist before you start taking supplements.',
        {
          id: 'tips.balanced-diet.body',
          desc: 'Body of a tip. The advice about supplements is a safety instruction: keep it.',
        },
      ),
    },
    {
      id: 'assistive-devices',
      title: msg('Use walking aids if you need them', {
        id: 'tips.assistive-devices.title',
        desc: 'Title of a tip. Short command.',
      }),
      body: msg(
        'Leg braces, walking sticks and walking frames can help you get about safely and keep doing things for yourself. A physiotherapist or occupational therapist can help you choose the right one and show you how to use it.',
        {
          id: 'tips.assistive-devices.body',
          desc: 'Body of a tip. Walking sticks are also called canes; walking frames are also called walkers.',
        },
      ),
    },
    {
      id: 'manage-conditions',
      title: msg('Look after other health conditions', {
        id: 'tips.manage-conditions.title',
        desc: 'Title of a tip. Short command.',
      }),
      body: msg(
        'If a condition such as diabetes or an underactive thyroid is behind the weakness, keeping it under control can help your legs. Follow your treatment plan, take your medicines as your doctor advised, and go to your check-ups.',
        {
          id: 'tips.manage-conditions.body',
          desc: 'Body of a tip.',
        },
      ),
    },
    {
      id: 'stay-active',
      title: msg('Keep moving', { id: 'tips.stay-active.title', desc: 'Title of a tip. Short command.' }),
      body: msg(
        'Try to stay as active as you safely can, even with weak legs. Choose things you enjoy, such as walking, swimming, cycling or gardening. Moving often helps keep your muscles strong and can lift your mood. If your legs are very weak, or your weakness comes and goes, do not swim alone.',
        {
          id: 'tips.stay-active.body',
          desc: 'Body of a tip. The last sentence is safety advice (a risk of drowning): keep it exact.',
        },
      ),
    },
    {
      id: 'rest-and-sleep',
      title: msg('Rest and sleep well', { id: 'tips.rest-and-sleep.title', desc: 'Title of a tip. Short command.' }),
      body: msg(
        'Your muscles recover and repair while you rest. Try to get enough sleep: most adults need at least 7 hours a night. Take breaks during the day, and do not push yourself too hard when your muscles are weak.',
        {
          id: 'tips.rest-and-sleep.body',
          desc: 'Body of a tip. Keep the numbers of hours as they are.',
        },
      ),
    },
    {
      id: 'occupational-therapy',
      title: msg('Make daily life easier', {
        id: 'tips.occupational-therapy.title',
        desc: 'Title of a tip. Short command.',
      }),
      body: msg(
        'An occupational therapist helps you find easier and safer ways to do everyday tasks. They may suggest grab rails in the bathroom or a ramp at the door, and show you ways to save your energy.',
        {
          id: 'tips.occupational-therapy.body',
          desc: 'Body of a tip.',
        },
      ),
    },
    {
      id: 'support-groups',
      title: msg('Find support', { id: 'tips.support-groups.title', desc: 'Title of a tip. Short command.' }),
      body: msg(
        'Living with weak legs can be hard. In a support group you can talk with people who understand, share ideas and feel less alone. Your doctor may know of a group near you or online.',
        {
          id: 'tips.support-groups.body',
          desc: 'Body of a tip.',
        },
      ),
    },
    {
      id: 'prevent-falls',
      title: msg('Make your home safer', { id: 'tips.prevent-falls.title', desc: 'Title of a tip. Short command.' }),
      body: msg(
        'Weak legs can make falls more likely. Clear away things you could trip over, such as loose rugs and cables. Keep rooms and stairs well lit, and wear sturdy shoes that fit well. Keep a phone within reach. If you fall and are hurt or cannot get up, call for help.',
        {
          id: 'tips.prevent-falls.body',
          desc: 'Body of a tip.',
        },
      ),
    },
  ];
}
