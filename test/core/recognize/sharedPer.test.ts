/**
 * A denominator written once governs the prices coordinated with it: "input costs $0.01 per thousand
 * tokens and output $0.03" prices both per thousand tokens, so the second is not read per million
 * (and called a thousand times too small). Not across a sentence break, not onto a figure written at
 * another scale or in another currency, not past a long clause of its own; and a price truly wrong
 * per the shared denominator is still flagged. A word of the figure's own denominator ("per 1K completion
 * tokens", "per thousand input tokens") is read as part of it and names its measure.
 * Bundled facts: GPT-4 (8K) at $30 / $60 per million input / output tokens (2023).
 */
import { describe, expect, it } from 'vitest';
import { recognizeUnchecked } from '../../../server/src/core/recognize/index';
import { flaggedClaim, itIsSilent } from '../bind/flaggedClaim';

const DATE = '2023-06-01';
const perOf = (text: string, figure: string) => recognizeUnchecked(text).find((q) => q.text === figure)?.per;
const THOUSAND_TOKENS = { amount: 1000, unit: 'token' };

describe('one denominator for coordinated prices', () => {
  const shared: [string, string, { amount: number; unit: string }][] = [
    ['Input costs $0.01 per thousand tokens and output $0.03.', '$0.03', THOUSAND_TOKENS],
    ['输入每千tokens 0.01美元、输出0.03美元。', '0.03美元', THOUSAND_TOKENS],
    ['输入每千token 0.01美元，输出0.03美元。', '0.03美元', THOUSAND_TOKENS],
    ['It charges $0.01 per thousand input tokens; output, $0.03.', '$0.03', THOUSAND_TOKENS],
    ['Prompts cost $0.01 per thousand tokens, while completions run $0.03.', '$0.03', THOUSAND_TOKENS],
    ['Plus costs $20 a month, and Pro $200.', '$200', { amount: 1, unit: 'month' }],
  ];
  for (const [text, figure, per] of shared) {
    it(`${text}`, () => expect(perOf(text, figure)).toEqual(per));
  }
});

describe('not shared', () => {
  it('across a sentence break', () => {
    expect(perOf('Input costs $0.01 per thousand tokens. Output costs $0.03.', '$0.03')).toBeUndefined();
  });
  it('onto an amount written with a scale word', () => {
    expect(perOf('Plus costs $20 a month, and revenue hit $1 billion.', '$1 billion')).toBeUndefined();
  });
  it('past a clause of its own', () => {
    expect(perOf('Plus costs $20 a month, and the company says it has now set aside $200.', '$200')).toBeUndefined();
  });
  it('onto a price restated per its own denominator ("or $0.0025 per thousand")', () => {
    expect(perOf('GPT-4o lists at $2.50 per million input tokens, or $0.0025 per thousand.', '$0.0025')).toBeUndefined();
    expect(perOf('输入价格为每百万tokens 30美元，即每千tokens 0.03美元。', '0.03美元')).toEqual(THOUSAND_TOKENS);
  });
  it('onto an amount a period rate changes to ("rising to")', () => {
    expect(perOf('The lease runs $12 billion over four years, some $3 billion a year, rising to $14 billion with extensions.', '$14 billion')).toBeUndefined();
    expect(perOf('租约四年120亿美元，每年约30亿美元，含续约则升至140亿美元。', '140亿美元')).toBeUndefined();
    expect(perOf('租约每年30亿美元，增至140亿美元。', '140亿美元')).toBeUndefined();
  });
  it('near miss: a named item after a period rate still takes it', () => {
    expect(perOf('The lease costs $3 billion a year, and the option $1 billion.', '$1 billion')).toEqual({ amount: 1, unit: 'year' });
  });
  it('onto another currency', () => {
    expect(perOf('输入每千token 0.01美元，输出0.2元。', '0.2元')).toBeUndefined();
  });
});

describe('judged per the shared denominator', () => {
  const silent: [string, string][] = [
    ['GPT-4 input costs $0.03 per thousand tokens and output $0.06.', '$0.06'],
    ['GPT-4 输入每千tokens 0.03美元、输出0.06美元。', '0.06美元'],
    ['GPT-4 输入每千token 0.03美元，输出0.06美元。', '0.06美元'],
    ['GPT-4 charges $0.03 per thousand prompt tokens, and $0.06 for output.', '$0.06'],
    ['GPT-4 costs $30 per million input tokens, and $60 for output.', '$60'],
    ['GPT-4 charges $0.03 per 1K prompt tokens and $0.06 per 1K completion tokens.', '$0.06'],
    ['GPT-4 input costs $0.03 per thousand input tokens.', '$0.03'],
  ];
  itIsSilent(silent, DATE);

  it('a wrong output price of the same shape is still flagged', () => {
    expect(flaggedClaim('GPT-4 input costs $0.03 per thousand tokens and output $0.6.', '$0.6', DATE).verdicts).toEqual(['contradicted']);
  });
  it('a per-million figure under a per-thousand denominator is a slip of scale', () => {
    expect(flaggedClaim('GPT-4 input costs $0.03 per thousand tokens and output $60.', '$60', DATE).verdicts).toEqual(['wrong-scale']);
  });
});
