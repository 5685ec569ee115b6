import { msg } from '../src/i18n/msg.js';
import { muscularCauses } from './causes-muscular.js';
import { neurologicalCauses } from './causes-neurological.js';
import { systemicCauses } from './causes-systemic.js';
import { sources } from './sources.js';
import type { Cause, CauseCategory, Onset, Sides, Source } from './types.js';

/** The public pages the causes rely on. */
export const CAUSE_SOURCES: readonly Source[] = sources(
  'nhs-stroke',
  'ninds-stroke',
  'nhs-ms',
  'nhs-cauda-equina',
  'nice-mscc',
  'nhs-neuropathy',
  'nhs-mnd',
  'ninds-gbs',
  'nhs-myasthenia',
  'nhs-muscular-dystrophy',
  'medlineplus-rhabdo',
  'nhs-compartment',
  'medlineplus-hypokalemia',
  'nice-mecfs',
  'nhs-atorvastatin',
  'cdc-west-nile',
  'nhs-meningitis',
  'nhs-sepsis',
);

/** The name a screen reader gives the list of the causes' sources ("Sources" on screen). */
export function causeSourcesName(): string {
  return msg('Sources for the causes', {
    id: 'cause-list.sources-name',
    desc: 'The name a screen reader gives this widget\'s collapsed list of sources, so that the four lists on a page can be told apart (the visible label is meta.sources-label, "Sources"). Start with exactly your translation of meta.sources-label, so that the spoken name contains the visible word.',
  });
}

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
  return [...neurologicalCauses(), ...muscularCauses(), ...systemicCauses()];
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
