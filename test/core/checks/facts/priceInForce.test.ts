/**
 * A list price holds from when it was set until a newer price of the same product and side is on
 * record (verdicts/priceInForce.ts): stated for a later date, it is the price in force then, not a
 * wrong period. Before it was set, or after a newer price replaced it, it still is another period's.
 * Bundled facts: GPT-4 Turbo $10 input / $30 output per 1M tokens, announced 2023-11-06 (no later
 * price on record); GPT-4o $5 input from 2024-05-13, $2.50 from 2024-08-06.
 */
import { describe, expect, it } from 'vitest';
import { draftAnalysis } from '../../../helpers/draftFindings';
import { flaggedClaim, itIsSilent } from '../../bind/flaggedClaim';

const DATE = '2025-03-01';

describe('a list price stated after it was set, never replaced, is the price in force', () => {
  itIsSilent(
    [
      ['2024年12月，GPT-4 Turbo的输出价格为每百万token 30美元。', '30美元'],
      ["GPT-4 Turbo's output price was $30 per million tokens in December 2024.", '$30'],
      ['截至2024年底，GPT-4 Turbo输出价格仍是每百万token 30美元。', '30美元'],
      ['GPT-4 Turbo still listed output at $30 per million tokens in March 2024.', '$30'],
      ["By January 2025 GPT-4 Turbo's output price was $0.03 per 1K tokens.", '$0.03'],
      ['2024年，GPT-4 Turbo每百万输入token收费10美元。', '10美元'],
    ],
    DATE,
  );
});

describe('near misses', () => {
  it.each([
    ["In 2022, GPT-4 Turbo's output price was $30 per million tokens.", '$30'],
    ['2022年GPT-4 Turbo的输出价格为每百万token 30美元。', '30美元'],
  ])('a date before the price was set is a wrong period: %s', (text, figure) => {
    expect(flaggedClaim(text, figure, DATE).verdicts).toEqual(['wrong-period']);
  });

  it.each([
    ["GPT-4o's input price in December 2024 was $5 per million tokens.", '$5'],
    ['GPT-4o的输入价格在2024年12月为每百万token 5美元。', '5美元'],
  ])('a price replaced by a newer one before the date is not in force: %s', (text, figure) => {
    expect(draftAnalysis(text, DATE).claims.find((c) => c.quantity.text === figure)?.verdict).toBe('wrong-period');
  });
});
