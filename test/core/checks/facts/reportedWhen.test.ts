/**
 * A date a reporting verb introduces ("stated in January 2025", "2025年1月披露") is when the figure was
 * made public: a figure of a period closed by then, with a source dated then, is the one stated, not
 * another period's. A date before the figure was known is still another period's.
 * Bundled facts: AI added 13 points to Azure growth in Q2 FY2025 (Oct-Dec 2024), reported 2025-01-29.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from '../../bind/flaggedClaim';
import { dateOfReporting } from '../../../../server/src/core/checks/facts/reportedWhen';

const DATE = '2025-06-01';

describe('a figure published in the month a reporting verb names fits that month', () => {
  itIsSilent(
    [
      ['AI services contributed 13 points to Azure growth, as Microsoft stated in January 2025.', '13 points'],
      ['微软2025年1月披露，AI服务为Azure增长贡献了13个百分点。', '13个百分点'],
    ],
    DATE,
  );

  it('a month before the figure was known is still another period', () => {
    expect(flaggedClaim('微软2024年1月披露，AI服务为Azure增长贡献了13个百分点。', '13个百分点', DATE).verdicts).toEqual(['wrong-period']);
  });
});

describe('the words that make a date a publication date', () => {
  it('a reporting verb with in/on before it, or 披露/公布 after it', () => {
    const at = (s: string, d: string) => ({ start: s.indexOf(d), end: s.indexOf(d) + d.length });
    const en = 'the run-rate, stated in January 2025, was';
    expect(dateOfReporting(en, at(en, 'January 2025'))).toBe(true);
    const zh = '微软2025年1月披露，';
    expect(dateOfReporting(zh, at(zh, '2025年1月'))).toBe(true);
  });
  it('not a date of the figure itself', () => {
    const en = 'revenue in January 2025 was';
    expect(dateOfReporting(en, { start: en.indexOf('January'), end: en.indexOf(' was') })).toBe(false);
  });
});

describe('a date fronting a clause of saying dates the saying', () => {
  const at = (s: string, d: string) => ({ start: s.indexOf(d), end: s.indexOf(d) + d.length });
  itIsSilent([['In January 2025 the Microsoft finance chief said AI services had added 13 points to Azure growth.', '13 points']], DATE);

  it('a month before the figure was known is still another period', () => {
    expect(flaggedClaim('In January 2024 the Microsoft finance chief said AI services had added 13 points to Azure growth.', '13 points', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('a short subject, then a verb of saying, in English and Chinese', () => {
    const en = 'In March 2024, the company’s chief executive told investors that';
    expect(dateOfReporting(en, at(en, 'March 2024'))).toBe(true);
    const zh = '2024年3月，该公司首席执行官表示，';
    expect(dateOfReporting(zh, at(zh, '2024年3月'))).toBe(true);
  });

  it('near miss: a clause with a figure, or a break, between the date and the verb', () => {
    const en = 'In March 2024 revenue rose 30%, the company said';
    expect(dateOfReporting(en, at(en, 'March 2024'))).toBe(false);
    const zh = '2024年3月，营收增长30%，公司表示';
    expect(dateOfReporting(zh, at(zh, '2024年3月'))).toBe(false);
  });
});

describe('a date that says when a speaker spoke is when the figure was stated', () => {
  itIsSilent(
    [
      ['In January 2025 the CFO said AI services had added 13 points to Azure growth.', '13 points'],
      ['The number arrived in January 2025, when Microsoft said AI services had added 13 points to Azure growth.', '13 points'],
      ['2025年1月，微软首席财务官表示，AI服务为Azure增长贡献了13个百分点。', '13个百分点'],
    ],
    DATE,
  );

  it('near misses: a speaker a year before the figure was known, or a date of the figure itself', () => {
    expect(flaggedClaim('In January 2024 the CFO said AI services had added 13 points to Azure growth.', '13 points', DATE).verdicts).toEqual(['wrong-period']);
    const en = 'in January 2025 AI services added';
    expect(dateOfReporting(en, { start: en.indexOf('January'), end: en.indexOf(' AI') })).toBe(false);
  });
});

/**
 * A level (here an annualized run-rate, as of the quarter to December 2024, reported 2025-01-29) needs no
 * reporting verb: in the month it was made public, soon after its date, it is the level known then. A
 * month well before it, or a month of a late article only recalling it, is still another period.
 */
describe('a level made public in the month the claim names', () => {
  itIsSilent(
    [
      ["Microsoft's AI business passed an annual revenue run-rate of $13 billion in January 2025.", '$13 billion'],
      ['微软AI业务的年化收入在2025年1月突破130亿美元。', '130亿美元'],
    ],
    DATE,
  );

  it('near miss: a month well before the level is still another period', () => {
    expect(flaggedClaim("Microsoft's AI business passed an annual revenue run-rate of $13 billion in June 2024.", '$13 billion', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('near miss: a level first on record in an article months after its date is no news that month', () => {
    // Cursor's $500M ARR of June 2025 is on record from a November 2025 article only.
    expect(flaggedClaim("Cursor's annualized revenue was $500 million in November 2025.", '$500 million', '2025-12-01').verdicts).toEqual(['wrong-period']);
  });

  it('near miss: a flow (revenue) reported in a month is not that month\'s', () => {
    expect(flaggedClaim("Microsoft's Intelligent Cloud revenue was $26.71 billion in April 2024.", '$26.71 billion', DATE).verdicts).toEqual(['wrong-period']);
  });
});
