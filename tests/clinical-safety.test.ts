import { expect, html } from '@open-wc/testing';
import '../src/index.js';
import { contentVersion, supportedLocales } from '../src/index.js';
import { careCards } from '../content/care.js';
import { causes } from '../content/causes.js';
import { CARE_TIERS } from '../content/types.js';
import { all, container, langOf, shadow, TAGS, text, until, watchEachTest } from './helpers.js';

/** The tier of each care sign, from the English data: ids are the same in every language. */
const TIER_OF = new Map(careCards().flatMap((card) => card.signs.map((s) => [s.id, card.tier] as const)));
const ENGLISH = new Map(careCards().flatMap((card) => card.signs.map((s) => [s.id, s.text] as const)));
/** The signs that carry advice (what to do while waiting, whom else to call), with the English advice. */
const ADVICE = careCards().flatMap((card) => card.signs.flatMap((s) => (s.advice ? [[s.id, s.advice] as const] : [])));

/** The signs a widget shows, tier by tier, as [id, text] pairs. */
function signsByTier(root: ParentNode, tierSelector: (tier: string) => string) {
  return Object.fromEntries(
    CARE_TIERS.map((tier) => [
      tier,
      [...root.querySelectorAll(`${tierSelector(tier)} li[data-id]`)].map((li) => [
        li.getAttribute('data-id'),
        text(li),
      ]),
    ]),
  );
}

