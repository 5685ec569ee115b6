import { msg } from '../src/i18n/msg.js';
import { sources } from './sources.js';
import type { Cause, CauseCategory, Onset, Sides, Source } from './types.js';

/** The public pages the causes rely on. */
export const CAUSE_SOURCES: readonly Source[] = sources(
  'nhs-stroke',
  'ninds-stroke',
  'nhs-ms',
  'nhs-cauda-equina',
  'nhs-neuropathy',
  'nhs-mnd',
  'ninds-gbs',
  'nhs-myasthenia',
  'nhs-muscular-dystrophy',
  'medlineplus-rhabdo',
  'medlineplus-hypokalemia',
  'nice-mecfs',
  'nhs-atorvastatin',
  'cdc-west-nile',
);

/** The ids of the 18 causes, in reading order. Stable: never translated, never changed. */
export const CAUSE_IDS = [
  'stroke',
  'multiple-sclerosis',
  'spinal-cord-compression',
  'peripheral-neuropathy',
  'als',
  'guillain-barre-syndrome',
  'myasthenia-gravis',
  'muscular-dystrophy',
  'inflammatory-myopathy',
  'hypokalemia',
  'rhabdomyolysis',
  'anemia',
  'hypothyroidism',
  'chronic-fatigue-syndrome',
  'deconditioning',
  'infections',
  'medications',
  'electrolyte-imbalance',
] as const;

/** The heading of each group of causes. */
export function categoryName(category: CauseCategory): string {
  switch (category) {
    case 'neurological':
      return msg('Nerve and brain causes', {
        id: 'cause-category.neurological',
        desc: 'Heading for causes in the nervous system (brain, spinal cord, nerves).',
      });
    case 'muscular':
      return msg('Muscle causes', {
        id: 'cause-category.muscular',
        desc: 'Heading for causes in the muscles themselves.',
      });
    case 'systemic':
      return msg('Whole-body causes', {
        id: 'cause-category.systemic',
        desc: 'Heading for conditions that affect the whole body.',
      });
  }
}

/** One sentence under each group heading. */
export function categoryIntro(category: CauseCategory): string {
  switch (category) {
    case 'neurological':
      return msg(
        'Your brain, spinal cord and nerves send the signals that make leg muscles move. If they are damaged, the signals get weak or stop.',
        {
          id: 'cause-category.neurological.intro',
          desc: 'Intro under the nerve and brain causes heading.',
        },
      );
    case 'muscular':
      return msg('Sometimes the problem is in the muscles themselves.', {
        id: 'cause-category.muscular.intro',
        desc: 'Intro under the muscle causes heading.',
      });
    case 'systemic':
      return msg('Some conditions affect the whole body, and weak legs are one of the signs.', {
        id: 'cause-category.systemic.intro',
        desc: 'Intro under the whole-body causes heading.',
      });
  }
}

