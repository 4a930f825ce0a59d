/**
 * A month written without a year is the latest such month begun by the document's date, unless a year
 * written in the same sentence governs it: one that opens the sentence or shares the month's clause,
 * or one written with a month ("November 2024 … December"). A year in another clause with a figure of
 * its own is that figure's. A year placed by the document's date is inferred (warning at most).
 * Bundled facts: the Gemini app's 750 million monthly users, reported February 2026; Alphabet's 2024
 * revenue of $350 billion (so the other figure, in its own year, is right too).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { draftFindings } from '../../helpers/draftFindings';

const DATE = '2026-03-10';

function periodOf(text: string, figure: string): [string | undefined, boolean] {
  const p = analyzedClaim(text, figure, DATE)?.period;
  return [p?.value.label, p?.inferred === true];
}

describe('a year-less month after a year that is another figure\'s', () => {
  it('is the latest such month, inferred (English and Chinese)', () => {
    const en = "Alphabet's revenue was $350 billion in 2024, and the Gemini app had 750 million monthly active users in February.";
    expect(periodOf(en, '750 million monthly active users')).toEqual(['Feb 2026', true]);
    expect(draftFindings(en, DATE)).toEqual([]);
    const zh = '谷歌2024年营收为3500亿美元,Gemini应用2月的月活跃用户达到7.5亿。';
    expect(periodOf(zh, '7.5亿')).toEqual(['Feb 2026', true]);
    expect(draftFindings(zh, DATE)).toEqual([]);
  });

  it('a wrong figure for that month is a warning at most', () => {
    expect(draftFindings('The Gemini app had 650 million monthly active users in February.', DATE)).toEqual([
      '650 million monthly active users fact.wrong-period warning',
    ]);
  });
});

describe('near misses: a year that governs the month', () => {
  it('a year opening the sentence dates the month after it', () => {
    expect(periodOf('In 2025, the Gemini app had 750 million monthly active users in February.', '750 million monthly active users')).toEqual(['Feb 2025', false]);
    expect(draftFindings('2025年,Gemini应用2月的月活跃用户达到7.5亿。', DATE)).toEqual(['7.5亿 fact.wrong-period warning']);
  });

  it('a year written with a month carries to the next month named', () => {
    const text = 'The Gemini app had 450 million monthly active users in July 2025 and 650 million in October.';
    expect(periodOf(text, '650 million')).toEqual(['Oct 2025', false]);
  });
});

describe('a year-less month the sentence\'s year would place after the document\'s date', () => {
  // Drafted 2024-11-20: December 2024 has not begun, so "December" after "March 2024" is December 2023.
  const NOV = '2024-11-20';
  const periodAt = (text: string, figure: string) => {
    const p = analyzedClaim(text, figure, NOV)?.period;
    return [p?.value.label, p?.inferred === true];
  };
  it('is the latest such month begun by then, inferred (English and Chinese)', () => {
    expect(periodAt("Cohere made about $1.8 million in March 2024, a sliver of OpenAI's $2 billion December run-rate.", '$2 billion')).toEqual(['Dec 2023', true]);
    expect(periodAt('2024年3月Cohere月收入约180万美元，远低于OpenAI 12月20亿美元的年化收入。', '20亿美元')).toEqual(['Dec 2023', true]);
  });
  it('near misses: a month already begun keeps the sentence\'s year; words looking ahead keep it too', () => {
    expect(periodAt("Cohere made about $1.8 million in March 2024, a sliver of OpenAI's $3.4 billion June run-rate.", '$3.4 billion')?.[0]).toBe('Jun 2024');
    expect(periodAt('OpenAI expects its run-rate to reach $5 billion by December, up from $3.4 billion in June 2024.', '$5 billion')?.[0]).not.toBe('Dec 2023');
  });
});
