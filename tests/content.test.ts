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
    expect(problems).to.include('content/causes.ts: "stroke": category "bones" is not one of neurological, muscular, systemic');
    expect(problems).to.include('content/causes.ts: "multiple-sclerosis": this cause is missing');
    expect(problems).to.include('content/causes.ts: "spinal-cord-compression": this cause is missing');
    expect(problems).to.include(`content/faq.ts: "${content.faq[0]!.id}": answer is empty`);
    expect(problems.some((p) => p.startsWith('content/care.ts:'))).to.equal(true);
  });
});
