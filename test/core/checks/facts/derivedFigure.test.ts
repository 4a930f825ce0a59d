/**
 * A figure the writer infers from other figures of the text ("implying", 隐含, 意味着) is the writer's
 * computation, checked by arithmetic: a contradiction or a stale verdict on it is information, not a
 * warning (checks/facts/derivedFigure.ts, findings.ts). Bundled facts: OpenAI's valuation of $300 billion
 * announced 2025-03-31 is the latest on record; a draft of November 2025.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-11-20';
const informationToo = ['error', 'warning', 'information'] as const;

describe('an inferred figure is not contradicted as a reported one', () => {
  it.each([
    ['隐含', '微软持有OpenAI约27%的股份，价值约1350亿美元，隐含OpenAI估值约5000亿美元。', '5000亿美元'],
    ['意味着', '微软持有OpenAI约27%的股份，价值约1350亿美元，这意味着OpenAI估值约5000亿美元。', '5000亿美元'],
    ['implying', 'Microsoft holds about 27% of OpenAI, worth about $135 billion, implying an OpenAI valuation of about $500 billion.', '$500 billion'],
    ['which implies', "Microsoft's 27% of OpenAI is worth about $135 billion, which implies that OpenAI is valued at about $500 billion.", '$500 billion'],
    ['a fronted 倒推 clause', '以微软约27%的持股对应约1350亿美元倒推，OpenAI的估值约为5000亿美元。', '5000亿美元'],
    ['a fronted 据此推算 clause', '微软持股约27%，价值约1350亿美元。据此推算，OpenAI估值约5000亿美元。', '5000亿美元'],
  ])('%s', (_cue, text, figure) => {
    expect(draftFindings(text, DATE)).toEqual([]);
    expect(draftFindings(text, DATE, informationToo)).toContain(`${figure} fact.value-mismatch information`);
  });

  it('near misses: the same figure stated, or a cue after the figure, keeps the warning', () => {
    expect(draftFindings('微软持有OpenAI约27%的股份，OpenAI估值约5000亿美元。', DATE)).toEqual(['5000亿美元 fact.value-mismatch warning']);
    expect(draftFindings('Microsoft holds about 27% of OpenAI, and OpenAI is valued at about $500 billion.', DATE)).toEqual(['$500 billion fact.value-mismatch warning']);
    expect(draftFindings('OpenAI was valued at $500 billion in March, implying a rich multiple of revenue.', DATE)).toEqual(['$500 billion fact.value-mismatch warning']);
    // A clause of basis is no inference, and a clause between the inference and the figure ends its reach.
    expect(draftFindings('按投后口径计算，OpenAI估值约5000亿美元。', DATE)).toEqual(['5000亿美元 fact.value-mismatch warning']);
    expect(draftFindings('有人据此倒推，但这并不可靠，OpenAI估值约5000亿美元。', DATE)).toEqual(['5000亿美元 fact.value-mismatch warning']);
  });
});

describe("the writer's own averages, differences, conclusions and paces are not reported figures", () => {
  const DATE_2025 = '2025-04-01';
  it.each([
    ['an average over the year', "Over fiscal 2025 Nvidia's revenue averaged roughly $32.6 billion per quarter.", '$32.6 billion'],
    ['平均每季度', '英伟达2025财年的营收平均每季度约326亿美元。', '326亿美元'],
    ['the difference between the two', "In September 2023 Sequoia sized AI's revenue question at $200B against a $125B hole, and the difference between them, $75B, is what it expected the industry to earn.", '$75B'],
    ['a conclusion with "so"', 'Meta expects 350,000 H100s by the end of 2024 and close to 600,000 H100-equivalents in total, so some 250,000 will come from other chips.', '250,000'],
    ['a pace: "annualizes to"', "Amazon's capex of $26.3 billion in its December 2024 quarter already annualizes to roughly $105 billion.", '$105 billion'],
  ])('%s', (_cue, text, figure) => {
    expect(draftFindings(text, DATE_2025)).toEqual([]);
    expect(draftFindings(text, DATE_2025, informationToo)).toContain(`${figure} fact.value-mismatch information`);
  });

  it('a pace extrapolated from a quarter matching the next year is no wrong period either', () => {
    const text = "Amazon's 2025 plan is large, and its Q4 2024 outlay of $26.3 billion alone annualizes to about $105 billion.";
    expect(draftFindings(text, '2025-02-20')).toEqual([]);
    expect(draftFindings(text, '2025-02-20', informationToo)).toContain('$105 billion fact.wrong-period information');
  });

  it('near misses: the same figures stated as reported ones keep the finding', () => {
    expect(draftFindings("Nvidia's revenue in fiscal 2025 was roughly $32.6 billion.", DATE_2025)).toEqual(['$32.6 billion fact.value-mismatch error']);
    // "The difference between A and B" names what is compared; it points back to no figures of the text.
    expect(draftFindings("Sequoia's AI revenue gap was $75B in September 2023, the difference between the revenue needed and the revenue in sight.", DATE_2025).length).toBe(1);
  });
});
