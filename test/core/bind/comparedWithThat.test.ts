/**
 * A figure its clause sets against what was said before it ("the ~$75 billion plan is roughly 43% above
 * that") is not dated by the earlier clause's period, which dates what "that" points at. Bundled facts:
 * Alphabet's 2024 capex ($52.5B) and its 2025 guide (~$75B, given February 2025).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { draftFindings } from '../../helpers/draftFindings';
import { comparedWithThat } from '../../../server/src/core/bind/comparedWithThat';

const DATE = '2025-02-12';
const periodOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.period?.value.label;
const whole = (s: string) => ({ start: 0, end: s.length });

describe('a figure compared with "that"', () => {
  it('takes no period from the clause before (English and Chinese)', () => {
    const en = 'Alphabet lifted capex 63% in 2024, and the ~$75 billion plan is roughly 43% above that.';
    expect(periodOf(en, '$75 billion')).toBeUndefined();
    expect(draftFindings(en, DATE)).toEqual([]);
    const zh = '谷歌2024年资本开支增长63%，约750亿美元的计划比这一水平高约43%。';
    expect(periodOf(zh, '750亿美元')).toBeUndefined();
    expect(draftFindings(zh, DATE)).toEqual([]);
  });
  it("nor from an earlier sentence's", () => {
    expect(periodOf('Alphabet lifted capex 63% in 2024. The ~$75 billion plan is roughly 43% above that.', '$75 billion')).toBeUndefined();
  });
});

describe('near misses', () => {
  it('a clause that names another subject compares within the same period', () => {
    const clause = "Microsoft's $56 billion was 44% above that";
    expect(comparedWithThat(clause, whole(clause), { start: 12, end: 23 })).toBe(false);
  });
  it('a clause with no comparison with "that" keeps the earlier date', () => {
    expect(periodOf('Alphabet lifted capex 63% in 2024, and the total came to $52.5 billion.', '$52.5 billion')).toBe('2024');
  });
  it('a Chinese clause that does not call the figure a plan is left alone', () => {
    const zh = '约750亿美元比这一水平高约43%';
    expect(comparedWithThat(zh, whole(zh), { start: 1, end: 7 })).toBe(false);
  });
  it('a period written in the clause still dates the figure', () => {
    expect(periodOf('Alphabet lifted capex 63% in 2024, and the ~$75 billion plan for 2025 is roughly 43% above that.', '$75 billion')).toBe('2025');
  });
});
