/**
 * A figure inside a question is what someone asks, not what the author states: it is never called out
 * of date, of the wrong period or contradicted above information (askedFigure.ts). The answer that
 * follows is a statement and is still checked. Bundled facts: OpenAI valued at $28–29B (April 2023)
 * and $300B (March 2025); Nvidia's fiscal 2024 revenue $60.9B.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';
import { figureAsked } from '../../../../server/src/core/checks/facts/askedFigure';

describe('a figure in a question is asked, not stated', () => {
  it.each([
    '**Q: A reader asks: "Isn\'t OpenAI worth $29 billion?"**',
    'Is OpenAI still valued at $29 billion?',
    '有读者问：OpenAI的估值不是290亿美元吗？',
    'A reader wrote in to ask "is OpenAI really worth $29 billion?" and we looked it up.',
  ])('%s', (text) => {
    expect(draftFindings(text, '2026-03-01')).toEqual([]);
  });

  it('near miss: the same figure stated is still out of date', () => {
    expect(draftFindings('OpenAI is worth $29 billion.', '2026-03-01')).toEqual(['$29 billion fact.stale warning']);
  });

  it('near miss: the answer after a question is a statement and still checked', () => {
    const text = 'Q: Did Nvidia really book $80.9 billion of fiscal 2024 revenue? A: Nvidia reported fiscal 2024 revenue of $80.9 billion.';
    expect(draftFindings(text, '2026-03-01')).toEqual(['$80.9 billion fact.value-mismatch error']);
  });
});

describe('figureAsked', () => {
  it('reads the first mark that ends a sentence after the figure', () => {
    expect(figureAsked('Is it $9.9 billion?', 'Is it $9.9 billion'.length)).toBe(true);
    expect(figureAsked('是99亿美元吗？', 5)).toBe(true);
    expect(figureAsked('It is $9.9 billion. Too much?', 'It is $9.9 billion'.length)).toBe(false);
    expect(figureAsked('估值99亿美元。贵吗？', 6)).toBe(false);
    expect(figureAsked(undefined, 0)).toBe(false);
  });
});