describe('clinical safety', () => {
  const watch = watchEachTest();

  for (const locale of supportedLocales) {
    describe(`in ${locale}`, () => {
      it('shows every red flag, by id, in its own tier, in tier order, translated', async () => {
        const root = await container(
          html`<div><when-to-see-doctor lang=${locale} region="GB"></when-to-see-doctor></div>`,
        );
        const el = root.firstElementChild!;
        await until(() => langOf(el) === locale, `${locale} text`);
        expect(all(el, '[part~="tier"]').map((t) => t.classList[1])).to.deep.equal([...CARE_TIERS]);
        const shown = signsByTier(shadow(el), (tier) => `[part~="${tier}"]`);
        for (const tier of CARE_TIERS) {
          const expected = careCards()
            .find((c) => c.tier === tier)!
            .signs.map((s) => s.id);
          expect(
            shown[tier]!.map(([id]) => id),
            `${locale} ${tier}`,
          ).to.deep.equal(expected);
          for (const [id, words] of shown[tier]!) {
            expect(words, `${locale} ${id}`).to.not.equal('');
            // A missing translation falls back to English: every sign must be in the language.
            if (locale !== 'en') expect(words, `${locale} ${id} is still English`).to.not.equal(ENGLISH.get(id!));
          }
        }
        // A sign's advice sits under that sign, in the language.
        expect(ADVICE.map(([id]) => id)).to.include.members(['after-injury', 'cancer-legs']);
        for (const [id, english] of ADVICE) {
          const advice = text(shadow(el).querySelector(`li[data-id="${id}"] [part="sign-advice"]`));
          expect(advice, `${locale} ${id} advice`).to.not.equal('');
          if (locale !== 'en') expect(advice, `${locale} ${id} advice is still English`).to.not.equal(english);
        }
        expect(text(shadow(el).querySelector('[part="note"]'))).to.not.equal('');
        expect(watch.log.warnings).to.deep.equal([]);
      });

      it('says in the FAQ exactly what the care cards say', async () => {
        const root = await container(html`<div>
          <when-to-see-doctor lang=${locale}></when-to-see-doctor>
          <faq-accordion lang=${locale} questions="when-to-see-doctor" open="all"></faq-accordion>
        </div>`);
        const [cards, faq] = [...root.children];
        await until(() => langOf(cards!) === locale && langOf(faq!) === locale, `${locale} text`);
        await until(() => !!shadow(faq!).querySelector('.care-tier'), 'the FAQ answer');
        const fromCards = signsByTier(shadow(cards!), (tier) => `[part~="${tier}"]`);
        const fromFaq = signsByTier(shadow(faq!), (tier) => `.care-tier[data-tier="${tier}"]`);
        expect(fromFaq).to.deep.equal(fromCards);
        // The FAQ's emergency advice is the cards' own, with no number of its own.
        expect(shadow(faq!).querySelector('a[href^="tel:"]')).to.equal(null);
      });

      it('gives every cause that can be an emergency a get-help line in the tier of its signs, named as the cards name it', async () => {
        const root = await container(html`<div>
          <when-to-see-doctor lang=${locale}></when-to-see-doctor>
          <cause-list lang=${locale}></cause-list>
        </div>`);
        const [cards, list] = [...root.children];
        await until(
          () =>
            langOf(cards!) === locale && langOf(list!) === locale && !!shadow(list!).querySelector('[part="cause"]'),
          `${locale} text`,
        );
        const prefix = (tier: string) =>
          text(shadow(cards!).querySelector(`[part~="${tier}"] [part="tier-heading"] .visually-hidden`));
        const withHelp = causes().filter((c) => c.help);
        expect(withHelp.map((c) => c.id).sort()).to.deep.equal([
          'electrolyte-imbalance',
          'guillain-barre-syndrome',
          'hypokalemia',
          'infections',
          'medications',
          'myasthenia-gravis',
          'rhabdomyolysis',
          'spinal-cord-compression',
          'stroke',
        ]);
        for (const cause of withHelp) {
          const lines = [...shadow(list!).querySelectorAll(`[data-id="${cause.id}"] [part="cause-help"]`)];
          expect(lines.length, cause.id).to.equal(cause.help!.length);
          for (const [i, line] of lines.entries()) {
            const tier = line.getAttribute('data-tier')!;
            expect(tier, cause.id).to.equal(cause.help![i]!.tier);
            for (const sign of cause.help![i]!.signs) expect(TIER_OF.get(sign), `${cause.id} → ${sign}`).to.equal(tier);
            expect(text(line.querySelector('strong')), cause.id).to.equal(prefix(tier));
            // With no region, an emergency line still says what to do: the card's "Call your local emergency number now."
            if (tier === 'emergency') {
              expect(text(line.nextElementSibling), cause.id).to.equal(
                text(shadow(cards!).querySelector('[part~="emergency"] [part="action"]')),
              );
            }
          }
        }
      });

      it('warns people with ME/CFS before the exercise tips', async () => {
        const root = await container(html`<div><exercise-tips lang=${locale}></exercise-tips></div>`);
        const el = root.firstElementChild!;
        await until(() => langOf(el) === locale && !!shadow(el).querySelector('[data-id="mecfs"]'), `${locale} text`);
        const note = text(shadow(el).querySelector('[part="safety-note"] [data-id="mecfs"]'));
        expect(note).to.match(/ME\/CFS|EM\/SFC|\S/);
        if (locale === 'en') expect(note).to.contain('ME/CFS').and.contain('care team');
      });
    });
  }

  describe('footer', () => {
    for (const tag of TAGS) {
      it(`<${tag}> shows the review dates, how it was checked and its sources, collapsed`, async () => {
        const root = await container(html`<div>${document.createElement(tag)}</div>`);
        const el = root.firstElementChild!;
        await until(() => !!shadow(el).querySelector('[part="sources"]'), 'the footer');
        expect(text(shadow(el).querySelector('[part="disclaimer"]'))).to.contain('does not replace advice');
        expect(text(shadow(el).querySelector('[part="review-date"]'))).to.match(
          /^Last reviewed: (7 December 2026|December 7, 2026)$/,
        );
        expect(text(shadow(el).querySelector('[part="next-review"]'))).to.match(
          /^Next review due: (7 December 2027|December 7, 2027)$/,
        );
        expect(text(shadow(el).querySelector('[part="review-kind"]'))).to.contain('Legwise editors');
        const sources = shadow(el).querySelector<HTMLDetailsElement>('[part="sources"]')!;
        expect(sources.open).to.equal(false);
        const items = [...sources.querySelectorAll('li')].map(text);
        expect(items.length).to.be.at.least(3);
        for (const item of items) expect(item).to.match(/^(NHS|NICE|CDC|NINDS|MedlinePlus): \S/);
        expect(sources.innerHTML).to.not.match(/https?:|www\./);
      });
    }

    it('shows the site’s own sign-off from reviewed-by and reviewed-on', async () => {
      const root = await container(
        html`<div><when-to-see-doctor reviewed-by="Dr Ada Jones" reviewed-on="2026-11-30"></when-to-see-doctor></div>`,
      );
      expect(text(shadow(root.firstElementChild!).querySelector('[part="site-review"]'))).to.match(
        /^Approved for this site by Dr Ada Jones on (30 November 2026|November 30, 2026)\.$/,
      );
    });

    it('warns about a reviewed-on with no reviewed-by, and shows no sign-off', async () => {
      const root = await container(html`<div><when-to-see-doctor reviewed-on="2026-11-30"></when-to-see-doctor></div>`);
      const card = root.querySelector('when-to-see-doctor')!;
      await card.updateComplete;
      expect(shadow(card).querySelector('[part="site-review"]')).to.equal(null);
      expect(watch.log.warnings).to.have.length(1);
      expect(watch.log.warnings[0]).to.contain('reviewed-on="2026-11-30"').and.contain('needs reviewed-by');
    });

    it('warns about a reviewed-on that is not a date, and still names the reviewer', async () => {
      const root = await container(
        html`<div><when-to-see-doctor reviewed-by="Dr Ada Jones" reviewed-on="30/11/2026"></when-to-see-doctor></div>`,
      );
      expect(text(shadow(root.firstElementChild!).querySelector('[part="site-review"]'))).to.equal(
        'Approved for this site by Dr Ada Jones.',
      );
      expect(watch.log.warnings).to.have.length(1);
      expect(watch.log.warnings[0]).to.contain('reviewed-on="30/11/2026"').and.contain('YYYY-MM-DD');
    });

    it('shows no sign-off line without reviewed-by', async () => {
      const root = await container(html`<div><when-to-see-doctor></when-to-see-doctor></div>`);
      expect(shadow(root.firstElementChild!).querySelector('[part="site-review"]')).to.equal(null);
    });
  });

  it('gives the content a version, the same in the manifest, with its entry in the change log', async () => {
    expect(contentVersion).to.match(/^\d+\.\d+\.\d+$/);
    const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as { contentVersion?: string };
    expect(manifest.contentVersion).to.equal(contentVersion);
    const changelog = await (await fetch('/CHANGELOG.md')).text();
    expect(changelog).to.contain(`content version ${contentVersion}`);
  });
});
