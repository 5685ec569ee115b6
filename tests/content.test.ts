import { expect } from '@open-wc/testing';
import { shippedContent, validateContent } from '../content/validate.js';
import type { Cause } from '../content/types.js';

describe('content check', () => {
  it('passes for the shipped content', () => {
    expect(validateContent(shippedContent())).to.deep.equal([]);
  });

  it('names the file and id of each problem', () => {
    const content = shippedContent();
    const [first, second, ...rest] = content.causes as Cause[];
    const broken = {
      ...content,
      causes: [
        { ...first!, summary: '  ' },
        { ...second!, id: first!.id, category: 'bones' as Cause['category'] },
        ...rest.slice(1),
      ],
      faq: [{ ...content.faq[0]!, answer: [] }, ...content.faq.slice(1)],
      care: content.care.slice(1),
    };
    const problems = validateContent(broken);
    expect(problems).to.include('content/causes.ts: "stroke": summary is empty');
    expect(problems).to.include('content/causes.ts: "stroke": id is used twice');
    expect(problems).to.include(
      'content/causes.ts: "stroke": category "bones" is not one of neurological, muscular, systemic',
    );
    expect(problems).to.include('content/causes.ts: "multiple-sclerosis": this cause is missing');
    expect(problems).to.include('content/causes.ts: "spinal-cord-compression": this cause is missing');
    expect(problems).to.include(`content/faq.ts: "${content.faq[0]!.id}": answer is empty`);
    expect(problems.some((p) => p.startsWith('content/care.ts:'))).to.equal(true);
  });

  it('fails a get-help line whose tier is not the tier of the signs it names', () => {
    const content = shippedContent();
    const stroke = content.causes.find((c) => c.id === 'stroke')!;
    const broken = {
      ...content,
      causes: content.causes.map((c) =>
        c === stroke
          ? { ...c, help: [{ ...c.help![0]!, tier: 'urgent' as const, signs: ['stroke-face', 'no-such-sign'] }] }
          : c,
      ),
    };
    expect(validateContent(broken)).to.deep.equal([
      'content/causes.ts: "stroke": help is in tier urgent, but care sign "stroke-face" is emergency',
      'content/causes.ts: "stroke": help names care sign "no-such-sign", which is not on the care cards',
    ]);
  });

  it('fails get-help lines that are not most urgent first', () => {
    const content = shippedContent();
    const rhabdo = content.causes.find((c) => c.id === 'rhabdomyolysis')!;
    const broken = {
      ...content,
      causes: content.causes.map((c) => (c === rhabdo ? { ...c, help: [...c.help!].reverse() } : c)),
    };
    expect(validateContent(broken)).to.deep.equal([
      'content/causes.ts: "rhabdomyolysis": help lines must come most urgent first',
    ]);
  });

  it('fails when the FAQ stops repeating the care cards, or a file lists no sources', () => {
    const content = shippedContent();
    const problems = validateContent({
      ...content,
      faq: content.faq.map((f) => ({ ...f, withCareSigns: false })),
      sources: { ...content.sources, 'tips.ts': [] },
    });
    expect(problems).to.include(
      'content/faq.ts: "(none)": exactly the "when-to-see-doctor" question goes on with the care signs',
    );
    expect(problems).to.include('content/tips.ts: "sources": every content file lists the public pages it relies on');
  });
});
