import { msg } from '../src/i18n/msg.js';
import type { Cause } from './types.js';

/** The muscle causes, in reading order (see causes.ts for the rest of the causes' content). */
export function muscularCauses(): readonly Cause[] {
  return [
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
      help: [
        {
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
        {
          tier: 'urgent',
          signs: ['cramps-fluid-loss'],
          text: msg(
            'Get medical help today for weakness or cramps after a lot of vomiting or diarrhoea, or while you take water tablets.',
            {
              id: 'cause.hypokalemia.help-today',
              desc: 'A line on when to get help, shown with the name of its care tier. It repeats signs from the care cards: keep every sign and the instruction. "Water tablets" are diuretics; use the everyday word.',
            },
          ),
        },
      ],
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
      help: [
        {
          tier: 'emergency',
          signs: ['severe-limb-pain'],
          text: msg(
            'Get emergency help for sudden, very bad muscle pain, or a muscle that is tight, swollen and very painful.',
            {
              id: 'cause.rhabdomyolysis.help-now',
              desc: 'A line on when to get help, shown with the name of its care tier. It repeats signs from the care cards: keep every sign and the instruction.',
            },
          ),
        },
        {
          tier: 'urgent',
          signs: ['muscle-breakdown'],
          text: msg(
            'Get medical help today for sore or aching muscles, or dark brown pee, after hard exercise, heat, an injury or a new medicine.',
            {
              id: 'cause.rhabdomyolysis.help',
              desc: 'A line on when to get help, shown with the name of its care tier. It repeats signs from the care cards: keep every sign and the instruction.',
            },
          ),
        },
      ],
    },
  ];
}
