/**
 * A price followed by an amount with no unit ("($0.01 per thousand)", "$0.01/1K") is priced per that
 * amount of the sentence's unit, which the recogniser cannot read: it is not judged per the price
 * list's million, so a correct per-thousand price is not called a thousandfold slip. A bare price with
 * no denominator at all is still judged. With the bundled facts (GPT-4 Turbo $10 / $30 per 1M tokens).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2024-09-01';

describe('a denominator with no unit is the figure’s own', () => {
  it.each([
    'GPT-4 Turbo cut that to $10 per million input tokens ($0.01 per thousand) and $30 per million output tokens.',
    'GPT-4 Turbo charges $10 per million input tokens, or $0.01 per 1K.',
    'GPT-4 Turbo input costs $10 per million tokens ($0.01/1K).',
  ])('English: %s', (sentence) => {
    expect(draftFindings(sentence, DATE)).toEqual([]);
  });

  it('still judges a price written per the million it means', () => {
    expect(draftFindings('GPT-4 Turbo charges $0.01 per million input tokens.', DATE)).toEqual(['$0.01 fact.wrong-scale warning']);
  });
});
