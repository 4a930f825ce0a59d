/**
 * A bare year-end or part of a year (年底, 年初, 年中, 下半年, "at the end of the year", "late in the year")
 * after a year the paragraph named, or a 同年 / "that year", belongs to that year; the document's reading
 * stays the other one, as for a year-less month (bind/yearPartYear.ts). With no year before it, the
 * document's year stands but is not sure enough to call a figure wrong. A draft of June 2025; OpenAI's
 * ~$86B tender valuation was agreed late 2023 (completed early 2024).
 */
import { describe, expect, it } from 'vitest';
import { periodsIn } from './helpers';
import { flaggedClaim, itIsSilent } from './flaggedClaim';
import { draftFindings } from '../../helpers/draftFindings';

const DATE = '2025-06-01';

describe('a year-end after the year the paragraph tells', () => {
  itIsSilent(
    [
      ['2023年1月，微软宣布追加投资OpenAI。同年4月，OpenAI以约280亿美元估值融资；年底员工股票要约收购的估值则约为860亿美元。', '860亿美元'],
      ['2023年1月，微软宣布追加投资OpenAI。同年4月，OpenAI以约280亿美元估值融资。年底员工股票要约收购的估值则约为860亿美元。', '860亿美元'],
      ['In January 2023 Microsoft extended its OpenAI deal. That April OpenAI was valued at about $28 billion. At the end of the year, a tender offer valued OpenAI at about $86 billion.', '$86 billion'],
      ['OpenAI was valued at about $28 billion in April 2023. Late in the year, a tender offer valued OpenAI at about $86 billion.', '$86 billion'],
    ],
    DATE,
  );

  it('is that year\'s end, the document\'s kept as the other reading', () => {
    const { claim } = flaggedClaim('2023年4月，OpenAI以约280亿美元估值融资。年底员工股票要约收购的估值则约为860亿美元。', '860亿美元', DATE);
    expect(claim?.period?.value).toMatchObject({ start: '2023-12-31', end: '2023-12-31' });
    expect(claim?.period?.alternative).toMatchObject({ start: '2025-12-31' });
    expect(claim?.period?.inferred).toBe(true);
  });

  it('takes the year of the section heading when the paragraph names none', () => {
    const { claim } = flaggedClaim('# OpenAI in 2023\n\nAt the end of the year, a tender offer valued OpenAI at about $86 billion.', '$86 billion', DATE);
    expect(claim?.period?.value).toMatchObject({ start: '2023-12-31' });
  });

  it('a year written in its own sentence dates it as before, and 今年 is the document\'s', () => {
    expect(flaggedClaim('2023年OpenAI完成多轮融资，年底估值约为860亿美元。', '860亿美元', DATE).claim?.period?.value).toMatchObject({ start: '2023-12-31' });
    expect(flaggedClaim('2023年4月，OpenAI估值约280亿美元。今年年底它的估值约为860亿美元。', '860亿美元', DATE).claim?.period?.value).toMatchObject({ start: '2025-12-31' });
  });
});

describe('a year-end with no year before it', () => {
  it('keeps the document\'s year, not sure: a wrong period is only information (Chinese and English)', () => {
    const zh = flaggedClaim('年底员工股票要约收购的估值约为860亿美元。', '860亿美元', DATE);
    expect(zh.claim?.period).toMatchObject({ value: { start: '2025-12-31' }, unsure: true });
    expect(zh.verdicts).toEqual([]);
    expect(draftFindings('At the end of the year, a tender offer valued OpenAI at about $86 billion.', DATE)).toEqual([]);
  });

  it('but a year-end still to come is the document\'s, as before', () => {
    const { claim } = flaggedClaim('OpenAI expects to be valued at $86 billion by the end of the year.', '$86 billion', DATE);
    expect(claim?.period?.value).toMatchObject({ start: '2025-12-31' });
    expect(claim?.period?.unsure).toBeUndefined();
  });
});

describe('the words read as parts of a year', () => {
  it('年初, 年中, "late in the year", "by mid-year"; not 三年中, 年初至今', () => {
    const read = (text: string) => periodsIn(text, DATE);
    expect(read('年初')).toEqual([['年初', '2025-01-01', '2025-03-31']]);
    expect(read('年中')).toEqual([['年中', '2025-06-01', '2025-07-31']]);
    expect(read('late in the year')).toEqual([['late in the year', '2025-10-01', '2025-12-31']]);
    expect(read('by mid-year')).toEqual([['mid-year', '2025-06-01', '2025-07-31']]);
    expect(read('三年中')).toEqual([]);
    expect(read('年初至今')).toEqual([['年初至今', '2025-01-01', '2025-06-01']]);
  });
});
