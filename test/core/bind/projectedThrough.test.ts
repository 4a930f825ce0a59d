/**
 * A flow forecast now "through" a year ("expects to burn $90 billion through 2030", 预计到2030年累计投入)
 * counts from the document's year to the end of that year; an old plan, a count with no forecast
 * verb, or a sentence dated before the document's year stays undated (throughYear.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim, bind, claimOf, qAt } from './helpers';

function periodOf(text: string, figure: string, date = '2025-06-12'): string | undefined {
  const q = qAt(text, figure, 'money');
  return claimOf(bind(text, [q], date), q).period?.value.label;
}

describe('a forecast counted through a year', () => {
  it.each([
    'Nvidia expects revenue of $240 billion through 2028.',
    'Nvidia now projects revenue of $240 billion through 2028, its finance chief said.',
    'Analysts say Nvidia will book revenue of $240 billion through 2028.',
  ])('runs from the document year: %s', (sentence) => {
    expect(periodOf(sentence, '$240 billion')).toBe('2025–2028');
  });

  it('is inferred, with a window back for a projection told late', () => {
    const q = qAt('Nvidia expects revenue of $240 billion through 2028.', '$240 billion', 'money');
    const p = claimOf(bind('Nvidia expects revenue of $240 billion through 2028.', [q], '2025-06-12'), q).period;
    expect(p?.inferred).toBe(true);
    expect(p?.window?.start).toBe('2023-01-01');
    expect(p?.value.start).toBe('2025-01-01');
  });

  it('reads the Chinese forecast the same way', () => {
    expect(periodOf('英伟达预计到2028年累计收入约2400亿美元。', '2400亿美元')).toBe('2025–2028');
  });
});

describe('near misses stay undated', () => {
  it.each([
    ['an old plan', 'Back then Nvidia had expected revenue of $240 billion through 2028.'],
    ['a plan of an earlier year', 'In 2023 Nvidia expects revenue of $240 billion through 2028.'],
    ['no forecast verb', 'Nvidia put revenue at $240 billion through 2028.'],
    ['an end year already past', 'Nvidia expects revenue of $240 billion through 2024.'],
    ['an end year too far ahead', 'Nvidia expects revenue of $240 billion through 2040.'],
  ])('%s', (_why, sentence) => {
    expect(periodOf(sentence, '$240 billion')).toBeUndefined();
  });

  it('leaves a year that only ends a count in Chinese without 预计 alone', () => {
    expect(periodOf('英伟达到2028年累计收入约2400亿美元。', '2400亿美元')).toBeUndefined();
  });
});

describe('in the pipeline', () => {
  it('dates the cumulative figure over the span', () => {
    expect(analyzedClaim('OpenAI expects to burn $90 billion of cash through 2028.', '$90 billion', '2025-06-12')?.period?.value.label).toBe('2025–2028');
  });
});
