/**
 * A run-in lead-in ("**What X's 2023 fleet cost.** 150,000 …") is a sentence of its own even when the next
 * one opens with a digit (text/sentences.ts): its measure word is no word of the figure's own sentence,
 * so it cannot make the figure a wrong metric. Bundled fact: Omdia's estimate of 150,000 H100s acquired by
 * Microsoft in 2023.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-02-10';

describe('a measure named only by a lead-in ending in a full stop', () => {
  it.each([
    // The lead-in's "fleet" is no word of the figure's sentence: no verdict of another metric.
    ["**How much Microsoft's 2023 fleet was worth.** 150,000 H100s at $25,000 each come to $3.75 billion.", []],
    // Near miss: the same measure in the figure's own sentence is still read as its metric.
    ["Microsoft's 2023 fleet was 150,000 H100s, worth $3.75 billion at $25,000 each.", ['150,000 H100s fact.wrong-metric warning']],
  ])('%s', (text, expected) => {
    expect(draftFindings(text, DATE)).toEqual(expected);
  });
});
