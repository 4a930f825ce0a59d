/**
 * A document (or part) titled with a fiscal year is a write-up of that year's results: a flow under a
 * topical sub-heading that names no period ("## Headline", "## 几个要点") is that fiscal year's, as
 * context. Only a fiscal year carries that far, only to flows, and only when the nearer heading names
 * no period. With the bundled data and the real recogniser.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

function periodOf(text: string, figure: string, date = '2025-03-01'): string | undefined {
  const p = analyzedClaim(text, figure, date)?.period;
  return p ? `${p.value.start}..${p.value.end} ${p.how}` : undefined;
}

const FY25 = '2024-02-01..2025-01-31 context';
const FY24 = '2023-02-01..2024-01-31 context';

describe('a fiscal year in an enclosing heading dates the flows of its sections', () => {
  it('a list item under a topical sub-heading', () => {
    expect(periodOf('# Nvidia FY25 cheat sheet\n\n## Headline\n\n- Net income: $72.9 billion\n', '$72.9 billion')).toBe(FY25);
  });

  it('a sentence of prose, the title written "fiscal 2024"', () => {
    const text = "# Nvidia's fiscal 2024, by the numbers\n\n## Margins\n\nNvidia's net income was $29.8 billion, and data center brought in $47.5 billion.\n";
    expect(periodOf(text, '$29.8 billion', '2024-03-05')).toBe(FY24);
    expect(periodOf(text, '$47.5 billion', '2024-03-05')).toBe(FY24);
  });

  it('two levels up, through a sub-heading and a sub-sub-heading that name none', () => {
    const text = '# Microsoft FY2024 review\n\n## Cloud\n\n### Notes\n\nMicrosoft’s revenue was $245.1 billion.\n';
    expect(periodOf(text, '$245.1 billion', '2024-08-01')).toBe('2023-07-01..2024-06-30 context');
  });

  it('in Chinese: 2024财年 in the title, a share of the year’s revenue under 几个要点', () => {
    const text = '# 英伟达2024财年:一张表看懂\n\n## 几个要点\n\n英伟达的净利润为297.6亿美元。\n';
    expect(periodOf(text, '297.6亿美元', '2024-03-01')).toBe(FY24);
  });

  it('in Chinese, for a company whose fiscal year ends in June', () => {
    const text = '# 微软2024财年回顾\n\n## 要点\n\n微软的营收为2451亿美元。\n';
    expect(periodOf(text, '2451亿美元', '2024-08-01')).toBe('2023-07-01..2024-06-30 context');
  });
});

describe('near misses: the title year does not reach', () => {
  it('a calendar year in the title (a loose frame over deals and levels)', () => {
    expect(periodOf('# Private AI marks, 2025\n\n## Labs\n\nOpenAI’s revenue was $3.7 billion.\n', '$3.7 billion', '2025-11-25')).toBeUndefined();
    expect(periodOf('# 2025年AI融资盘点\n\n## 应用公司\n\nOpenAI的营收为37亿美元。\n', '37亿美元', '2025-11-25')).toBeUndefined();
  });

  it('a level: a valuation or market value is as of a moment the title does not give', () => {
    expect(periodOf('# Nvidia FY25 cheat sheet\n\n## Talking points\n\nNvidia’s market value was $2.9 trillion.\n', '$2.9 trillion')).toBeUndefined();
  });

  it('a section whose own heading names a period: that period, not the title’s', () => {
    const text = '# Nvidia FY25 cheat sheet\n\n## Q4 FY25\n\n- Revenue: $39.3 billion\n';
    expect(periodOf(text, '$39.3 billion')).toMatch(/^2024-1\d-\d\d\.\.2025-01-\d\d context$/);
  });

  it('a section headed "now": it speaks of the present, and hides the title’s year', () => {
    expect(periodOf('# Nvidia FY25 cheat sheet\n\n## Where things stand now\n\n- Net income: $72.9 billion\n', '$72.9 billion')).toBeUndefined();
  });

  it('a section about a part of the year the text does not name ("The quarter", 单季)', () => {
    expect(periodOf('# Nvidia FY25 cheat sheet\n\n## The quarter\n\n- Revenue: $39.3 billion\n', '$39.3 billion')).toBeUndefined();
    expect(periodOf('# 英伟达2024财年:一张表看懂\n\n## 单季表现\n\n英伟达的营收为221亿美元。\n', '221亿美元', '2024-03-01')).toBeUndefined();
  });

  it('a title with two fiscal years names neither', () => {
    expect(periodOf('# Nvidia FY24 and FY25 compared\n\n## Profit\n\n- Net income: $72.9 billion\n', '$72.9 billion')).toBeUndefined();
  });

  it('a figure whose paragraph names its own period keeps it', () => {
    const text = '# Nvidia FY25 cheat sheet\n\n## Headline\n\nIn fiscal 2024 net income was $29.8 billion.\n';
    expect(periodOf(text, '$29.8 billion')).toMatch(/^2023-02-01\.\.2024-01-31 explicit/);
  });
});
