/**
 * A month or quarter written without a year that has not begun by the document's date is the last
 * one ("in November" in a February article): the claim is dated, but the year is inferred, so a
 * finding is a warning at most. A figure said to be a year earlier, or a rate per quarter or year,
 * does not take the month or quarter named beside it. English and Chinese, with the bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const flagged = (text: string, date: string) => draftFindings(text, date);

describe('a year-less month or quarter still to come this year is last year\'s', () => {
  it('contradicts a figure of last November, as a warning only (English)', () => {
    expect(flagged('ChatGPT reported 180 million weekly users at DevDay in November.', '2024-02-20')).toEqual([
      '180 million weekly users fact.value-mismatch warning',
    ]);
  });

  it('supports the right figure of last November', () => {
    expect(flagged('ChatGPT reported 100 million weekly users at DevDay in November.', '2024-02-20')).toEqual([]);
  });

  it('calls a full-year figure stated for last year\'s third quarter a wrong period (English)', () => {
    expect(flagged('Meta received 150,000 H100s in the third quarter alone.', '2024-01-25')).toEqual(['150,000 H100s fact.wrong-period warning']);
  });

  it('and in Chinese', () => {
    expect(flagged('Meta仅在第三季度就拿到了15万块H100。', '2024-01-25')).toEqual(['15万块H100 fact.wrong-period warning']);
  });

  it('but not when the sentence speaks of what is to come', () => {
    expect(flagged('Meta will receive 150,000 H100s in the third quarter.', '2024-01-25')).toEqual([]);
  });
});

describe('figures that do not take the period named beside them', () => {
  it('a figure "a year earlier" is not the quarter\'s', () => {
    expect(flagged("AMD's fourth-quarter data center revenue was up 69% on $2.28 billion a year earlier.", '2025-02-10')).toEqual([]);
  });

  it('a rate per quarter is not the figure of the month named beside it (English)', () => {
    expect(flagged("OpenAI's December run-rate of $1.6 billion implies about $400 million a quarter.", '2024-03-10')).toEqual([]);
  });

  it('nor in Chinese', () => {
    expect(flagged('OpenAI 12月的年化收入为16亿美元,相当于每季度约4亿美元。', '2024-03-10')).toEqual([]);
  });
});

describe('a year-less month is not guessed against the paragraph', () => {
  it('when an earlier sentence of the paragraph named another year (English)', () => {
    // The paragraph tells 2023's story: its December is not the last one before this 2025 draft.
    expect(flagged("OpenAI grew fast in 2023. In December, OpenAI's annualized revenue reached $1.6 billion.", '2025-03-01')).toEqual([]);
  });

  it('and in Chinese', () => {
    expect(flagged('2023年,OpenAI的收入快速增长。12月,OpenAI的年化收入达到16亿美元。', '2025-03-01')).toEqual([]);
  });

  it('but when it named the same year', () => {
    expect(flagged('OpenAI held DevDay in 2023. In November, ChatGPT reported 180 million weekly users.', '2024-02-20')).toEqual([
      '180 million weekly users fact.value-mismatch warning',
    ]);
  });
});
