import { msg } from '../src/i18n/msg.js';
import type { Cause } from './types.js';

/** The whole-body causes, in reading order (see causes.ts for the rest of the causes' content). */
export function systemicCauses(): readonly Cause[] {
  return [
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
      help: [
        {
          tier: 'emergency',
          signs: ['fever-stiff-neck', 'sudden-leg-weakness', 'skin-colour', 'rash-glass'],
          text: msg(
            'Get emergency help for weakness with a high temperature and a stiff neck, a very bad headache or confusion. Get it too if the person is very sleepy, hard to wake or has a fit. Weakness that comes on suddenly needs emergency help too. So do skin, lips or tongue that look blue, grey, pale or blotchy. A rash that does not fade when you press a glass on it needs emergency help too.',
            {
              id: 'cause.infections.help',
              desc: 'A line on when to get help, shown with the name of its care tier. It repeats signs from the care cards: keep every sign and the instruction.',
            },
          ),
        },
      ],
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
      help: [
        {
          tier: 'urgent',
          signs: ['statin-muscle-pain'],
          text: msg(
            'If you take a statin and get muscle pain, tenderness, weakness or cramps with no clear reason, stop taking it. Call a doctor straight away.',
            {
              id: 'cause.medications.help',
              desc: 'A line on when to get help, shown with the name of its care tier. It repeats signs from the care cards: keep every sign and the instruction.',
            },
          ),
        },
      ],
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
      help: [
        {
          tier: 'emergency',
          signs: ['stroke-confusion', 'heart-signs'],
          text: msg(
            'Get emergency help for sudden confusion, or weakness with chest pain, fainting, or a heartbeat that is very fast, very slow or uneven.',
            {
              id: 'cause.electrolyte-imbalance.help',
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
              id: 'cause.electrolyte-imbalance.help-today',
              desc: 'A line on when to get help, shown with the name of its care tier. It repeats signs from the care cards: keep every sign and the instruction. "Water tablets" are diuretics; use the everyday word.',
            },
          ),
        },
      ],
    },
  ];
}
