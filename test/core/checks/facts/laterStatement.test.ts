/**
 * A later statement of the sentence (", and", "but", 但, 不过, 而) that names its own time ("late in the
 * year", "later that year", 年底, 此后) or its own source ("according to", 据X测算) does not take the
 * earlier statement's date for sure (checks/facts/laterStatement.ts): no warning from that date.
 * With the bundled facts (OpenAI's April 2023 and late-2023 tender valuations, Cohere's June 2023 round
 * and CB Insights' early-2024 multiples).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from '../../bind/flaggedClaim';

const DATE = '2024-06-15';

describe('a later statement with its own time or source', () => {
  itIsSilent(
    [
      ['OpenAI was valued at about $28 billion in April 2023, and the staff share sale that closed late in the year valued it at about $86 billion.', '$86 billion'],
      ['In April 2023 OpenAI was worth about $28 billion, and by year-end an employee tender valued it at roughly $86 billion.', '$86 billion'],
      ['OpenAI was valued at about $28 billion in April 2023, but an employee tender subsequently put it at about $86 billion.', '$86 billion'],
      ['Cohere raised $270 million at about $2.2 billion in June 2023, but according to CB Insights it was valued at about 100 times revenue.', '100 times'],
      ['Cohere在2023年6月融资2.7亿美元、估值约22亿美元，但据CB Insights测算，它的估值是收入的约100倍。', '100倍'],
      ['Cohere于2023年6月以约22亿美元估值完成融资，不过据CB Insights估算，其估值约为收入的100倍。', '100倍'],
      ['OpenAI在2023年4月估值约280亿美元，此后员工股票出售给出的估值约为860亿美元。', '860亿美元'],
      ['OpenAI was valued at about $28 billion in April 2023 and a staff share sale late in the year valued it at about $86 billion.', '$86 billion'],
      ['OpenAI was valued at about $28 billion in April 2023 and, late in the year, a tender offer valued it at about $86 billion.', '$86 billion'],
      ['OpenAI在2023年4月估值约280亿美元，随后的要约收购给出了约860亿美元的估值。', '860亿美元'],
    ],
    DATE,
  );

  it('still flags a wrong date in the figure\'s own statement', () => {
    expect(flaggedClaim('OpenAI was valued at about $86 billion in April 2023, and a tender offer later that year confirmed the price.', '$86 billion', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('still flags a later statement that names no time or source of its own', () => {
    expect(flaggedClaim('2023年6月，Cohere以约22亿美元估值融资2.7亿美元，而这一估值是收入的约100倍。', '100倍', DATE).verdicts).toEqual(['wrong-period']);
    expect(flaggedClaim('In June 2023 Cohere raised $270 million, and its valuation was about 100 times revenue.', '100 times', DATE).verdicts).toEqual(['wrong-period']);
  });
});
