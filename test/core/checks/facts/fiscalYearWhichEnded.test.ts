/**
 * "Nvidia's fiscal 2024, which ended in late January, …": a relative clause that says when a named
 * fiscal year ended gives the calendar, not the figure's period; the figure is the fiscal year's, and a
 * wrong figure for that year is still found. With the bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

describe("a fiscal year's closing month in a relative clause dates no figure", () => {
  it.each([
    "Nvidia's fiscal 2024, which ended in late January, produced record revenue of $60.9 billion, up 126%.",
    "Nvidia's fiscal year 2024, which ended in January, brought revenue of $60.9 billion.",
    'In FY2024, which ended on January 28, Nvidia booked revenue of $60.9 billion.',
    "Nvidia's fiscal 2024 (which closed at the end of January) brought revenue of $60.9 billion.",
  ])('English: %s', (sentence) => {
    expect(draftFindings(sentence, '2024-03-15')).toEqual([]);
  });

  it('still finds a wrong figure for the fiscal year', () => {
    const findings = draftFindings("Nvidia's fiscal 2024, which ended in late January, produced revenue of $26.9 billion.", '2024-03-15');
    expect(findings.length).toBeGreaterThan(0);
  });

  it('still dates a figure by a month that no fiscal year names', () => {
    // Read as late January, inside the fiscal year whose figure it is: a wrong period, told as
    // information since the month may be where that span ends (monthInsideSpan.ts).
    const findings = draftFindings('Nvidia said revenue in the quarter that ended in late January was $60.9 billion.', '2024-03-15', ['error', 'warning', 'information']);
    expect(findings).toEqual(['$60.9 billion fact.wrong-period information']);
  });
});
