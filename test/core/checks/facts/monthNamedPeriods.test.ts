/**
 * Periods named by the month they end in, or by a relative month, are not that calendar month: "the year
 * to January" is the twelve months ending with January, "the quarter ending in April" and 今年6月季度 the
 * three months ending with that month; a month that dates the announcement of a full-year figure is not
 * the figure's period; "last September" said in November may be either of two Septembers, so it is
 * never the wrong period. With the bundled facts, English and Chinese.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const flagged = (text: string, date: string) => draftFindings(text, date);

describe('a year named by the month it ends in', () => {
  it('supports a fiscal year stated as "the year to January", with no year written', () => {
    expect(flagged("Nvidia's revenue was $130.5 billion in the year to January.", '2025-06-10')).toEqual([]);
    expect(flagged("Nvidia's revenue was $130.5 billion in the twelve months to January.", '2025-06-10')).toEqual([]);
    expect(flagged("Nvidia's revenue was $130.5 billion in the fiscal year to January 2025.", '2025-06-10')).toEqual([]);
  });

  it('and in Chinese (截至今年1月的财年)', () => {
    expect(flagged('英伟达截至今年1月的财年营收为1305亿美元。', '2025-06-10')).toEqual([]);
  });

  it('still finds the previous fiscal year\'s figure stated for it (a warning: the year is inferred)', () => {
    expect(flagged("Nvidia's revenue was $60.9 billion in the year to January.", '2025-06-10')).toEqual(['$60.9 billion fact.wrong-period warning']);
  });
});

describe('a quarter named by the month it ends in', () => {
  it('reads "the quarter ending in April" as the three months to April (English)', () => {
    expect(flagged('Nvidia took a $5.5 billion charge in the quarter ending in April.', '2025-06-10')).toEqual([]);
  });

  it('reads 今年6月季度 as this year\'s April to June (Chinese)', () => {
    expect(flagged('阿里云今年6月季度营收为334亿元。', '2025-09-10')).toEqual([]);
  });

  it('reads 去年12月季度 as last year\'s October to December', () => {
    expect(flagged('阿里巴巴去年12月季度营收为2801.5亿元。', '2025-06-10')).toEqual([]);
  });

  it('still contradicts a wrong figure for that quarter', () => {
    expect(flagged('阿里巴巴去年12月季度营收为3801.5亿元。', '2025-06-10')).toHaveLength(1);
  });
});

describe('a month that dates the announcement of a full-year figure', () => {
  it('is not the period of "full-year capex guidance" (English)', () => {
    expect(flagged('In July, Alphabet raised its full-year capex guidance to $85 billion.', '2025-09-10')).toEqual([]);
  });

  it('nor of 全年资本开支指引 (Chinese)', () => {
    expect(flagged('Alphabet在7月把全年资本开支指引上调至850亿美元。', '2025-09-10')).toEqual([]);
  });

  it('but a figure with no full-year word keeps the month as its period', () => {
    expect(flagged('ChatGPT reached 200 million weekly users in August, OpenAI announced.', '2024-10-20')).toEqual([]);
    expect(flagged('ChatGPT reached 250 million weekly users in August, OpenAI announced.', '2024-10-20')).toEqual(['250 million weekly users fact.wrong-period warning']);
  });
});

describe('"last <month>" that may mean either of two years', () => {
  it('is supported by the figure of the year before (said in October of the September, a month passed)', () => {
    expect(flagged('ChatGPT had 200 million weekly users last August.', '2025-10-20')).toEqual([]);
  });

  it('is never the wrong period then, though the value is another month\'s', () => {
    expect(flagged('ChatGPT had 250 million weekly users last August.', '2025-10-20')).toEqual([]);
  });

  it('said before that month has come round again, it is last year\'s and can be the wrong period', () => {
    expect(flagged('ChatGPT had 250 million weekly users last August.', '2025-06-20')).toEqual(['250 million weekly users fact.wrong-period warning']);
  });
});
