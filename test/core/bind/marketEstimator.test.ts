/**
 * A market-wide figure credited to a body that files nothing of its metric ("According to PitchBook,
 * private investment in generative AI reached $33.9 billion") is that body's figure when every figure of
 * the metric on record is one estimator's (bind/estimator.ts `marketEstimator`); the judge then tells
 * the credit is misplaced (anotherEstimator.ts). Bundled facts: the AI Index, private investment in
 * generative AI in 2024 $33.9B (its only filer of investment.private); Gartner and PitchBook file none.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2025-06-01';
const ownerOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.entity?.value;

describe('a market-wide figure credited to a body that files nothing of it', () => {
  it('en: "According to PitchBook, …" binds PitchBook and the credit is flagged as misplaced', () => {
    const en = 'According to PitchBook, private investment in generative AI reached $33.9 billion in 2024.';
    expect(ownerOf(en, '$33.9 billion')).toBe('pitchbook');
    expect(flaggedClaim(en, '$33.9 billion', DATE).verdicts).toEqual(['misattributed']);
  });

  it('zh: 据高德纳 … binds Gartner and the credit is flagged as misplaced', () => {
    const zh = '据高德纳，2024年全球生成式AI私人投资达339亿美元。';
    expect(ownerOf(zh, '339亿美元')).toBe('gartner');
    expect(flaggedClaim(zh, '339亿美元', DATE).verdicts).toEqual(['misattributed']);
  });

  it('the body on record, credited the same way, is no misplaced credit', () => {
    expect(flaggedClaim('According to the Stanford AI Index, private investment in generative AI reached $33.9 billion in 2024.', '$33.9 billion', DATE).verdicts).toEqual([]);
  });

  it('near miss: a metric companies report (revenue) takes no owner from the credit', () => {
    expect(ownerOf('According to PitchBook, revenue reached $3.7 billion in 2024.', '$3.7 billion')).toBeUndefined();
  });
});
