/**
 * The figure a change starts from ("cut input from $30 to $10", 从30美元降至10美元) is an earlier value of the
 * bound measure: equal to another measure's figure (GPT-4 Turbo's $30 output price, bundled facts) it is
 * no wrong metric (checks/facts/judge.ts startsChange). The figure stated on its own still is.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-03-01';

describe('the starting point of a change is not another measure’s figure', () => {
  it('"from $30 to $10", 从30美元降至10美元', () => {
    expect(draftFindings('Against the old model, GPT-4 Turbo brought the input price from $30 to $10 per million tokens.', DATE)).toEqual([]);
    expect(draftFindings('相比旧模型，GPT-4 Turbo把每百万token输入价格从30美元降至10美元。', DATE)).toEqual([]);
  });

  it('near miss: the same figure stated as the input price is still another measure’s', () => {
    expect(draftFindings('GPT-4 Turbo charges $30 per million input tokens.', DATE)).toEqual(['$30 fact.wrong-metric warning']);
  });
});
