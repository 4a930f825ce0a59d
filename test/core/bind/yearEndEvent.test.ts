/**
 * 年底 / "the end of 2024" dating a flow or a one-off event (a round raised) is the year's last quarter,
 * approximate: the round announced in November is the year-end round (periodBinding.ts eventAtYearEnd).
 * A level at a moment keeps the year's last day. Bundled facts: Perplexity raised $500M (reported
 * 2024-11-05).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { draftFindings } from '../../helpers/draftFindings';

const DATE = '2025-09-20';
const periodOf = (text: string, figure: string) => {
  const p = analyzedClaim(text, figure, DATE)?.period;
  return p ? `${p.value.start}..${p.value.end}${p.approximate ? ' ~' : ''}` : undefined;
};

describe('a year-end dating an event is the last weeks of the year', () => {
  it('Chinese: 年底一轮融资 (year carried from the sentence) and 2024年底', () => {
    const zh = 'Perplexity在2024年1月估值较低，年底一轮融资5亿美元。';
    expect(periodOf(zh, '5亿美元')).toBe('2024-10-01..2024-12-31 ~');
    expect(draftFindings(zh, DATE)).toEqual([]);
    expect(draftFindings('Perplexity在2024年底完成一轮5亿美元的融资。', DATE)).toEqual([]);
  });

  it('English: "at the end of 2024"', () => {
    const en = 'Perplexity raised $500 million at the end of 2024.';
    expect(periodOf(en, '$500 million')).toBe('2024-10-01..2024-12-31 ~');
    expect(draftFindings(en, DATE)).toEqual([]);
  });

  it('near misses: a level keeps the last day; another year’s end is still another period', () => {
    expect(periodOf('英伟达2024年底的市值约为3.3万亿美元。', '3.3万亿美元')).toBe('2024-12-31..2024-12-31');
    expect(draftFindings('Perplexity raised $500 million at the end of 2023.', DATE)).toEqual(['$500 million fact.wrong-period warning']);
  });
});
