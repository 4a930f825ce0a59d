/**
 * "The same quarter a year earlier" points at the quarter the paragraph is about, not at the quarter of a
 * figure it was compared with (changeBase.ts datesComparedFigure, periods.ts, namedAnchor.ts). Bundled
 * facts: Nvidia's revenue $39.3B in the quarter to January 2025, $35.1B in the October quarter, $22.1B in
 * the January quarter of 2024.
 */
import { describe, expect, it } from 'vitest';
import { periodSpanOf } from './helpers';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2025-03-01';
const spanOf = (text: string, figure: string) => periodSpanOf(text, figure, DATE);
const JAN_2024 = '2023-11-01..2024-01-31';

describe('"the same quarter a year earlier" after a comparison', () => {
  it('en: across sentences, the compared quarter is no anchor', () => {
    const text = "Nvidia reported revenue of $39.3 billion for the quarter to January 2025, against $35.1 billion in the October quarter. In the same quarter a year earlier Nvidia's revenue was $22.1 billion.";
    expect(spanOf(text, '$22.1 billion')).toBe(JAN_2024);
    expect(flaggedClaim(text, '$22.1 billion', DATE).verdicts).toEqual([]);
  });

  it('en: in one sentence', () => {
    const text = "Nvidia posted revenue of $39.3 billion in the January quarter, up from $35.1 billion in the October quarter and from $22.1 billion in the same quarter a year earlier.";
    expect(spanOf(text, '$22.1 billion')).toBe(JAN_2024);
  });

  it("wrong variant: another quarter's figure said of the year-earlier quarter is flagged", () => {
    const text = "Nvidia reported revenue of $39.3 billion for the quarter to January 2025, against $35.1 billion in the October quarter. In the same quarter a year earlier Nvidia's revenue was $26.0 billion.";
    expect(flaggedClaim(text, '$26.0 billion', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('near miss: a quarter that is the topic itself still anchors', () => {
    const text = "Nvidia reported revenue of $35.1 billion in the October quarter. In the same quarter a year earlier Nvidia's revenue was $18.1 billion.";
    expect(spanOf(text, '$18.1 billion')).toBe('2023-08-01..2023-10-31');
  });
});