/** The 18 causes, in reading order within each category. */
export function causes(): readonly Cause[] {
  return [
    {
      id: 'stroke',
      category: 'neurological',
      name: msg('Stroke', { id: 'cause.stroke.name', desc: 'Name of a cause of leg weakness.' }),
      summary: msg(
        'A stroke happens when blood stops reaching part of the brain. A blood vessel may be blocked, or it may burst and bleed. Then the brain cells that control movement get damaged.',
        {
          id: 'cause.stroke.summary',
          desc: 'Plain explanation of stroke.',
        },
      ),
      onset: 'sudden',
      sides: 'one',
      companions: msg('Often the arm and face on the same side are weak too, and speech may be slurred.', {
        id: 'cause.stroke.companions',
        desc: 'Signs that often come with a stroke.',
      }),
      help: {
        tier: 'emergency',
        signs: ['stroke-face', 'stroke-one-side', 'stroke-speech'],
        text: msg(
          'Any sign of a stroke needs an ambulance, even if it goes away. Call your emergency number at once.',
          {
            id: 'cause.stroke.help',
            desc: 'A line on when to get help, shown with the name of its care tier. It repeats signs from the care cards: keep every sign and the instruction.',
          },
        ),
      },
    },
    {
      id: 'multiple-sclerosis',
      category: 'neurological',
      name: msg('Multiple sclerosis (MS)', {
        id: 'cause.multiple-sclerosis.name',
        desc: 'Name of a cause of leg weakness. MS is the usual short name.',
      }),
      summary: msg(
        'In MS, the immune system (the body’s defence against germs) attacks the nerves in the brain and spinal cord. Messages from the brain to the legs then get through badly or not at all.',
        {
          id: 'cause.multiple-sclerosis.summary',
          desc: 'Plain explanation of multiple sclerosis. Explains the term immune system, which later causes also use.',
        },
      ),
      onset: 'varies',
      sides: 'either',
      companions: msg('Numbness or tingling, poor balance, blurred eyesight and feeling very tired are common.', {
        id: 'cause.multiple-sclerosis.companions',
        desc: 'Signs that often come with multiple sclerosis.',
      }),
    },
    {
      id: 'spinal-cord-compression',
      category: 'neurological',
      name: msg('Pressure on the spinal cord (spinal cord compression)', {
        id: 'cause.spinal-cord-compression.name',
        desc: 'Name of a cause of leg weakness.',
      }),
      summary: msg(
        'The spinal cord is the bundle of nerves that runs down inside your backbone. A slipped disc, a narrowing of the space around the cord (spinal stenosis) or a growth such as a tumour can press on it. This blocks the signals to your legs.',
        {
          id: 'cause.spinal-cord-compression.summary',
          desc: 'Plain explanation of spinal cord compression.',
        },
      ),
      onset: 'varies',
      sides: 'either',
      companions: msg('Back or neck pain, numbness, and trouble controlling when you pee or poo.', {
        id: 'cause.spinal-cord-compression.companions',
        desc: 'Signs that often come with spinal cord compression. Pee and poo are the everyday words for urine and stools.',
      }),
      help: {
        tier: 'emergency',
        signs: ['saddle-numbness', 'bladder-trouble', 'wetting-soiling', 'back-pain-legs'],
        text: msg(
          'Get emergency help for numbness or tingling between the legs, new trouble peeing, or wetting or soiling yourself without meaning to. Each one is enough on its own.',
          {
            id: 'cause.spinal-cord-compression.help',
            desc: 'A line on when to get help, shown with the name of its care tier. It repeats signs from the care cards: keep every sign and the instruction.',
          },
        ),
      },
    },
    {
      id: 'peripheral-neuropathy',
      category: 'neurological',
      name: msg('Nerve damage in the legs and feet (peripheral neuropathy)', {
        id: 'cause.peripheral-neuropathy.name',
        desc: 'Name of a cause of leg weakness.',
      }),
      summary: msg(
        'Peripheral nerves are the nerves outside the brain and spinal cord. When they are damaged, signals to the leg muscles get weaker. Diabetes is a common cause, and some infections and medicines can cause it too.',
        {
          id: 'cause.peripheral-neuropathy.summary',
          desc: 'Plain explanation of peripheral neuropathy.',
        },
      ),
      onset: 'gradual',
      sides: 'both',
      companions: msg('Numbness, tingling, burning or pain, often starting in the toes and feet.', {
        id: 'cause.peripheral-neuropathy.companions',
        desc: 'Signs that often come with peripheral neuropathy.',
      }),
    },
    {
      id: 'als',
      category: 'neurological',
      name: msg('Motor neurone disease (ALS)', {
        id: 'cause.als.name',
        desc: 'Name of a cause of leg weakness. ALS stands for amyotrophic lateral sclerosis; use the name readers in your language know best.',
      }),
      summary: msg(
        'Motor neurone disease harms the nerve cells that control the muscles. The most common type is called ALS (amyotrophic lateral sclerosis). The signals to the muscles slowly stop, so the muscles get weaker over time.',
        {
          id: 'cause.als.summary',
          desc: 'Plain explanation of motor neurone disease (ALS).',
        },
      ),
      onset: 'gradual',
      sides: 'either',
      companions: msg('Muscle twitching and cramps, and later trouble speaking, swallowing or breathing.', {
        id: 'cause.als.companions',
        desc: 'Signs that often come with motor neurone disease (ALS).',
      }),
    },
    {
      id: 'guillain-barre-syndrome',
      category: 'neurological',
      name: msg('Guillain-Barré syndrome', {
        id: 'cause.guillain-barre-syndrome.name',
        desc: 'Name of a cause of leg weakness (a proper name).',
      }),
      summary: msg(
        'Guillain-Barré syndrome is rare. The immune system attacks the nerves outside the brain and spinal cord. It often starts a few weeks after an infection, such as a stomach bug. Weakness often starts in both legs. It can spread up the body over hours or days.',
        {
          id: 'cause.guillain-barre-syndrome.summary',
          desc: 'Plain explanation of Guillain-Barré syndrome.',
        },
      ),
      onset: 'sudden',
      sides: 'both',
      companions: msg(
        'Tingling or numbness that starts in the feet and moves up, pain, and sometimes trouble breathing or swallowing.',
        {
          id: 'cause.guillain-barre-syndrome.companions',
          desc: 'Signs that often come with Guillain-Barré syndrome.',
        },
      ),
      help: {
        tier: 'emergency',
        signs: ['spreading-weakness', 'breathing-swallowing'],
        text: msg('Get emergency help if weakness spreads up the body, or if breathing or swallowing gets hard.', {
          id: 'cause.guillain-barre-syndrome.help',
          desc: 'A line on when to get help, shown with the name of its care tier. It repeats signs from the care cards: keep every sign and the instruction.',
        }),
      },
    },
    {
      id: 'myasthenia-gravis',
      category: 'neurological',
      name: msg('Myasthenia gravis', { id: 'cause.myasthenia-gravis.name', desc: 'Name of a cause of leg weakness.' }),
      summary: msg(
        'In myasthenia gravis, the immune system blocks the messages that pass from the nerves to the muscles. The weakness gets worse the more you use a muscle, and gets better after rest.',
        {
          id: 'cause.myasthenia-gravis.summary',
          desc: 'Plain explanation of myasthenia gravis.',
        },
      ),
      onset: 'varies',
      sides: 'both',
      companions: msg('Drooping eyelids, double vision, and trouble chewing, swallowing or speaking.', {
        id: 'cause.myasthenia-gravis.companions',
        desc: 'Signs that often come with myasthenia gravis.',
      }),
      help: {
        tier: 'emergency',
        signs: ['breathing-swallowing'],
        text: msg('Get emergency help if you have trouble breathing, swallowing or talking.', {
          id: 'cause.myasthenia-gravis.help',
          desc: 'A line on when to get help, shown with the name of its care tier. It repeats signs from the care cards: keep every sign and the instruction.',
        }),
      },
    },
    {
      id: 'muscular-dystrophy',
      category: 'muscular',
      name: msg('Muscular dystrophy', {
        id: 'cause.muscular-dystrophy.name',
        desc: 'Name of a cause of leg weakness.',
      }),
      summary: msg(
        'Muscular dystrophy is a group of conditions caused by changes in genes. They are often passed down in families, but not always. The muscles slowly get weaker and smaller. Each type affects different muscles, and some are milder than others.',
        {
          id: 'cause.muscular-dystrophy.summary',
          desc: 'Plain explanation of muscular dystrophy.',
        },
      ),
      onset: 'gradual',
      sides: 'both',
      companions: msg('Falling often, finding it hard to climb stairs or get up from the floor, and stiff joints.', {
        id: 'cause.muscular-dystrophy.companions',
        desc: 'Signs that often come with muscular dystrophy.',
      }),
    },
    {
      id: 'inflammatory-myopathy',
      category: 'muscular',
      name: msg('Muscle inflammation (polymyositis and dermatomyositis)', {
        id: 'cause.inflammatory-myopathy.name',
        desc: 'Name of a group of causes of leg weakness: two related muscle diseases.',
      }),
      summary: msg(
        'In these conditions, the immune system attacks the muscles. This causes inflammation, a kind of swelling and damage inside them, and the muscles get weak. The hips and thighs are often hit the most.',
        {
          id: 'cause.inflammatory-myopathy.summary',
          desc: 'Plain explanation of polymyositis and dermatomyositis. Explains the word inflammation.',
        },
      ),
      onset: 'gradual',
      sides: 'both',
      companions: msg(
        'Aching muscles and tiredness; dermatomyositis also causes a red or purple skin rash, often on the face, eyelids or knuckles.',
        {
          id: 'cause.inflammatory-myopathy.companions',
          desc: 'Signs that often come with polymyositis and dermatomyositis.',
        },
      ),
    },
    {
      id: 'hypokalemia',
      category: 'muscular',
      name: msg('Low potassium (hypokalaemia)', {
        id: 'cause.hypokalemia.name',
        desc: 'Name of a cause of leg weakness. Use the local spelling of the medical term.',
      }),
      summary: msg(
        'Potassium is a mineral in your blood. Muscles need it to work. If the level drops too low, muscles can get weak. This can happen after a lot of vomiting or diarrhoea. Some medicines can cause it too, such as some water tablets (diuretics).',
        {
          id: 'cause.hypokalemia.summary',
          desc: 'Plain explanation of low potassium. Water tablets are medicines that make you pee more.',
        },
      ),
      onset: 'varies',
      sides: 'both',
      companions: msg(
        'Muscle cramps or twitches, feeling tired, hard poo (constipation), or a fluttering or uneven heartbeat.',
        {
          id: 'cause.hypokalemia.companions',
          desc: 'Signs that often come with low potassium.',
        },
      ),
      help: {
        tier: 'emergency',
        signs: ['heart-signs'],
        text: msg(
          'Get emergency help for weakness with chest pain, fainting, or a heartbeat that is very fast, very slow or uneven.',
          {
            id: 'cause.hypokalemia.help',
            desc: 'A line on when to get help, shown with the name of its care tier. It repeats signs from the care cards: keep every sign and the instruction.',
          },
        ),
      },
    },
    {
      id: 'rhabdomyolysis',
      category: 'muscular',
      name: msg('Muscle breakdown (rhabdomyolysis)', {
        id: 'cause.rhabdomyolysis.name',
        desc: 'Name of a cause of leg weakness.',
      }),
      summary: msg(
        'In rhabdomyolysis, damaged muscle breaks down and lets harmful substances into the blood. These can harm the kidneys. It can happen after very hard exercise, heat, a crush injury or some medicines.',
        {
          id: 'cause.rhabdomyolysis.summary',
          desc: 'Plain explanation of rhabdomyolysis.',
        },
      ),
      onset: 'sudden',
      sides: 'either',
      companions: msg('Very painful, swollen or tender muscles. Pee may turn dark brown, but not always.', {
        id: 'cause.rhabdomyolysis.companions',
        desc: 'Signs that often come with rhabdomyolysis. Pee is the everyday word for urine. Keep "but not always": dark pee is not always there.',
      }),
      help: {
        tier: 'urgent',
        signs: ['muscle-breakdown'],
        text: msg(
          'Get medical help today for muscle pain, swelling or dark brown pee after hard exercise, heat, an injury or a new medicine.',
          {
            id: 'cause.rhabdomyolysis.help',
            desc: 'A line on when to get help, shown with the name of its care tier. It repeats signs from the care cards: keep every sign and the instruction.',
          },
        ),
      },
    },
    {
      id: 'anemia',
      category: 'systemic',
      name: msg('Anaemia (not enough red blood cells)', {
        id: 'cause.anemia.name',
        desc: 'Name of a cause of leg weakness. Use the local spelling of anaemia.',
      }),
      summary: msg(
        'Anaemia means your blood does not have enough healthy red blood cells, which carry oxygen around the body. Without enough oxygen, muscles tire quickly and can feel weak. Not having enough iron is a common cause.',
        {
          id: 'cause.anemia.summary',
          desc: 'Plain explanation of anaemia.',
        },
      ),
      onset: 'gradual',
      sides: 'both',
      companions: msg('Tiredness, pale skin, getting out of breath easily, and a fast or pounding heartbeat.', {
        id: 'cause.anemia.companions',
        desc: 'Signs that often come with anaemia.',
      }),
    },
    {
      id: 'hypothyroidism',
      category: 'systemic',
      name: msg('Underactive thyroid (hypothyroidism)', {
        id: 'cause.hypothyroidism.name',
        desc: 'Name of a cause of leg weakness.',
      }),
      summary: msg(
        'The thyroid is a small gland in your neck. It makes a hormone, a chemical messenger that controls how fast your body uses energy. When it makes too little, muscles can feel weak, achy and stiff.',
        {
          id: 'cause.hypothyroidism.summary',
          desc: 'Plain explanation of an underactive thyroid. Explains the word hormone.',
        },
      ),
      onset: 'gradual',
      sides: 'both',
      companions: msg('Tiredness, feeling the cold, weight gain, dry skin and constipation.', {
        id: 'cause.hypothyroidism.companions',
        desc: 'Signs that often come with an underactive thyroid.',
      }),
    },
    {
      id: 'chronic-fatigue-syndrome',
      category: 'systemic',
      name: msg('Chronic fatigue syndrome (ME/CFS)', {
        id: 'cause.chronic-fatigue-syndrome.name',
        desc: 'Name of a cause of leg weakness. ME/CFS is the usual short name; use the name readers in your language know best.',
      }),
      summary: msg(
        'ME/CFS is a long-term illness that causes extreme tiredness that rest does not fix. Muscles can ache and feel weak. Symptoms often get worse after activity, even a small amount.',
        {
          id: 'cause.chronic-fatigue-syndrome.summary',
          desc: 'Plain explanation of chronic fatigue syndrome (also called myalgic encephalomyelitis, ME).',
        },
      ),
      onset: 'varies',
      sides: 'both',
      companions: msg(
        'Feeling worse after activity, poor sleep, sore muscles or joints, and trouble thinking or remembering.',
        {
          id: 'cause.chronic-fatigue-syndrome.companions',
          desc: 'Signs that often come with chronic fatigue syndrome.',
        },
      ),
    },
    {
      id: 'deconditioning',
      category: 'systemic',
      name: msg('Loss of fitness from not moving (deconditioning)', {
        id: 'cause.deconditioning.name',
        desc: 'Name of a cause of leg weakness.',
      }),
      summary: msg(
        'If you stay in bed or sit still for a long time, your muscles get smaller and weaker. This often happens during an illness or after an operation. Regular, gentle activity usually brings the strength back slowly.',
        {
          id: 'cause.deconditioning.summary',
          desc: 'Plain explanation of deconditioning.',
        },
      ),
      onset: 'gradual',
      sides: 'both',
      companions: msg('Getting out of breath easily, stiff joints, and feeling unsteady on your feet.', {
        id: 'cause.deconditioning.companions',
        desc: 'Signs that often come with deconditioning.',
      }),
    },
    {
      id: 'infections',
      category: 'systemic',
      name: msg('Infections', { id: 'cause.infections.name', desc: 'Name of a cause of leg weakness.' }),
      summary: msg(
        'Some infections can damage the nerves or the muscles. Examples are polio and West Nile virus, which is spread by mosquito bites. Vaccines protect against polio.',
        {
          id: 'cause.infections.summary',
          desc: 'Plain explanation of infections as a cause of leg weakness.',
        },
      ),
      onset: 'varies',
      sides: 'either',
      companions: msg(
        'A high temperature (fever), headache, a stiff neck or aching muscles, often before the weakness starts.',
        {
          id: 'cause.infections.companions',
          desc: 'Signs that often come with an infection that causes leg weakness.',
        },
      ),
      help: {
        tier: 'emergency',
        signs: ['fever-stiff-neck', 'rash-glass'],
        text: msg(
          'Get emergency help for weakness with a high temperature, plus a stiff neck, a very bad headache or confusion. A rash that does not fade when you press a glass on it needs emergency help too.',
          {
            id: 'cause.infections.help',
            desc: 'A line on when to get help, shown with the name of its care tier. It repeats signs from the care cards: keep every sign and the instruction.',
          },
        ),
      },
    },
    {
      id: 'medications',
      category: 'systemic',
      name: msg('Side effects of medicines', {
        id: 'cause.medications.name',
        desc: 'Name of a cause of leg weakness.',
      }),
      summary: msg(
        'Some medicines can make muscles weak or achy as a side effect. Statins, which lower cholesterol, are one example. For most medicines, talk to your doctor or pharmacist before you stop taking them.',
        {
          id: 'cause.medications.summary',
          desc: 'Plain explanation of medicines as a cause of leg weakness. The last sentence is a safety instruction: keep it.',
        },
      ),
      onset: 'varies',
      sides: 'both',
      companions: msg(
        'Muscle aches, cramps or soreness, often after starting a new medicine or changing how much you take.',
        {
          id: 'cause.medications.companions',
          desc: 'Signs that often come with muscle side effects of medicines.',
        },
      ),
      help: {
        tier: 'urgent',
        signs: ['statin-muscle-pain'],
        text: msg(
          'If you take a statin and get muscle pain or weakness with no clear reason, stop taking it and call a doctor straight away.',
          {
            id: 'cause.medications.help',
            desc: 'A line on when to get help, shown with the name of its care tier. It repeats signs from the care cards: keep every sign and the instruction.',
          },
        ),
      },
    },
    {
      id: 'electrolyte-imbalance',
      category: 'systemic',
      name: msg('Salt and mineral imbalance (electrolyte imbalance)', {
        id: 'cause.electrolyte-imbalance.name',
        desc: 'Name of a cause of leg weakness.',
      }),
      summary: msg(
        'Electrolytes are salts and minerals in your blood, such as sodium, potassium and calcium. Muscles and nerves need the right amount of each to work. Losing a lot of fluid can upset the balance. This can happen with vomiting, diarrhoea or not drinking enough.',
        {
          id: 'cause.electrolyte-imbalance.summary',
          desc: 'Plain explanation of electrolyte imbalance.',
        },
      ),
      onset: 'varies',
      sides: 'both',
      companions: msg('Cramps, twitching, tiredness, confusion, or an uneven heartbeat.', {
        id: 'cause.electrolyte-imbalance.companions',
        desc: 'Signs that often come with an electrolyte imbalance.',
      }),
    },
  ];
}

