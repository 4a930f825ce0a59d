/**
 * A clause that names a subject of its own and moves it "from X to Y" tells how that subject changed:
 * a measure word another clause of the sentence names for another subject does not reach its figures.
 */
import { describe, expect, it } from 'vitest';
import { bind, claimOf, qAt } from './helpers';

const metricOf = (text: string, needle: string) => {
  const figures = [...text.matchAll(/\$[\d.]+ (?:billion|million)/g)].map((m, i, all) => qAt(text, m[0], 'money', all.slice(0, i).filter((o) => o[0] === m[0]).length));
  const figure = qAt(text, needle, 'money');
  return claimOf(bind(text, figures), figure).metric?.value;
};

describe('a new subject\'s own change from X to Y', () => {
  it('takes no measure word of another subject\'s clause', () => {
    const text = 'Meta put up $2 billion of funding in March, and Cohere went from $4 billion to $6 billion over the year.';
    expect(metricOf(text, '$4 billion')).toBeUndefined();
    expect(metricOf(text, '$6 billion')).toBeUndefined();
  });

  it('still takes its own clause\'s word, and the word of a subject named before', () => {
    expect(metricOf('Meta put up $2 billion of funding in March, and Cohere\'s valuation went from $4 billion to $6 billion.', '$4 billion')).toBe('valuation');
    expect(metricOf('Cohere\'s revenue rose sharply, and Cohere went from $4 billion to $6 billion over the year.', '$4 billion')).toBe('revenue');
  });
});
