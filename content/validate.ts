/**
 * The content check: run by `npm run check:content` (part of `npm test`) and
 * by tests/content.test.ts. Each problem names the content file and the id.
 */
import { CAUSE_IDS, CAUSE_SOURCES, causes } from './causes.js';
import { CARE_SOURCES, careCards } from './care.js';
import { FAQ_SOURCES, faqItems } from './faq.js';
import { TIP_SOURCES, tips, safetyNote } from './tips.js';
import {
  CARE_TIERS,
  CAUSE_CATEGORIES,
  type CareCard,
  type Cause,
  type FaqItem,
  type Source,
  type Tip,
} from './types.js';

export interface ContentInput {
  causes: readonly Cause[];
  faq: readonly FaqItem[];
  care: readonly CareCard[];
  tips: readonly Tip[];
  safetyNote: string;
  /** Each content file's sources, by file name. */
  sources: Readonly<Record<string, readonly Source[]>>;
}

/** The content as shipped, in the current locale. */
export function shippedContent(): ContentInput {
  return {
    causes: causes(),
    faq: faqItems(),
    care: careCards(),
    tips: tips(),
    safetyNote: safetyNote(),
    sources: { 'care.ts': CARE_SOURCES, 'causes.ts': CAUSE_SOURCES, 'faq.ts': FAQ_SOURCES, 'tips.ts': TIP_SOURCES },
  };
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Every problem found, as "content/file.ts: id: what is wrong". Empty when all is well. */
export function validateContent(content: ContentInput, expectedCauseIds: readonly string[] = CAUSE_IDS): string[] {
  const problems: string[] = [];
  const report = (file: string, id: string, what: string) => problems.push(`content/${file}: "${id}": ${what}`);

  const checkItems = <T extends { readonly id: string }>(
    file: string,
    items: readonly T[],
    fields: (item: T) => Record<string, unknown>,
  ) => {
    const seen = new Set<string>();
    for (const item of items) {
      if (typeof item.id !== 'string' || !ID.test(item.id))
        report(file, String(item.id), 'id must be lower-case words joined by hyphens');
      if (seen.has(item.id)) report(file, item.id, 'id is used twice');
      seen.add(item.id);
      for (const [field, value] of Object.entries(fields(item))) {
        const values = Array.isArray(value) ? value : [value];
        if (!values.length) report(file, item.id, `${field} is empty`);
        values.forEach((v, i) => {
          if (typeof v !== 'string' || v.trim() === '') {
            report(file, item.id, `${field}${values.length > 1 ? `[${i}]` : ''} is empty`);
          }
        });
      }
    }
  };

  checkItems('causes.ts', content.causes, (c) => ({ name: c.name, summary: c.summary, companions: c.companions }));
  for (const cause of content.causes) {
    if (!(CAUSE_CATEGORIES as readonly string[]).includes(cause.category)) {
      report('causes.ts', cause.id, `category "${cause.category}" is not one of ${CAUSE_CATEGORIES.join(', ')}`);
    }
    if (!['sudden', 'gradual', 'varies'].includes(cause.onset))
      report('causes.ts', cause.id, `onset "${cause.onset}" is unknown`);
    if (!['one', 'both', 'either'].includes(cause.sides))
      report('causes.ts', cause.id, `sides "${cause.sides}" is unknown`);
  }
  const causeIds = content.causes.map((c) => c.id);
  for (const id of expectedCauseIds) {
    if (!causeIds.includes(id)) report('causes.ts', id, 'this cause is missing');
  }
  for (const id of causeIds) {
    if (!expectedCauseIds.includes(id)) report('causes.ts', id, 'this cause is not in CAUSE_IDS');
  }

  checkItems('faq.ts', content.faq, (f) => ({ question: f.question, answer: f.answer }));
  checkItems('tips.ts', content.tips, (t) => ({ title: t.title, body: t.body }));
  if (!content.safetyNote.trim()) report('tips.ts', 'safety-note', 'the safety note is empty');
  for (const [file, list] of Object.entries(content.sources)) {
    if (!list.length) report(file, 'sources', 'every content file lists the public pages it relies on');
    checkItems(file, list, (s) => ({ organisation: s.organisation, title: s.title }));
    for (const source of list) {
      if (/https?:|www\./i.test(`${source.organisation} ${source.title}`))
        report(file, source.id, 'sources name an organisation and a page title, never a URL');
    }
  }

  const tiers = content.care.map((c) => c.tier);
  if (tiers.join() !== CARE_TIERS.join())
    report('care.ts', tiers.join(',') || '(none)', `tiers must be ${CARE_TIERS.join(', ')}, in that order`);
  for (const card of content.care) {
    if (!card.heading.trim()) report('care.ts', card.tier, 'heading is empty');
    if (!card.prefix.trim()) report('care.ts', card.tier, 'prefix is empty');
    if (!card.signs.length) report('care.ts', card.tier, 'a care card needs at least one sign');
    checkItems('care.ts', card.signs, (s) => ({
      text: s.text,
      ...(s.advice === undefined ? {} : { advice: s.advice }),
    }));
  }
  // Every "get help" line of a cause names signs of its own tier.
  const tierOf = new Map(content.care.flatMap((card) => card.signs.map((sign) => [sign.id, card.tier] as const)));
  for (const cause of content.causes) {
    for (const help of cause.help ?? []) {
      if (!help.text.trim()) report('causes.ts', cause.id, 'help text is empty');
      if (!help.signs.length) report('causes.ts', cause.id, 'help names no care sign');
      for (const sign of help.signs) {
        const tier = tierOf.get(sign);
        if (!tier) report('causes.ts', cause.id, `help names care sign "${sign}", which is not on the care cards`);
        else if (tier !== help.tier)
          report('causes.ts', cause.id, `help is in tier ${help.tier}, but care sign "${sign}" is ${tier}`);
      }
    }
    const tiers = (cause.help ?? []).map((help) => CARE_TIERS.indexOf(help.tier));
    if (tiers.some((tier, i) => i > 0 && tier < tiers[i - 1]!)) {
      report('causes.ts', cause.id, 'help lines must come most urgent first');
    }
  }
  const careFaq = content.faq.filter((f) => f.withCareSigns).map((f) => f.id);
  if (careFaq.join() !== 'when-to-see-doctor')
    report(
      'faq.ts',
      careFaq.join(',') || '(none)',
      'exactly the "when-to-see-doctor" question goes on with the care signs',
    );
  return problems;
}
