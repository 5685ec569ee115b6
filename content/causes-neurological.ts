import { msg } from '../src/i18n/msg.js';
import type { Cause } from './types.js';

/** The nerve and brain causes, in reading order (see causes.ts for the rest of the causes' content). */
export function neurologicalCauses(): readonly Cause[] {
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
      help: [
        {
          tier: 'emergency',
          signs: ['stroke-face', 'stroke-one-side', 'stroke-speech'],
          text: msg('Any sign of a stroke needs an ambulance, even if it goes away.', {
            id: 'cause.stroke.help',
            desc: 'A line on when to get help, shown with the name of its care tier. It repeats signs from the care cards: keep every sign and the instruction.',
          }),
        },
      ],
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
      help: [
        {
          tier: 'emergency',
          signs: [
            'saddle-numbness',
            'bladder-trouble',
            'wetting-soiling',
            'toilet-sex-numbness',
            'back-pain-legs',
            'both-legs-worse',
            'cancer-legs',
          ],
          text: msg(
            'Get emergency help for any one of these: numbness or tingling between the legs or around the genitals or bottom. New trouble peeing, not being able to pee, or not feeling when your bladder is full. Wetting or soiling yourself without meaning to. New loss of feeling when you pee, poo or wipe yourself, or new problems with sex. Back pain that is getting worse, with pain, numbness or weakness in the legs. Weakness or numbness in both legs that is bad or getting worse. Leg weakness or numbness that is new or getting worse if you have or have had cancer.',
            {
              id: 'cause.spinal-cord-compression.help',
              desc: 'A line on when to get help, shown with the name of its care tier. It repeats signs from the care cards: keep every sign and the instruction.',
            },
          ),
        },
      ],
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
        'Guillain-Barré syndrome is rare. The immune system attacks the nerves outside the brain and spinal cord. It often starts a few weeks after an infection, such as a stomach bug. Weakness often starts in both legs. It can spread up the body over hours, days or weeks.',
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
      help: [
        {
          tier: 'emergency',
          signs: ['spreading-weakness', 'breathing-swallowing'],
          text: msg('Get emergency help if weakness spreads up the body, or if breathing or swallowing gets hard.', {
            id: 'cause.guillain-barre-syndrome.help',
            desc: 'A line on when to get help, shown with the name of its care tier. It repeats signs from the care cards: keep every sign and the instruction.',
          }),
        },
        {
          tier: 'urgent',
          signs: ['spreading-tingling', 'fast-onset'],
          text: msg(
            'Get medical help today for numbness or tingling that starts in your feet or hands and spreads. Get it too for weakness that came on over a few hours or days.',
            {
              id: 'cause.guillain-barre-syndrome.help-today',
              desc: 'A line on when to get help, shown with the name of its care tier. It repeats signs from the care cards: keep every sign and the instruction.',
            },
          ),
        },
      ],
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
      help: [
        {
          tier: 'emergency',
          signs: ['breathing-swallowing'],
          text: msg('Get emergency help if you have trouble breathing, swallowing or talking.', {
            id: 'cause.myasthenia-gravis.help',
            desc: 'A line on when to get help, shown with the name of its care tier. It repeats signs from the care cards: keep every sign and the instruction.',
          }),
        },
        {
          tier: 'urgent',
          signs: ['fatigable-weakness'],
          text: msg(
            'Get medical help today for weakness that gets worse the more you use your muscles, with drooping eyelids or double vision.',
            {
              id: 'cause.myasthenia-gravis.help-today',
              desc: 'A line on when to get help, shown with the name of its care tier. It repeats signs from the care cards: keep every sign and the instruction.',
            },
          ),
        },
      ],
    },
  ];
}
