/**
 * A slip of scale or of currency is told by the figure's own digits, a misattribution by the figure being
 * on record from another publisher: a low confidence in the fact's value does not weaken that evidence,
 * so these earn a warning (never an error) on low-confidence facts (findings.ts `matchIsTheEvidence`).
 * From-memory facts only inform; other verdicts on low facts (out of date, contradicted) stay notes; and a
 * slip inside quotation marks is the quoted wording's. Bundled low-confidence facts: Midjourney's 2023
 * revenue (~$200M), Baidu AI Cloud's Q1 2024 revenue (¥4.7B), Cerebras's H1 2024 revenue ($136M).
 * From memory: Meta's 2023 capital expenditure (~$28.1B).
 */
import { describe, expect, it } from 'vitest';
import { draftAnalysis } from '../../../helpers/draftFindings';

const DATE = '2024-10-01';
/** "check severity" of every finding on `figure`. */
function on(text: string, figure: string, date = DATE): string[] {
  return draftAnalysis(text, date)
    .findings.filter((f) => f.text === figure)
    .map((f) => `${f.check} ${f.severity}`);
}

describe('a slip the digits tell earns a warning on a low-confidence fact', () => {
  it('scale, in English and Chinese', () => {
    expect(on("Midjourney's revenue in 2023 came to about $2 billion.", '$2 billion')).toEqual(['fact.wrong-scale warning']);
    expect(on('Cerebras booked $1.36 billion of revenue in the first half of 2024.', '$1.36 billion')).toEqual(['fact.wrong-scale warning']);
    expect(on('Midjourney 2023年的收入约为20亿美元。', '20亿美元')).toEqual(['fact.wrong-scale warning']);
  });

  it('currency, in English and Chinese', () => {
    expect(on("Baidu AI Cloud's revenue was $4.7 billion in the first quarter of 2024.", '$4.7 billion')).toEqual(['fact.wrong-currency warning']);
    expect(on('百度智能云2024年第一季度收入为47亿美元。', '47亿美元')).toEqual(['fact.wrong-currency warning']);
  });

  it('a credit to a publisher the figure is not on record from, also when quoted', () => {
    expect(on('Bloomberg reported that Midjourney made about $200 million of revenue in 2023.', '$200 million')).toEqual(['fact.misattributed warning']);
    expect(on('据彭博社报道，Midjourney 2023年收入约2亿美元。', '2亿美元')).toEqual(['fact.misattributed warning']);
    expect(on('Bloomberg put Midjourney at "about $200 million of revenue in 2023".', '$200 million')).toEqual(['fact.misattributed warning']);
  });

  it('at the check’s own severity, so with no note of what it lacks', () => {
    const f = draftAnalysis("Midjourney's revenue in 2023 came to about $2 billion.", DATE).findings.find((x) => x.text === '$2 billion');
    expect(f?.severity).toBe('warning');
    expect(f?.heldBack).toBeUndefined();
  });
});

describe('near misses stay information', () => {
  it('a from-memory fact only informs', () => {
    expect(on('Meta 2023年的资本开支约为281亿元。', '281亿元', '2024-06-01')).toEqual(['fact.wrong-currency information']);
  });

  it('a slip inside quotation marks is the quoted wording’s', () => {
    expect(on('A forum post had Baidu AI Cloud at "$4.7 billion of revenue in the first quarter of 2024".', '$4.7 billion')).toEqual(['fact.wrong-currency information']);
    expect(on('有帖子写道：“百度智能云2024年第一季度收入47亿美元。”', '47亿美元')).toEqual(['fact.wrong-currency information']);
  });

  it('a figure of the right scale and currency is not a slip', () => {
    expect(on("Midjourney's revenue in 2023 came to about $200 million.", '$200 million')).toEqual([]);
    expect(on('百度智能云2024年第一季度收入为47亿元。', '47亿元')).toEqual([]);
  });
});
