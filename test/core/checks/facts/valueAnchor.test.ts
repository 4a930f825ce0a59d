/**
 * A figure with no metric word, or no subject, takes what it lacks from the one fact its written value
 * singles out (valueAnchor.ts): then only the verdicts a match gives may follow (another period, another
 * publisher), as a warning at most. Round figures, two facts or two companies that fit, a comparison in
 * the sentence or the column's header, and a span that holds the fact's period anchor nothing.
 * Bundled facts: Microsoft's 2024 capex (~$56B, Yahoo Finance), ChatGPT's weekly users (250 million in
 * October 2024), Microsoft's ~$650M Inflection deal (Bloomberg), OpenAI's projected burn ($17B in 2026),
 * the IEA's data-centre electricity (945 TWh in 2030), HBM's share of DRAM revenue (2.6% in 2022, TrendForce).
 */
import { describe, expect, it } from 'vitest';
import { draftAnalysis, draftFindings } from '../../../helpers/draftFindings';

const verdictOf = (text: string, span: string, date: string) => draftAnalysis(text, date).claims.find((c) => c.quantity.text === span)?.verdict;

describe('a precise figure with no metric word is the measure of the one fact it equals', () => {
  it('dates it by that fact: another year (English)', () => {
    expect(draftFindings('Microsoft put about $56 billion to work in 2023.', '2025-02-01')).toEqual(['$56 billion fact.wrong-period warning']);
  });

  it('dates it by that fact: the year before (English, a projection)', () => {
    expect(draftFindings('OpenAI expects to need $115 billion through 2029, including $17 billion in 2027.', '2025-11-12')).toContain('$17 billion fact.wrong-period warning');
  });

  it('dates it by that fact: another year (Chinese)', () => {
    expect(draftFindings('微软2023年投入约560亿美元。', '2025-02-01')).toEqual(['560亿美元 fact.wrong-period warning']);
  });
});

describe('a precise figure with no subject belongs to the one entity around it that holds it', () => {
  it('the entity named in its sentence: another year (English and Chinese)', () => {
    expect(draftFindings("The IEA's report puts data-centre electricity use at about 415 TWh in 2024, and its base case has that reaching roughly 945 TWh by 2035.", '2025-06-01')).toEqual(['945 fact.wrong-period warning']);
    expect(draftFindings('国际能源署的报告称，2024年数据中心用电约415太瓦时，到2035年将达到945太瓦时。', '2025-06-01')).toEqual(['945太瓦时 fact.wrong-period warning']);
  });

  it('the entity named earlier in its paragraph: the credit is checked (English and Chinese)', () => {
    expect(draftFindings("HBM keeps gaining on the rest of DRAM. Gartner's figure for 2022, 2.6%, completes the series.", '2024-08-01')).toEqual(['2.6% fact.misattributed warning']);
    expect(draftFindings('HBM继续挤占DRAM的份额。据高德纳统计，2022年这一数字为2.6%。', '2024-08-01')).toEqual(['2.6% fact.misattributed warning']);
  });
});

describe('near misses: nothing is anchored or flagged', () => {
  it('the figure of the fact, for its own period and publisher', () => {
    expect(verdictOf('Microsoft put about $56 billion to work in 2024.', '$56 billion', '2025-02-01')).toBe('supported');
  });

  it('the figure of the fact, for its own period and publisher, with no subject bound (English and Chinese)', () => {
    expect(draftFindings("The IEA's report puts data-centre electricity use at about 415 TWh in 2024, and its base case has that reaching roughly 945 TWh by 2030.", '2025-06-01')).toEqual([]);
    expect(draftFindings('国际能源署的报告称，2024年数据中心用电约415太瓦时，到2030年将达到945太瓦时。', '2025-06-01')).toEqual([]);
    expect(draftFindings('HBM继续挤占DRAM的份额。据集邦咨询统计，2022年这一数字为2.6%。', '2024-08-01')).toEqual([]);
  });

  it('a round figure coincides with too many facts to name one', () => {
    // Nvidia's first $10 billion for OpenAI is on record for September 2025; "$10 billion" names nothing.
    // (Worded without "put … into", which names an investment since bind/intoRecipient.ts.)
    expect(draftFindings('In August 2025 Nvidia said $10 billion would reach OpenAI at signing.', '2025-11-01')).toEqual([]);
  });

  it('nor does a figure of two digits ending in a half, which may be rounded to it (English and Chinese)', () => {
    // 250 million is ChatGPT's weekly users of October 2024, ~$650M Microsoft's Inflection deal (Bloomberg).
    expect(draftFindings('ChatGPT在2024年12月达到2.5亿。', '2025-03-01')).toEqual([]);
    expect(draftFindings('The Wall Street Journal put the cheque Microsoft is writing at about $650 million.', '2024-03-25')).toEqual([]);
  });

  it('two entities of the paragraph with a figure of that value (English)', () => {
    // $3.4 billion is Tencent's 2023 capex and OpenAI's annualized revenue of mid-2024.
    expect(draftFindings('Tencent and OpenAI both made news. In 2022 the figure was $3.4 billion.', '2024-12-01')).toEqual([]);
  });

  it('the same figure on record for another company named in the sentence (English)', () => {
    // Alone, Tencent's $3.4 billion is its 2023 capex; OpenAI, named beside it, holds the figure too.
    expect(draftFindings('In 2022 Tencent put $3.4 billion to work.', '2024-12-01')).toEqual(['$3.4 billion fact.wrong-period warning']);
    expect(draftFindings('In 2022 Tencent put $3.4 billion to work, as much as OpenAI.', '2024-12-01')).toEqual([]);
  });

  it('a figure the sentence compares with another moment (English and Chinese)', () => {
    expect(draftFindings('Microsoft now puts $80 billion a year to work, up from $56 billion in 2023.', '2025-02-01')).toEqual([]);
    expect(draftFindings('微软2024年投入约800亿美元，比2023年的约560亿美元多。', '2025-02-01')).toEqual([]);
  });

  it('a figure its column header dates with a word the period binder does not read (Chinese)', () => {
    // 71.9亿美元 is the quarter a year before, as the header says; only the row's quarter is read as a period.
    const table = (header: string) => `# 英伟达逐季对比\n\n| 季度 | 营收 | ${header} |\n|---|---|---|\n| 第一财季（截至2024年4月） | 260亿美元 | 71.9亿美元 |`;
    expect(draftFindings(table('去年同期'), '2025-03-03')).toEqual([]);
    expect(draftFindings(table('Year earlier'), '2025-03-03')).toEqual([]);
  });

  it('a span that holds the fact\'s period may be telling a part of it (Chinese)', () => {
    // 71.9亿美元 is Nvidia's revenue for the quarter to April 2023, a quarter of calendar 2023.
    expect(draftFindings('2023年，英伟达拿下约71.9亿美元。', '2025-03-03')).toEqual([]);
  });
});
