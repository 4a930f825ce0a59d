/**
 * A price written without its denominator is read per the price list's usual one (a million tokens),
 * except when its sentence prices another figure per a different amount of the same unit ("$0.03 per
 * thousand tokens; the output price is $0.06", "… per thousand tokens" written apart from any figure):
 * then the bare price is not judged, rather than called a
 * thousandfold slip. Near misses: a bare price in a sentence with no other denominator (unless its digits
 * are a per-million price moved three places: the per-thousand convention), and a price that writes its
 * own denominator, are judged as before.
 * Bundled facts: GPT-4 (8K) at $30 / $60 per million input / output tokens (2023).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from '../../bind/flaggedClaim';

const DATE = '2023-06-01';

describe('a bare price beside a price per another amount of the unit is not judged', () => {
  itIsSilent(
    [
      ['GPT-4 input costs $0.03 per thousand tokens; the output price is $0.06.', '$0.06'],
      ['In 2023, GPT-4 input costs $0.03 per thousand tokens; the output price is $0.06.', '$0.06'],
      ['GPT-4 输入价格为每千tokens 0.03美元，而输出价格则是0.06美元。', '0.06美元'],
      ['2023年，GPT-4 输入价格为每千tokens 0.03美元，而输出价格则是0.06美元。', '0.06美元'],
      ['For GPT-4 the input price is $0.03 per 1,000 tokens, and the output price stands at $0.06.', '$0.06'],
      ['GPT-4 charges $0.03 for input and $0.06 for output per thousand tokens.', '$0.06'],
      ['Per thousand tokens, GPT-4 costs $0.03 for input and $0.06 for output.', '$0.06'],
    ],
    DATE,
  );
});

describe('near misses', () => {
  it('a bare price with no other denominator in its sentence is still read per million', () => {
    // ($0.06 alone is now the per-thousand price of $60 per million, the other convention: perThousandTokens.test.ts.)
    expect(flaggedClaim('In 2023, the GPT-4 output price is $6.', '$6', DATE).verdicts).toEqual(['contradicted']);
  });

  it('a price that writes its own denominator is judged by it', () => {
    expect(flaggedClaim('In 2023, GPT-4 input costs $0.03 per thousand tokens; the output price is $0.06 per million tokens.', '$0.06', DATE).verdicts).toEqual(['wrong-scale']);
  });
});
