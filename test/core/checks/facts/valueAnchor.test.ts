/**
 * A figure with no metric word takes its measure from the one fact its written value singles out
 * (valueAnchor.ts): then only the verdicts a match gives may follow (another period, another
 * publisher), as a warning at most. Round figures, two facts or two companies that fit, a comparison in
 * the sentence or the column's header, and a span that holds the fact's period anchor nothing.
 * Bundled facts: Microsoft's 2024 capex (~$56B, Yahoo Finance), ChatGPT's weekly users (250 million in
 * October 2024), Microsoft's ~$650M Inflection deal (Bloomberg), OpenAI's projected burn ($17B in 2026).
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

  it('dates it by that fact: another month (Chinese)', () => {
    expect(draftFindings('ChatGPT在2024年12月达到2.5亿。', '2025-03-01')).toEqual(['2.5亿 fact.wrong-period warning']);
    expect(draftFindings('微软2023年投入约560亿美元。', '2025-02-01')).toEqual(['560亿美元 fact.wrong-period warning']);
  });

  it('checks the credit the sentence gives it (English and Chinese)', () => {
    expect(draftFindings('The Wall Street Journal put the cheque Microsoft is writing at about $650 million.', '2024-03-25')).toEqual(['$650 million fact.misattributed warning']);
    expect(draftFindings('据《华尔街日报》报道，微软为此开出约6.5亿美元。', '2024-03-25')).toEqual(['6.5亿美元 fact.misattributed warning']);
  });
});

describe('near misses: nothing is anchored or flagged', () => {
  it('the figure of the fact, for its own period and publisher', () => {
    expect(verdictOf('Microsoft put about $56 billion to work in 2024.', '$56 billion', '2025-02-01')).toBe('supported');
    expect(draftFindings('ChatGPT在2024年10月达到2.5亿。', '2025-03-01')).toEqual([]);
    expect(draftFindings('Bloomberg put the cheque Microsoft is writing at about $650 million.', '2024-03-25')).toEqual([]);
  });

  it('a round figure coincides with too many facts to name one', () => {
    // Nvidia's first $10 billion for OpenAI is on record for September 2025; "$10 billion" names nothing.
    expect(draftFindings('In August 2025 Nvidia agreed to put $10 billion into OpenAI at signing.', '2025-11-01')).toEqual([]);
  });

  it('the same figure on record for another company named in the sentence', () => {
    // Omdia's 2023 estimate gives Microsoft and Meta 150,000 H100s each: whose is the figure?
    expect(verdictOf('In 2022 Microsoft and Meta took about 150,000 H100s each.', '150,000 H100s', '2024-08-01')).toBe('unverifiable');
  });

  it('a figure the sentence compares with another moment (English and Chinese)', () => {
    expect(draftFindings('Microsoft now puts $80 billion a year to work, up from $56 billion in 2023.', '2025-02-01')).toEqual([]);
    expect(draftFindings('ChatGPT在2024年12月达到2.5亿，比10月多。', '2025-03-01')).toEqual([]);
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
