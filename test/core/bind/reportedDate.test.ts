/**
 * A date right after a verb of publishing ("reported November 20", "announced on May 22", "公布于11月20日",
 * "11月20日公布") says when a flow's figures came out, not the period they are for; and a bracketed
 * "(to late October" after a quarter glosses that quarter's last day (bind/publicationMonth.ts). Nvidia's
 * fiscal Q3 FY2025 (Aug-Oct 2024) revenue was $35.1B, reported on 2024-11-20 (bundled facts).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';
import { datesPublication } from '../../../server/src/core/bind/publicationMonth';

const DATE = '2024-12-02';
const Q3 = { start: '2024-08-01', end: '2024-10-31' };

describe('a publishing verb\'s date is not a flow\'s period', () => {
  it('reads the lead label, not the report date (en)', () => {
    const { claim, verdicts } = flaggedClaim('## Nvidia fiscal 2025\n\n- **Third quarter** (to late October, reported November 20): revenue $35.08 billion', '$35.08 billion', DATE);
    expect(claim?.period?.value).toMatchObject(Q3);
    expect(verdicts).toEqual([]);
  });

  it('reads the lead label, not the report date (zh)', () => {
    const { claim, verdicts } = flaggedClaim('## 英伟达2025财年\n\n- **第三季度**（截至10月下旬，11月20日公布）：营收350.8亿美元', '350.8亿美元', DATE);
    expect(claim?.period?.value).toMatchObject(Q3);
    expect(verdicts).toEqual([]);
  });

  it('"公布于" and "announced on" after the figure', () => {
    expect(flaggedClaim('英伟达第三财季营收350.8亿美元，公布于11月20日。', '350.8亿美元', DATE).verdicts).toEqual([]);
    expect(flaggedClaim("Nvidia's fiscal third-quarter revenue was $35.08 billion, announced on November 20.", '$35.08 billion', DATE).verdicts).toEqual([]);
  });

  it('near miss: a month that modifies the figure\'s noun is its period ("reported March revenue")', () => {
    const text = 'TSMC reported March revenue of NT$195 billion.';
    const at = text.indexOf('March');
    expect(datesPublication(text, { start: at, end: at + 5 }, false, true)).toBe(false);
    const other = 'TSMC revenue was NT$195 billion, reported April 10.';
    const day = other.indexOf('April 10');
    expect(datesPublication(other, { start: day, end: day + 8 }, false, true)).toBe(true);
  });

  it('near miss: a level or an event keeps the date of its announcing verb', () => {
    const text = 'The round, announced March 31, valued the company at $300 billion.';
    const at = text.indexOf('March 31');
    expect(datesPublication(text, { start: at, end: at + 8 })).toBe(false);
  });
});

/**
 * A month opening a clause whose verb is one of publishing ("3月DeepSeek公布了…", "In March, DeepSeek
 * published…") dates the disclosure: a flow disclosed keeps its own period or none. DeepSeek's theoretical
 * day of inference revenue, $562,027, is filed for 27-28 February 2025 (bundled facts).
 */
describe('a month of disclosure opening the clause is not the flow\'s period', () => {
  const LATER = '2025-06-01';
  it.each([
    ['今年3月，DeepSeek公布了一天的推理账本：理论收入为562,027美元。', '562,027美元'],
    ['今年3月DeepSeek披露，按R1价格计算，一天的理论收入为562,027美元。', '562,027美元'],
    ["In March, DeepSeek published a single day's inference accounts: theoretical revenue of $562,027.", '$562,027'],
    ['In March 2025 the lab disclosed theoretical revenue of $562,027 for one day of inference.', '$562,027'],
  ])('%s', (text, figure) => {
    const { claim, verdicts } = flaggedClaim(text, figure, LATER);
    expect(claim?.period?.value.start).not.toBe('2025-03-01');
    expect(verdicts).toEqual([]);
  });

  it('near miss: what followed a release (发布后) is dated by the release day', () => {
    const text = '2月22日财报发布后，英伟达单日市值增加约2770亿美元。';
    expect(flaggedClaim(text, '2770亿美元', '2024-03-01').claim?.period?.value.start).toBe('2024-02-22');
  });

  it('near miss: a month with no publishing verb still dates the flow', () => {
    expect(flaggedClaim('今年3月，DeepSeek的理论收入为562,027美元。', '562,027美元', LATER).claim?.period?.value.start).toBe('2025-03-01');
  });
});
