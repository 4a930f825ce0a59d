/**
 * A named tier or variant of a product is not the product. When a name the base knows is followed by a
 * tier word it does not list for it ("o3-pro", "Claude Max", "ChatGPT团队版"), or a tier word stands
 * alone between the name and the figure ("ChatGPT Plus … and the Pro tier $200", "…，专业版每月200美元"),
 * the figure is that variant's and binds no entity: the product's own facts do not cover it.
 * Tier words: the lexicon's `variantWords` and the suffixes the entity list uses for variants.
 * Bundled facts: ChatGPT Plus $20 and Pro $200 a month; o3, o1, GPT-4o and GPT-4o mini API prices.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2025-06-01';

function read(text: string, figure: string) {
  const { claim, verdicts } = flaggedClaim(text, figure, DATE);
  return { entity: claim?.entity?.value, verdicts };
}

describe('a variant the base does not record is not judged by the product it extends', () => {
  const silent: [string, string][] = [
    ['In 2025, o3-pro costs $20 per million input tokens.', '$20'],
    ['In 2025, o1-pro costs $150 per million input tokens.', '$150'],
    ['In 2025, Claude Pro costs $20 a month; Claude Max costs $200 — ten times as much.', '$200'],
    ['In 2025, ChatGPT Plus costs $20 a month and the Pro tier costs $200 a month.', '$200'],
    ['ChatGPT Enterprise costs $60 per seat per month in 2025.', '$60'],
    ['2025年，ChatGPT Plus每月20美元，专业版每月200美元。', '200美元'],
    ['2025年，ChatGPT Plus每月20美元，ChatGPT团队版每人每月30美元。', '30美元'],
    ['2025年，GPT-4o企业版每百万输入token 25美元。', '25美元'],
  ];
  for (const [text, figure] of silent) {
    it(`${text} (${figure})`, () => {
      expect(read(text, figure)).toEqual({ entity: undefined, verdicts: [] });
    });
  }

  it('the tier the entity itself names keeps its binding', () => {
    expect(read('2025年，ChatGPT Plus每月20美元，专业版每月200美元。', '20美元')).toEqual({ entity: 'chatgpt-plus', verdicts: [] });
  });
});

describe('near misses: a wrong figure of the product named is still flagged', () => {
  it('the base product right before the figure, no tier word', () => {
    expect(read('In 2025, o3 costs $20 per million input tokens.', '$20').verdicts).toEqual(['contradicted']);
  });

  it('a variant the base records by its own name ("GPT-4o mini")', () => {
    expect(read('2025年，GPT-4o mini每百万输入token 1.5美元。', '1.5美元')).toEqual({ entity: 'gpt-4o-mini', verdicts: ['contradicted'] });
  });

  it('a tier price off by ten for the tier named', () => {
    expect(read('2025年，ChatGPT Plus每月200美元。', '200美元').verdicts).toEqual(['wrong-scale']);
  });

  it('"plus" the conjunction is no tier', () => {
    expect(read('In 2025, GPT-4o plus tools costs $25 per million input tokens.', '$25')).toEqual({ entity: 'gpt-4o', verdicts: ['contradicted'] });
  });
});
