/**
 * An economy-wide estimate is filed under whoever made it. A draft that credits it to another
 * estimator with no figure of that metric on record misplaces the credit; the estimator on record, a
 * value no one on record estimated, or a credited estimator with figures of its own raise nothing.
 * Bundled facts (Acemoglu's ten-year GDP estimate, about 0.9–1.1%).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

describe("another estimator's figure credited to a bank or a consultancy", () => {
  it('is misattributed (Chinese)', () => {
    expect(flagged('在悲观者看来,高盛认为人工智能在十年内只能让GDP增加0.9%。', '2025-01-15')).toEqual(['0.9% fact.misattributed']);
  });

  it('and in English', () => {
    expect(flagged("Goldman Sachs's estimate is that AI adds just 0.9% to GDP within ten years.", '2025-01-15')).toEqual(['0.9% fact.misattributed']);
  });

  it('near miss: the estimator on record', () => {
    expect(flagged('Acemoglu expects AI to add only about 0.9% to GDP over ten years.', '2025-01-15')).toEqual([]);
  });

  it('near miss: a value nobody on record estimated', () => {
    expect(flagged('高盛认为人工智能在十年内将让GDP增加7%。', '2025-01-15')).toEqual([]);
  });

  it('near miss: written before the estimate was reported', () => {
    expect(flagged("Goldman Sachs's estimate is that AI adds just 0.9% to GDP within ten years.", '2024-01-15')).toEqual([]);
  });
});

/**
 * With no credit in the sentence, an estimator that is the subject of the number's own clause is the
 * figure's claimed author ("Sequoia counted…", "红杉资本提出…"): another estimator's estimate of the same
 * value, and no figure of its own, is a misplaced credit. Bundled facts: Goldman Sachs's ~$1 trillion of
 * AI capex and Sequoia's $600 billion of required revenue, both June 2024.
 */
describe('an estimator named as the subject of another estimator’s figure', () => {
  it.each([
    ['counted (en)', 'In June 2024 Sequoia counted roughly $1 trillion of planned AI capex.', '$1 trillion'],
    ['tallied (en)', 'Sequoia tallied about $1 trillion of AI capex coming over the next few years in June 2024.', '$1 trillion'],
    ['framed (en)', 'In June 2024 Goldman Sachs framed the gap as $600 billion of revenue needed each year.', '$600 billion'],
    ['提出 (zh)', '2024年6月，红杉资本提出未来几年AI资本开支约1万亿美元。', '1万亿美元'],
    ['提出, required revenue (zh)', '2024年6月，高盛提出AI每年需要6000亿美元的所需收入。', '6000亿美元'],
  ])('is misattributed: %s', (_how, text, figure) => {
    expect(flagged(text, '2024-09-01')).toEqual([`${figure} fact.misattributed`]);
  });

  it('near miss: the estimator on record', () => {
    expect(flagged('Goldman Sachs counted about $1 trillion of AI capex coming over the next few years, in a June 2024 note.', '2024-09-01')).toEqual([]);
  });

  it('near miss: a value nobody on record estimated', () => {
    expect(flagged('Sequoia counted roughly $2 trillion of planned AI capex in June 2024.', '2024-09-01')).toEqual([]);
  });

  it('near miss: a sentence that credits a publisher says who reported it, so the subject rule stays out', () => {
    expect(flagged('In June 2024 Sequoia counted roughly $1 trillion of AI capex, Bloomberg reported.', '2024-09-01')).toEqual([]);
  });

  it('near miss: named outside the number’s clause, the estimator is not sure to be its author', () => {
    expect(flagged('Sequoia, in a June 2024 note, pegged coming AI capex at $1 trillion.', '2024-09-01')).toEqual([]);
  });
});

/**
 * A survey's figure the fact base files under the report that quotes it, recording the surveyor as who
 * made it (reportedBy): crediting the surveyor is right. Bundled fact: the AI Index's 78% of organisations
 * using AI in 2024, from McKinsey's survey.
 */
describe('a survey figure credited to the surveyor the quoting report names', () => {
  it('is no misplaced credit', () => {
    expect(flagged('In the McKinsey survey, 78% of organisations reported using AI in 2024.', '2025-06-01')).toEqual([]);
  });
});