/** A short line that says how a cause usually starts. */
export function onsetLabel(onset: Onset): string {
  switch (onset) {
    case 'sudden':
      return msg('Usually comes on suddenly', {
        id: 'cause.onset.sudden',
        desc: 'Label on a cause: it usually starts suddenly or over hours to days.',
      });
    case 'gradual':
      return msg('Usually comes on slowly', {
        id: 'cause.onset.gradual',
        desc: 'Label on a cause: it usually starts slowly, over weeks, months or longer.',
      });
    case 'varies':
      return msg('Can come on suddenly or slowly', {
        id: 'cause.onset.varies',
        desc: 'Label on a cause: how fast it starts varies.',
      });
  }
}

/** A short line that says which legs a cause usually affects. */
export function sidesLabel(sides: Sides): string {
  switch (sides) {
    case 'one':
      return msg('Usually one leg or one side', {
        id: 'cause.sides.one',
        desc: 'Label on a cause: it usually affects one leg, or one side of the body.',
      });
    case 'both':
      return msg('Usually both legs', {
        id: 'cause.sides.both',
        desc: 'Label on a cause: it usually affects both legs.',
      });
    case 'either':
      return msg('Can affect one leg or both', {
        id: 'cause.sides.either',
        desc: 'Label on a cause: it can affect one leg or both legs.',
      });
  }
}
