/**
 * A contradiction far beyond any slip (more than 20 times above or below every deciding fact, not a power
 * of ten) is evidence that the binding read another measure, not that the writer erred: at most
 * information (farOff.ts). With the bundled facts (GPT-4 Turbo $10 / $30 per 1M tokens).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-09-15';

describe('a figure far from every fact it is judged by', () => {
  it.each([
    'For last month, GPT-4 Turbo input: $450, output: $1,350.',
    'The GPT-4 Turbo bill, input $450 and output $1,350, was paid in full.',
    'GPT-4 Turbo：输入450美元，输出1350美元。',
  ])('is no warning or error: %s', (sentence) => {
    expect(draftFindings(sentence, DATE)).toEqual([]);
  });

  it('still tells a contradiction within a slip of the fact', () => {
    expect(draftFindings('GPT-4 Turbo charges $10 for input and $60 for output.', DATE)).toEqual(['$60 fact.value-mismatch error']);
    expect(draftFindings('The GPT-4 Turbo output price is $45.', DATE)).toEqual(['$45 fact.value-mismatch error']);
    expect(draftFindings('在GPT-4 Turbo上，输出价格为60美元。', DATE)).toEqual(['60美元 fact.value-mismatch warning']);
  });

  it('compares a rate in the fact\'s own denominator', () => {
    // $0.06 per thousand is $60 per million: twice the fact, a slip, not another measure.
    expect(draftFindings('GPT-4 Turbo charges $0.06 per thousand output tokens.', DATE).length).toBeGreaterThan(0);
  });
});
