/**
 * A figure in a hypothetical's condition is a premise the author sets up ("If Nvidia repeats its fiscal
 * 2024 revenue of $X, …", 假如…保持…): never called of the wrong period or out of date above information
 * (hypotheticalPremise.ts). The same figure stated outright is still checked. Bundled facts: Nvidia's
 * fiscal 2023 revenue $26.97B and fiscal 2024 revenue $60.9B; OpenAI valued at $29B (2023), $300B (2025).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';
import { inHypotheticalCondition, inHypotheticalOutcome } from '../../../../server/src/core/checks/facts/hypotheticalPremise';

const DATE = '2025-11-01';

describe('a figure in a hypothetical’s condition is a premise', () => {
  it('English and Chinese conditions', () => {
    expect(draftFindings("If Nvidia merely repeated its fiscal 2024 revenue of $26.97 billion, growth would be zero.", DATE)).toEqual([]);
    expect(draftFindings('假如英伟达2024财年营收只有269.7亿美元，增长就是零。', DATE)).toEqual([]);
    expect(draftFindings('If OpenAI were still valued at $29 billion, the stake would be worth far less.', DATE)).toEqual([]);
  });

  it('the condition ends at its clause break', () => {
    const s = 'If growth stalls, revenue was $5 billion';
    expect(inHypotheticalCondition(s, s.indexOf('$5'))).toBe(false);
    const z = '如果增长停滞，收入为50亿美元';
    expect(inHypotheticalCondition(z, z.indexOf('50'))).toBe(false);
    const c = 'If data center keeps its share of 88%, that implies more';
    expect(inHypotheticalCondition(c, c.indexOf('88'))).toBe(true);
  });

  it('near miss: the same figure stated outright is still of the wrong period', () => {
    expect(draftFindings("Nvidia's fiscal 2024 revenue was $26.97 billion.", DATE)).toEqual(['$26.97 billion fact.wrong-period warning']);
  });
});

describe('what a hypothetical would lead to is the writer’s scenario, not a statement', () => {
  // Bundled facts: AMD's calendar 2024 revenue $25.8B (all segments); its data center segment $12.6B.
  it('English and Chinese outcomes after the condition stay below warning', () => {
    expect(draftFindings('If AMD simply repeated its 2024 growth for one more hypothetical year, data center revenue would reach about $25.8 billion.', DATE)).toEqual([]);
    expect(draftFindings("If AMD's segment kept 2024's pace in an imagined year, its data center revenue could land near $25.8 billion.", DATE)).toEqual([]);
    expect(draftFindings('如果按2024年的增速推算，AMD 2024年数据中心收入将达到258亿美元。', DATE)).toEqual([]);
  });

  it('the outcome needs a conditional verb in its clause', () => {
    const s = 'If we count leases, revenue was $5 billion';
    expect(inHypotheticalOutcome(s, s.indexOf('$5'))).toBe(false);
    const w = 'If the pace held, revenue would reach $5 billion';
    expect(inHypotheticalOutcome(w, w.indexOf('$5'))).toBe(true);
    const z = '如果保持这一增速，收入将达到50亿美元';
    expect(inHypotheticalOutcome(z, z.indexOf('50'))).toBe(true);
  });

  it('near miss: a main clause without a modal still states the figure', () => {
    expect(draftFindings("If you count the whole year, AMD's 2024 data center revenue was $25.8 billion.", DATE)).toEqual(['$25.8 billion fact.wrong-metric warning']);
  });
});

// Nvidia's fiscal 2024 revenue was $60.9B (bundled facts): $609 million is off by a factor of 100.
describe('the answer to a hypothetical question is the scenario’s outcome', () => {
  const info = ['error', 'warning', 'information'] as const;
  it('the sentence right after "if … had …, what …?" or 如果…会…？ stays information', () => {
    const q = 'If a fund had owned all of Nvidia, what would it have booked? Nvidia revenue for fiscal 2024 was $609 million, on paper.';
    expect(draftFindings(q, DATE, info)).toEqual(['$609 million fact.wrong-scale information']);
    expect(draftFindings('如果一只基金拥有整个英伟达，会入账多少？英伟达2024财年营收6.09亿美元，纸面上。', DATE, info)).toEqual(['6.09亿美元 fact.wrong-scale information']);
  });

  it('near misses: a question asking for a fact ("had to", no modal), or a sentence further on', () => {
    const fact = 'Nvidia revenue for fiscal 2024 was $609 million.';
    expect(draftFindings(`If you had to name one number, what is the figure? ${fact}`, DATE)).toEqual(['$609 million fact.wrong-scale warning']);
    expect(draftFindings(`If Nvidia beat, what was the figure? ${fact}`, DATE)).toEqual(['$609 million fact.wrong-scale warning']);
    expect(draftFindings(`If a fund had owned all of Nvidia, what would it have booked? Nobody knows. ${fact}`, DATE)).toEqual(['$609 million fact.wrong-scale warning']);
  });
});
