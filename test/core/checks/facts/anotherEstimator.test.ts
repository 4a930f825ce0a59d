/**
 * An economy-wide estimate is filed under whoever made it. A draft that credits it to another
 * estimator with no figure of that metric on record misplaces the credit; the estimator on record, a
 * value no one on record estimated, or a credited estimator with figures of its own raise nothing.
 * Bundled facts (Acemoglu's ten-year GDP estimate, about 0.9–1.1%).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';
import { draftAnalysis } from '../../../helpers/draftFindings';

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

/**
 * Session 18: the named source bound as the figure's owner. Another estimator's figure still shows the
 * credit misplaced when it is of a more specific metric than the one written (private investment for
 * "investment"), when it is an estimate dated inside the claim's year, when it is a survey's share, and
 * when the named estimator's own figures of the metric are of other times and values. Bundled facts: the
 * AI Index's $33.9B of private generative-AI investment in 2024, McKinsey's June 2023 $2.6–4.4T a year,
 * MIT NANDA's July 2025 95% with no measurable return, McKinsey's 78% (2024) quoted by the AI Index.
 */
describe('a named source credited with another body’s estimate', () => {
  it.each([
    ['a more specific metric on record', 'PitchBook counted some $33.9 billion of private generative-AI investment in 2024.', '$33.9 billion'],
    ['an estimate dated inside the year', "In 2023 Goldman Sachs estimated that generative AI could add $2.6 trillion to $4.4 trillion a year to the economy.", '$2.6 trillion to $4.4 trillion'],
    ['an estimate dated inside the year (zh)', '2023年，高盛估计生成式AI每年可创造2.6万亿至4.4万亿美元的经济价值。', '2.6万亿至4.4万亿美元'],
    ['a more specific metric on record (zh)', '高德纳估算，2024年全球生成式AI私人投资约为339亿美元。', '339亿美元'],
    ['a survey’s share', 'A Gartner survey in July 2025 found 95% of organisations got no measurable return from generative AI.', '95%'],
    ['an estimator on record only for other years', 'A McKinsey study in the summer of 2025 found 95% of organisations got no measurable return from generative AI.', '95%'],
  ])('is misattributed: %s', (_how, text, figure) => {
    expect(flagged(text, '2025-12-01')).toEqual([`${figure} fact.misattributed`]);
  });

  it('names the estimator in the message when the sentence credits no one', () => {
    const f = draftAnalysis('PitchBook counted some $33.9 billion of private generative-AI investment in 2024.', '2025-12-01').findings.find((x) => x.check === 'fact.misattributed');
    expect(f?.message).toContain('not on record from PitchBook');
  });

  it.each([
    ['the estimator on record', 'The AI Index counted some $33.9 billion of private generative-AI investment in 2024.'],
    ['the surveyor on record', 'The MIT NANDA study in July 2025 found 95% of organisations got no measurable return from generative AI.'],
    ['the estimate’s maker, in a year it does not hold', 'In 2023 McKinsey estimated that generative AI could add $2.6 trillion to $4.4 trillion a year to the economy.'],
    ['a surveyor whose figure another report quotes', 'A McKinsey survey found 78% of organisations used AI in 2024.'],
    ['the estimate’s maker (zh)', '2023年，麦肯锡估计生成式AI每年可创造2.6万亿至4.4万亿美元的经济价值。'],
    ['another year than the estimate’s', 'PitchBook counted some $33.9 billion of private generative-AI investment in 2022.'],
  ])('near miss: %s', (_how, text) => {
    expect(flagged(text, '2025-12-01')).toEqual([]);
  });
});
