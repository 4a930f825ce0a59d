/**
 * A baseline set against a count counts the same thing (bind/baselineUnit.ts): the bare figures after
 * "up from" take the measure the earlier count's own unit names ("300 million weekly users").
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-06-01')?.metric?.value;

describe('a baseline after a count with its measure', () => {
  it('"up from" and the series after it', () => {
    const text = 'ChatGPT now has 700 million weekly users, up from 400 million in February and 500 million at the end of March.';
    expect(metricOf(text, '400 million')).toBe('users.weekly');
    expect(metricOf(text, '500 million')).toBe('users.weekly');
    expect(metricOf('Meta AI reached 900 million monthly users, up from 600 million a year earlier.', '600 million')).toBe('users.monthly');
  });

  it('not a figure with a noun of its own, nor one the clause does not set against the count', () => {
    expect(metricOf('ChatGPT now has 700 million weekly users, up from 400 million in February and 40 countries.', '40')).not.toBe('users.weekly');
    expect(metricOf('ChatGPT now has 700 million weekly users, and OpenAI employs 3,000 people.', '3,000')).not.toBe('users.weekly');
  });
});
