/**
 * Credits read by the newer cues (bind/attribution.ts: "told Bloomberg", "in an interview with", a
 * publisher in brackets) are judged as any credit is (verdicts/supported.ts): misplaced only when the
 * fact base records who made the figure (`reportedBy`) and it is someone else; the publisher on record
 * raises nothing. Bundled facts: Scale AI's $1.4B ARR expectation (Fortune, May 2024) and HBM's 20.1% of
 * DRAM revenue in 2024 (TrendForce).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

const DATE = '2025-06-01';

describe('a figure credited to the outlet a speaker told, or to a bracketed source', () => {
  it('is misattributed when another publisher is on record as its source', () => {
    expect(flagged('In an interview with Bloomberg in May 2024, Alexandr Wang said Scale AI expected annual recurring revenue of $1.4 billion by the end of 2024.', DATE)).toEqual(['$1.4 billion fact.misattributed']);
    expect(flagged('HBM accounted for 20.1% of DRAM revenue in 2024 (Counterpoint est.).', DATE)).toEqual(['20.1% fact.misattributed']);
  });

  it('near miss: the publisher on record', () => {
    expect(flagged('In May 2024 Alexandr Wang told Fortune that Scale AI expected annual recurring revenue of $1.4 billion by the end of 2024.', DATE)).toEqual([]);
    expect(flagged('HBM accounted for 20.1% of DRAM revenue in 2024 (TrendForce est.).', DATE)).toEqual([]);
  });
});

/** "据X发布的《Y》": the writer gives the report's figures to X. Bundled fact: the AI Index's $109.1B of US private AI investment in 2024. */
describe('a report credited to a publisher that did not make it', () => {
  it('is misattributed', () => {
    expect(flagged('根据高盛发布的《AI指数报告》，美国2024年的私人AI投资约为1091亿美元，居全球首位。', DATE)).toEqual(['1091亿美元 fact.misattributed']);
  });

  it('near miss: the report’s own publisher', () => {
    expect(flagged('根据斯坦福大学人工智能研究所发布的《AI指数报告》，美国2024年的私人AI投资约为1091亿美元，居全球首位。', DATE)).toEqual([]);
  });
});
