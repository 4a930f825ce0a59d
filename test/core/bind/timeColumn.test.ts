/**
 * A cell holding only a date dates the other figures of its row only when its column is the row's time
 * column (Date, Month, 日期, 时间…); a column of what comes next ("Next datapoint", 预计下一轮) or of
 * anything else holds a date of its own (bind/timeColumn.ts). With the bundled facts: Anthropic's
 * Series E, $3.5B at $61.5B, announced 2025-03-03.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2025-12-10';
const EN = (header: string, when: string) =>
  `| Company | Round | Valuation | ${header} |\n|---|---|---|---|\n| Anthropic | Series E | $61.5B | ${when} |\n`;
const ZH = (header: string, when: string) => `| 公司 | 轮次 | 估值 | ${header} |\n|---|---|---|---|\n| Anthropic | E轮 | 615亿美元 | ${when} |\n`;

describe('a date cell dates its row only under a time column', () => {
  it('a date under "Next datapoint" or "Expected" does not date the figure', () => {
    expect(flaggedClaim(EN('Next datapoint', 'late January'), '$61.5B', DATE).verdicts).not.toContain('wrong-period');
    expect(flaggedClaim(EN('Expected update', 'Jan'), '$61.5B', DATE).verdicts).not.toContain('wrong-period');
    expect(flaggedClaim(EN('Next datapoint', 'late January'), '$61.5B', DATE).claim?.period).toBeUndefined();
  });

  it('nor in Chinese under 下一 / 预计', () => {
    expect(flaggedClaim(ZH('下一次披露', '1月下旬'), '615亿美元', DATE).verdicts).not.toContain('wrong-period');
    expect(flaggedClaim(ZH('预计下一轮', '1月'), '615亿美元', DATE).verdicts).not.toContain('wrong-period');
  });

  it('a date under a time column still dates the row, and a wrong one is flagged', () => {
    expect(flaggedClaim(EN('Date', 'late January'), '$61.5B', DATE).verdicts).toEqual(['wrong-period']);
    expect(flaggedClaim(EN('Month (2025)', 'Jan'), '$61.5B', DATE).verdicts).toEqual(['wrong-period']);
    expect(flaggedClaim(ZH('日期', '1月下旬'), '615亿美元', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('a round named by its date dates its row', () => {
    expect(flaggedClaim('| Company | Round | Valuation |\n|---|---|---|\n| Anthropic | Jan 2025 | $61.5B |\n', '$61.5B', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('the right month under a time column is silent', () => {
    expect(flaggedClaim(EN('Date', 'early March'), '$61.5B', DATE).verdicts).toEqual([]);
  });
});

describe('a launch column dates its row: launch prices are not stale', () => {
  const price = (header: string, when: string) => `| Model | ${header} | Input | Output |\n|---|---|---|---|\n| GPT-4o | ${when} | $5 | $15 |\n`;
  const zhPrice = (header: string, when: string) => `| 模型 | ${header} | 输入 | 输出 |\n|---|---|---|---|\n| GPT-4o | ${when} | 5美元 | 15美元 |\n`;
  for (const header of ['Launched', 'Launch', 'Released']) {
    it(`under "${header}"`, () => {
      expect(flaggedClaim(price(header, 'May 2024'), '$5', '2025-08-20').verdicts).not.toContain('stale');
      expect(flaggedClaim(price(header, 'May 2024'), '$15', '2025-08-20').verdicts).not.toContain('stale');
    });
  }
  for (const header of ['上市', '推出时间']) {
    it(`under "${header}"`, () => expect(flaggedClaim(zhPrice(header, '2024年5月'), '5美元', '2025-08-20').verdicts).not.toContain('stale'));
  }

  it('a row otherwise undated takes its round column\'s date, even one written as a filing\'s', () => {
    const row = (header: string, cell: string) => `| Company | ${header} | Valuation |\n|---|---|---|\n| Anthropic | ${cell} | $61.5B |\n`;
    expect(flaggedClaim(row('Round (date)', 'March 2025 filing'), '$61.5B', DATE).claim?.period?.value.start).toBe('2025-03-01');
    expect(flaggedClaim(row('Round (date)', 'March 2025 filing'), '$61.5B', DATE).verdicts).toEqual([]);
    // near miss: under a column that is no time column, a filing's month dates no figure.
    expect(flaggedClaim(row('Source', 'March 2025 filing'), '$61.5B', DATE).claim?.period).toBeUndefined();
  });
});

describe('a launch or release column dates the model, not the prices in its row', () => {
  // Bundled fact: Gemini 1.5 Pro's list price $3.50 / $10.50 per million tokens, mid-2024.
  const en = (header: string, when: string) => `| Model | ${header} | Input ($/1M) | Output ($/1M) |\n|---|---|---|---|\n| Gemini 1.5 Pro | ${when} | $3.50 | $10.50 |\n`;
  const zh = (header: string, when: string) => `| 模型 | ${header} | 输入（每百万tokens） | 输出（每百万tokens） |\n|---|---|---|---|\n| Gemini 1.5 Pro | ${when} | 3.5美元 | 10.5美元 |\n`;
  for (const header of ['Launched', 'Released', 'Announced', 'Launch date', 'Release']) {
    it(`a price under a row dated by "${header}" is no wrong period`, () => {
      const found = flaggedClaim(en(header, 'Feb 2024'), '$3.50', '2024-09-05');
      expect(found.verdicts).not.toContain('wrong-period');
      expect(found.claim?.period).toBeUndefined();
      expect(flaggedClaim(en(header, 'Feb 2024'), '$10.50', '2024-09-05').verdicts).not.toContain('wrong-period');
    });
  }
  for (const header of ['发布时间', '上线', '推出日期']) {
    it(`nor under "${header}"`, () => expect(flaggedClaim(zh(header, '2024年2月'), '3.5美元', '2024-09-05').verdicts).not.toContain('wrong-period'));
  }

  it('near miss: a date column still dates the price, and a wrong one is flagged', () => {
    expect(flaggedClaim(en('Date', 'Feb 2024'), '$3.50', '2024-09-05').verdicts).toEqual(['wrong-period']);
    expect(flaggedClaim(en('As of', 'Feb 2024'), '$10.50', '2024-09-05').verdicts).toEqual(['wrong-period']);
    expect(flaggedClaim(zh('日期', '2024年2月'), '3.5美元', '2024-09-05').verdicts).toEqual(['wrong-period']);
  });

  it('near miss: a launch column still dates a figure that is no price (a round under "Announced")', () => {
    expect(flaggedClaim(EN('Announced', 'Jan 2025'), '$61.5B', DATE).verdicts).toEqual(['wrong-period']);
  });
});
