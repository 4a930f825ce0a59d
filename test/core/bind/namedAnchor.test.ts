/**
 * "The next (following, previous) quarter", 下一季度, 上一财年, "the prior fiscal year" count from the
 * period named before them: an earlier sentence of the paragraph, else the heading (bind/namedAnchor.ts),
 * not from the draft's date. Nvidia's fiscal year ends in late January; its data-center revenue was
 * $14.51B in Q3 FY2024 (Aug-Oct 2023), $18.4B in Q4 FY2024, $47.5B in FY2024 and $15B in FY2023; net
 * income $29.76B in FY2024 and $4.37B in FY2023 (bundled facts).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';

const LATER = '2024-09-02';
const Q4_FY24 = { start: '2023-11-01', end: '2024-01-31' };
const FY23 = { start: '2022-02-01', end: '2023-01-31' };

describe('a quarter that points back counts from the quarter the paragraph named', () => {
  it('"The following quarter" after a quarter named in an earlier sentence (en)', () => {
    const text = "Nvidia's fiscal third quarter (August to October 2023) set a record for its data centers at $14.51 billion. Demand kept building. In the following quarter Nvidia's data-center revenue was $18.4 billion.";
    const { claim, verdicts } = flaggedClaim(text, '$18.4 billion', LATER);
    expect(claim?.period?.value).toMatchObject(Q4_FY24);
    expect(verdicts).toEqual([]);
  });

  it('下一季度 after 2024财年第三季度 (zh)', () => {
    const text = '英伟达2024财年第三季度的数据中心收入为145.1亿美元。需求持续走强。下一季度，英伟达数据中心收入升至184亿美元。';
    const { claim, verdicts } = flaggedClaim(text, '184亿美元', LATER);
    expect(claim?.period?.value).toMatchObject(Q4_FY24);
    expect(verdicts).toEqual([]);
  });

  it('and a figure of another quarter under it is still the wrong period', () => {
    const text = "Nvidia's fiscal third quarter (August to October 2023) set a record for its data centers at $14.51 billion. Demand kept building. The next quarter's data-center revenue was $14.51 billion again.";
    expect(flaggedClaim(text, '$14.51 billion again', LATER).verdicts).toEqual([]);
    const wrong = "Nvidia's fiscal fourth quarter of 2024 lifted data-center revenue to $18.4 billion. The previous quarter's data-center revenue at Nvidia was $18.4 billion.";
    const claims = flaggedClaim(wrong.replace(/\$18\.4 billion\.$/, '$18.40 billion.'), '$18.40 billion', LATER);
    expect(claims.claim?.period?.value).toMatchObject({ start: '2023-08-01', end: '2023-10-31' });
    expect(claims.verdicts).toEqual(['wrong-period']);
  });

  it('near miss: bare "next quarter" is the one after the draft\'s date', () => {
    const text = "Nvidia's fiscal third quarter (August to October 2023) was strong. Next quarter Nvidia's data-center revenue should reach $30 billion.";
    expect(flaggedClaim(text, '$30 billion', LATER).claim?.period?.value).toMatchObject({ start: '2024-11-01', end: '2025-01-31' });
  });

  it('near miss: a year named before is no quarter to step from', () => {
    const text = 'In 2023 Nvidia grew fast. The next quarter\'s data-center revenue was $18.4 billion.';
    expect(flaggedClaim(text, '$18.4 billion', LATER).claim?.period?.value).not.toMatchObject(Q4_FY24);
  });
});

describe('a fiscal year that points back counts from the fiscal year named before', () => {
  it('上一财年 under a heading naming 2024财年 (zh)', () => {
    const { claim, verdicts } = flaggedClaim('# 英伟达2024财年\n\n## 全年\n\n- 数据中心收入475亿美元，上一财年只有150.1亿美元；\n', '150.1亿美元', '2024-03-05');
    expect(claim?.period?.value).toMatchObject(FY23);
    expect(verdicts).toEqual([]);
  });

  it('"the prior fiscal year" in the sentence after a fiscal year (en)', () => {
    const text = 'In fiscal 2024 Nvidia earned net income of $29.76 billion. In the prior fiscal year its net income was $4.37 billion.';
    const { claim, verdicts } = flaggedClaim(text, '$4.37 billion', '2024-03-05');
    expect(claim?.period?.value).toMatchObject(FY23);
    expect(verdicts).toEqual([]);
  });

  it('near miss: a heading naming two periods gives none to count from, and the draft\'s date none either', () => {
    const { claim } = flaggedClaim('# 英伟达2023与2024财年\n\n- 上一财年净利润43.68亿美元。\n', '43.68亿美元', '2024-03-05');
    expect(claim?.period).toBeUndefined();
  });

  it('near miss: after 比 the fiscal year is a comparison\'s baseline, not the figure\'s period, and is not counted from the heading', () => {
    const { claim } = flaggedClaim('# 英伟达2024财年\n\n- 净利润比上一财年多出254亿美元。\n', '254亿美元', '2024-03-05');
    expect(claim?.period?.value).not.toMatchObject(FY23);
  });
});

describe('words that point back with nothing to count from in the block fall back on no date (session 10, issue #4)', () => {
  it('"The next quarter" opening a paragraph is not counted from the draft\'s date (en)', () => {
    const text = "## Nvidia's data centers\n\nDemand for accelerators kept building through the year.\n\nThe next quarter's data-center revenue at Nvidia was $18.4 billion, a record.\n";
    const { claim, verdicts } = flaggedClaim(text, '$18.4 billion', LATER);
    expect(claim?.period).toBeUndefined();
    expect(verdicts).toEqual([]);
  });

  it('下一季度 opening a paragraph is not counted from the draft\'s date, and keeps no calendar quarter (zh)', () => {
    const text = '## 英伟达\n\n英伟达2024财年第三季度的数据中心收入为145.1亿美元。\n\n下一季度，英伟达的数据中心收入升至184亿美元。\n';
    const { claim, verdicts } = flaggedClaim(text, '184亿美元', '2025-11-20');
    expect(claim?.period).toBeUndefined();
    expect(verdicts).toEqual([]);
  });

  it('上一财年 with no fiscal year named above it is left without a period (zh)', () => {
    const { claim } = flaggedClaim('# 英伟达\n\n上一财年，英伟达的净利润为43.68亿美元。\n', '43.68亿美元', '2024-03-05');
    expect(claim?.period).toBeUndefined();
  });

  it('near miss: 上个季度 says "last quarter" as often, and still counts from the draft\'s date', () => {
    const { claim } = flaggedClaim('# 英伟达\n\n上个季度，英伟达的数据中心收入为263亿美元。\n', '263亿美元', '2024-09-02');
    // 2024-09-02 falls in Nvidia's Q3 FY2025: the quarter before it.
    expect(claim?.period?.value.label).toBe('Q2 FY2025');
  });

  it('an anchored quarter keeps the calendar of the company its anchor names, in a sentence naming none (zh)', () => {
    const text = '英伟达2024财年第三季度数据中心收入为145.1亿美元。下一季度，数据中心收入升至184亿美元。';
    const { claim, verdicts } = flaggedClaim(text, '184亿美元', '2025-11-20');
    expect(claim?.period?.value).toMatchObject(Q4_FY24);
    expect(verdicts).toEqual([]);
  });
});

/**
 * Session 25 (h-period25): "for the year" with no part of a year before it in its sentence widens the
 * quarter or half an earlier sentence of the paragraph named, as it does one named in its own sentence.
 * Bundled facts: TSMC net income NT$374.68B in Q4 2024; Google Cloud revenue $43.2B in 2024.
 */
describe('"for the year" after a quarter named in an earlier sentence', () => {
  const DRAFT = '2025-03-12';

  it('is that quarter\'s year, so the quarter\'s figure given for the year is another period\'s', () => {
    const text = "TSMC's revenue in the fourth quarter of 2024 was NT$868.46 billion. Net income for the year came to NT$374.68 billion.";
    const { claim, verdicts } = flaggedClaim(text, 'NT$374.68 billion', DRAFT);
    expect(claim?.period?.value).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
    expect(verdicts).toEqual(['wrong-period']);
  });

  it('near miss: a baseline counted a year back is not the part it widens', () => {
    const text = "Google Cloud's fourth-quarter revenue was $11.955 billion, against $9.192 billion a year earlier. For the year the segment booked $43.2 billion of revenue.";
    const { claim, verdicts } = flaggedClaim(text, '$43.2 billion', DRAFT);
    expect(claim?.period?.value).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
    expect(verdicts).toEqual([]);
  });

  it('near miss: with no quarter or half named before it, it stays undated', () => {
    const text = 'TSMC had a strong run. Net income for the year came to NT$374.68 billion.';
    expect(flaggedClaim(text, 'NT$374.68 billion', DRAFT).claim?.period).toBeUndefined();
  });
});
