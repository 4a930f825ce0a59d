/**
 * A contradiction held back because its binding is not all in the figure's clause is a warning when
 * its sentence dates the figure before it, names the metric in words other than the figure's unit, and
 * the figure misses the fact by less than 40% (datedNearMiss.ts). Bundled facts: OpenAI's October 2024
 * round at a $157 billion post-money valuation, Nvidia's fiscal-2024 revenue of $60.9 billion, Azure's
 * AI contribution of 13 points in October–December 2024.
 */
import { describe, expect, it } from 'vitest';
import { draftAnalysis } from '../../../helpers/draftFindings';

function findingOn(text: string, figure: string, date: string) {
  return draftAnalysis(text, date).findings.find((f) => f.text === figure);
}

const NOT_IN_CLAUSE = 'not written in the figure’s own clause';

describe('a contradiction whose binding is not all in its clause', () => {
  it.each([
    // Dated before the figure, the metric named, within a slip: a warning.
    ['In October 2024 OpenAI raised $6.6 billion from Thrive and others, at a valuation of $175 billion.', '$175 billion', 'warning'],
    ['OpenAI in October 2024: $6.6 billion raised, $175 billion post-money.', '$175 billion', 'warning'],
    ['In October 2024 OpenAI raised $6.6 billion from Thrive and others, at a valuation of $250 billion.', '$250 billion', 'warning'],
    ['In fiscal 2024, when Nvidia also booked $47.5 billion from its data centers, revenue came to $63.9 billion.', '$63.9 billion', 'warning'],
    ['2024年10月，OpenAI融资66亿美元，投后估值1750亿美元。', '1750亿美元', 'warning'],
    // Off by more than a slip (the larger over 1.67 times the smaller): another figure of the sentence as likely.
    ['2024年10月，OpenAI融资66亿美元，投后估值2750亿美元。', '2750亿美元', 'information'],
    // The date comes after the figure: it may be another statement's.
    ['OpenAI raised $6.6 billion from Thrive at a valuation of $175 billion, in a round it closed in October 2024.', '$175 billion', 'information'],
    // The metric is only the figure's unit: which figure of points (the contribution, the rest) is not said.
    ['In the October–December 2024 quarter Azure grew 31%, of which 15 points came from AI services.', '15 points', 'information'],
    ['2024年10-12月，Azure增长31%，其中AI服务贡献15个百分点。', '15个百分点', 'information'],
  ])('%s', (text, figure, severity) => {
    const f = findingOn(text, figure, '2025-03-01');
    expect(f?.check).toBe('fact.value-mismatch');
    expect(f?.severity).toBe(severity);
    expect(f?.heldBack).toContain(NOT_IN_CLAUSE);
  });

  it('a contradiction with its binding in the clause is unchanged', () => {
    const f = findingOn('Announced in October 2024: Thrive led the round and OpenAI was valued at $175 billion.', '$175 billion', '2025-03-01');
    expect(f?.severity).toBe('error');
    expect(f?.heldBack).toBeUndefined();
  });
});
