/**
 * A newsroom named as the subject of its reporting verb is the figure's credit, not its owner, also with
 * an adverb of time before the verb ("the FT later reported that…"), with its piece between name and
 * verb ("the same Reuters story said…") or with "gave"/"pegged" ("a WSJ report gave the lab revenue of…"):
 * the company after the verb owns the figure (bind/attribution.ts). A study or survey is its maker's own
 * measurement and stays out of it (bind/estimator.ts). Sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const DATE = '2025-06-01';
const read = (text: string, figure: string) => {
  const c = analyzedClaim(text, figure, DATE);
  return { entity: c?.entity?.value, credit: c?.attribution?.value };
};

describe('a newsroom that reports a figure about someone else', () => {
  it.each([
    ['an adverb of time before the verb', 'The Financial Times later reported that Anthropic burned about $3 billion in 2024.', '$3 billion', 'anthropic', 'Financial Times'],
    ['"since"', 'Reuters since reported that Mistral raised about $640 million in June 2024.', '$640 million', 'mistral-ai', 'Reuters'],
    ['its piece between name and verb', 'The same Bloomberg story said OpenAI lost about $5 billion in 2024.', '$5 billion', 'openai', 'Bloomberg'],
    ['"gave" with the company after it', 'A WSJ report gave Anthropic revenue of $1 billion last year.', '$1 billion', 'anthropic', 'WSJ'],
    ['"pegged"', "Bloomberg pegged xAI's valuation at $50 billion in December 2024.", '$50 billion', 'xai', 'Bloomberg'],
  ])('%s', (_why, text, figure, entity, credit) => {
    expect(read(text, figure)).toEqual({ entity, credit });
  });

  it('near miss: a study found a figure: its maker, not a credit', () => {
    expect(read('A McKinsey study found 72% of organisations used AI in 2024.', '72%').credit).toBeUndefined();
  });

  it('near miss: an investor that gave money is no credit', () => {
    expect(read('Sequoia gave Anthropic $50 million in 2023.', '$50 million').credit).toBeUndefined();
  });

  it('near miss: a company that gave money is no newsroom', () => {
    expect(read('Microsoft gave OpenAI $10 billion in January 2023.', '$10 billion').credit).toBeUndefined();
  });
});
