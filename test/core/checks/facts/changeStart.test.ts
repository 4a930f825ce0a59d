/**
 * The figure a change starts from ("cut input from $30 to $10", 从30美元降至10美元) is an earlier value of the
 * bound measure: equal to another measure's figure (GPT-4 Turbo's $30 output price, bundled facts) it is
 * no wrong metric (checks/facts/judge.ts startsChange). The figure stated on its own still is. Nor, when the
 * change is dated ("On 10 June OpenAI took o3 from $10 / $40 to $2 / $8", bundled: $10 / $40 from launch on
 * 2025-04-16), is the level it started from another period's figure: it stood before that date.
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

describe('the starting point of a dated change is the level before the date', () => {
  const D = '2025-07-08';
  it('"On 10 June … from $10 / $40 to $2 / $8", 6月10日…从10美元/40美元降至2美元/8美元', () => {
    expect(draftFindings('On 10 June OpenAI took o3 from $10 / $40 to $2 / $8 per million tokens, an 80% cut.', D)).toEqual([]);
    expect(draftFindings('On 10 June OpenAI cut o3 input from $10 to $2 per million tokens.', D)).toEqual([]);
    expect(draftFindings('2025年6月10日，OpenAI把o3每百万token价格从10美元/40美元降至2美元/8美元。', D)).toEqual([]);
  });

  it('near miss: the old price stated as the price on that date is still another period\'s', () => {
    expect(draftFindings('On 10 June 2025 o3 cost $10 per million input tokens.', D)).toEqual(['$10 fact.wrong-period warning']);
  });
});
