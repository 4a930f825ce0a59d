/**
 * A unit's revenue is read from its parent's segment facts only when the base files no revenue of the
 * unit itself (checks/facts/factLookup.ts, factsAbout). Azure has its own revenue on record (FY2025,
 * over $75B), so its ~$400M of AI revenue in Jul–Sep 2023 (revenue.ai, product azure) is a part of its
 * revenue, not a value of it, and cannot contradict an Azure revenue figure. A unit with no revenue of
 * its own on record (H20, AWS) is still judged by its segment facts.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from '../../bind/flaggedClaim';

const DATE = '2024-03-01';

describe("a sub-metric's fact does not contradict the unit's revenue", () => {
  itIsSilent(
    [
      // Not $24.3B: that is the Intelligent Cloud segment's figure for the quarter (below).
      ['Azure revenue was $23.9 billion in the September 2023 quarter.', '$23.9 billion'],
      ['2023年7-9月，Azure营收为239亿美元。', '239亿美元'],
      ['# Azure\nIntelligent Cloud had revenue of $24.3 billion in the September 2023 quarter.', '$24.3 billion'],
    ],
    DATE,
  );
});

describe('near misses: the facts that are the figure still judge it', () => {
  it("Azure's AI revenue itself is still checked against the AI figure", () => {
    const { claim } = flaggedClaim("Azure's AI revenue was about $400 million in the September 2023 quarter.", '$400 million', DATE);
    expect(claim?.verdict).toBe('supported');
  });

  it("an Azure figure that is its segment's figure is the segment's (verdicts/parentFigure.ts), never contradicted by the AI figure", () => {
    const { verdicts } = flaggedClaim('Azure revenue was $24.3 billion in the September 2023 quarter.', '$24.3 billion', DATE);
    expect(verdicts).toEqual(['wrong-metric']);
  });

  it("Azure's own revenue on record still contradicts a wrong figure", () => {
    const { verdicts } = flaggedClaim('Azure revenue was $65 billion in fiscal 2025.', '$65 billion', '2025-09-01');
    expect(verdicts).toEqual(['contradicted']);
  });
});
