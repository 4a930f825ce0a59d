/**
 * A dated figure whose period has no figure of its own on record, written to three or more significant
 * digits that are exactly another period's figure of its entity and metric after a slip of scale, is that
 * slip, whatever period the sentence gives it (verdicts/tenfoldSlip.ts datedDigitSlipVerdict). Bundled
 * facts: SK hynix's operating profit was 23.47 trillion won in 2024; the base records none for 2023.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-06-01';

describe('a slip told by its digits, for a period with no record of its own', () => {
  it('English: billion for trillion, dated to a year the base has no figure for', () => {
    expect(draftFindings('SK hynix reported operating profit of 23.47 billion won for 2023.', DATE)).toEqual(['23.47 billion won fact.wrong-scale warning']);
  });

  it('Chinese: 亿 for 万亿, likewise', () => {
    expect(draftFindings('SK海力士2023年营业利润为23.47亿韩元。', DATE)).toEqual(['23.47亿韩元 fact.wrong-scale warning']);
  });

  it('the figure as recorded, for its own period, is silent', () => {
    expect(draftFindings('SK hynix reported operating profit of 23.47 trillion won for 2024.', DATE)).toEqual([]);
    expect(draftFindings('SK海力士2024年营业利润为23.47万亿韩元。', DATE)).toEqual([]);
  });

  it('near miss: two significant digits agree too often to tell a slip', () => {
    expect(draftFindings('SK hynix reported operating profit of 23 billion won for 2023.', DATE)).toEqual([]);
    expect(draftFindings('SK海力士2023年营业利润为23亿韩元。', DATE)).toEqual([]);
  });
});

describe('a number on record only in another currency is that currency\'s slip, not a figure as written', () => {
  it('Chinese: 美元 for 元, dated to a quarter the base has no figure for', () => {
    expect(draftFindings('腾讯2023年第二季度收入为1724亿美元。', DATE)).toEqual(['1724亿美元 fact.wrong-currency warning']);
  });

  it('English: dollars for yuan, likewise', () => {
    expect(draftFindings('Tencent booked revenue of $172.4 billion in the second quarter of 2023.', DATE)).toEqual(['$172.4 billion fact.wrong-currency warning']);
  });

  it('near miss: in its own currency the number is another period\'s figure, not a slip', () => {
    expect(draftFindings('腾讯2023年第二季度收入为1724亿元。', DATE)).toEqual(['1724亿元 fact.wrong-period warning']);
  });
});
