import { msg } from '../src/i18n/msg.js';
import type { FaqItem } from './types.js';

/**
 * The later questions of faq.ts's list, in its order: exercise, tests, weakness
 * or tiredness, one weak leg, treatment, and getting ready for the appointment.
 */
export function faqAboutCare(): FaqItem[] {
  return [
    {
      id: 'exercise',
      question: msg('Can exercise help weak legs?', {
        id: 'faq.exercise.question',
        desc: 'A question in the FAQ.',
      }),
      answer: [
        msg(
          'Yes, in many cases. The right exercises can make your leg muscles stronger and help you move more easily. A physiotherapist, an expert in helping the body move, can plan exercises that suit you.',
          {
            id: 'faq.exercise.answer.1',
            desc: 'Answer, paragraph 1. Explains the word physiotherapist (a physical therapist).',
          },
        ),
        msg(
          'Talk to a doctor or physiotherapist before you start a new exercise plan. Some causes of weakness need a different approach. If the weakness came on suddenly, do not exercise: call your local emergency number.',
          {
            id: 'faq.exercise.answer.2',
            desc: 'Answer, paragraph 2. Safety advice: keep the meaning exact.',
          },
        ),
        msg(
          'If you have ME/CFS, slowly adding more exercise step by step is not advised. It can make you worse. Plan any activity with your care team.',
          {
            id: 'faq.exercise.answer.mecfs',
            desc: 'Answer, paragraph 3. NICE guidance for ME/CFS (chronic fatigue syndrome): graded exercise is not advised. Safety advice: keep the meaning exact.',
          },
        ),
      ],
    },
    {
      id: 'tests',
      question: msg('What tests might a doctor do?', {
        id: 'faq.tests.question',
        desc: 'A question in the FAQ.',
      }),
      answer: [
        msg(
          'First, the doctor will ask about your symptoms and your past health. They will also examine you, for example by checking how strong your muscles are and how you walk.',
          {
            id: 'faq.tests.answer.1',
            desc: 'Answer, paragraph 1.',
          },
        ),
        msg(
          'Depending on what they find, they may suggest blood tests, or nerve tests (nerve conduction studies) that check how well signals travel along your nerves. They may also suggest a scan that takes pictures of the inside of your body, such as an MRI scan.',
          {
            id: 'faq.tests.answer.2',
            desc: 'Answer, paragraph 2. MRI is a type of body scan; use the name readers in your language know.',
          },
        ),
        msg('Not everyone needs every test. Your doctor will explain which ones you need and why.', {
          id: 'faq.tests.answer.3',
          desc: 'Answer, paragraph 3.',
        }),
      ],
    },
    {
      id: 'weakness-vs-tiredness',
      question: msg('How is true weakness different from feeling tired?', {
        id: 'faq.weakness-vs-tiredness.question',
        desc: 'A question in the FAQ.',
      }),
      answer: [
        msg(
          'True weakness means your muscles cannot push, pull or lift as hard as they normally can, even when you try your best. For example, you may find it hard to climb stairs or get up from a chair.',
          {
            id: 'faq.weakness-vs-tiredness.answer.1',
            desc: 'Answer, paragraph 1.',
          },
        ),
        msg(
          'Feeling tired or heavy is different: your muscles still work when you make the effort. But muscles that start strong and get weaker the more you use them are weak, not just tired: see a doctor. Pain, stiffness or poor balance can also make your legs feel weak, even when the muscles are strong.',
          {
            id: 'faq.weakness-vs-tiredness.answer.2',
            desc: 'Answer, paragraph 2.',
          },
        ),
        msg('It can be hard to tell these apart. A doctor can test the strength of your muscles to find out.', {
          id: 'faq.weakness-vs-tiredness.answer.3',
          desc: 'Answer, paragraph 3.',
        }),
      ],
    },
    {
      id: 'one-leg',
      question: msg('What does it mean if only one leg is weak?', {
        id: 'faq.one-leg.question',
        desc: 'A question in the FAQ.',
      }),
      answer: [
        msg(
          'Weakness in just one leg can have many causes, such as a trapped nerve in the lower back. It is not always serious, but a doctor should check it.',
          {
            id: 'faq.one-leg.answer.1',
            desc: 'Answer, paragraph 1.',
          },
        ),
        msg(
          'If one leg, or one side of your body, suddenly becomes weak, it could be a stroke. Call your local emergency number straight away.',
          {
            id: 'faq.one-leg.answer.2',
            desc: 'Answer, paragraph 2. Medical safety text: keep the instruction to call the emergency number.',
          },
        ),
      ],
    },
    {
      id: 'treatment',
      question: msg('How are weak legs treated?', {
        id: 'faq.treatment.question',
        desc: 'A question in the FAQ.',
      }),
      answer: [
        msg(
          'Treatment depends on the cause, so the main aim is to treat the cause itself. For example, an underactive thyroid can be treated with medicine. If a medicine is causing side effects, your doctor may change it.',
          {
            id: 'faq.treatment.answer.1',
            desc: 'Answer, paragraph 1.',
          },
        ),
        msg(
          'Physiotherapy, which uses exercise and movement, can help you get stronger and steadier. Walking aids and changes at home can help you stay safe and do things for yourself.',
          {
            id: 'faq.treatment.answer.2',
            desc: 'Answer, paragraph 2. Physiotherapy is also called physical therapy.',
          },
        ),
        msg(
          'Some conditions cannot be cured, but treatment can still help you stay as strong and active as possible.',
          {
            id: 'faq.treatment.answer.3',
            desc: 'Answer, paragraph 3.',
          },
        ),
      ],
    },
    {
      id: 'preparing',
      question: msg('What should I tell the doctor?', {
        id: 'faq.preparing.question',
        desc: 'A question in the FAQ, about getting ready for an appointment.',
      }),
      answer: [
        msg(
          'It helps to write a few notes before your appointment. Note when the weakness started, whether it came on suddenly or slowly, and whether it affects one leg or both.',
          {
            id: 'faq.preparing.answer.1',
            desc: 'Answer, paragraph 1.',
          },
        ),
        msg(
          'Tell the doctor about any other symptoms, such as pain, tiredness or changes when you pee or poo. But some signs cannot wait for the appointment. If you have new trouble peeing or cannot pee, call your local emergency number. Do the same if you wet or soil yourself, or feel numb between your legs or around your bottom. Bring a list of all the medicines you take, including vitamins, herbal remedies and ones you buy without a prescription.',
          {
            id: 'faq.preparing.answer.2',
            desc: 'Answer, paragraph 2. Pee and poo are the everyday words for urine and stools. The middle sentence is safety advice (cauda equina syndrome): keep it exact.',
          },
        ),
        msg(
          'Also say what makes the weakness better or worse, and whether anyone in your family has had muscle or nerve problems.',
          {
            id: 'faq.preparing.answer.3',
            desc: 'Answer, paragraph 3.',
          },
        ),
      ],
    },
  ];
}
