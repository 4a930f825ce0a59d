/**
 * "X was 2.4x fiscal 2024's Y": a period written as the possessive of the figure after it is that
 * figure's alone, whatever word comes before it (baselineDate.ts); "1.8x the year-ago quarter" names the
 * base of a multiple (changeBase.ts); and a figure set against a baseline dated in its clause is of a
 * like span, so a quarter named in an earlier clause does not date it (likeBaselineSpan.ts). Bundled
 * facts: Nvidia's net income, $29.8 billion in fiscal 2024, $72.9 billion in fiscal 2025.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { multipleBase } from '../../../server/src/core/bind/changeBase';

const DATE = '2025-03-10';
const claimOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE);

describe('a possessive period before a later figure', () => {
  it('dates only the figure it precedes', () => {
    const text = "Nvidia's net income of $72.9 billion was roughly 2.4x fiscal 2024's $29.8 billion.";
    expect(claimOf(text, '$72.9 billion')?.verdict).toBe('supported');
    expect(claimOf(text, '$29.8 billion')?.period?.value.label).toBe('FY2024');
    expect(claimOf("Nvidia's net income of $72.9 billion beat fiscal 2024's $29.8 billion by a wide margin.", '$72.9 billion')?.verdict).toBe('supported');
  });

  it('a year set against a year takes no quarter from an earlier clause', () => {
    const text = "Nvidia's Q4 data center sales ran 1.9x the year-ago quarter, and its net income of $72.9 billion was about 2.4x fiscal 2024's $29.8 billion.";
    expect(claimOf(text, '$72.9 billion')?.verdict).toBe('supported');
    expect(claimOf(text, '1.9x')?.period?.value.label).toBe('Q4 FY2025');
  });

  it('near miss: a period opening the sentence still dates the figure set against an earlier year', () => {
    expect(claimOf("In Q4 Nvidia's net income was $22.1 billion, up from fiscal 2024's $12.3 billion.", '$22.1 billion')?.period?.value.label).toBe('Q4 FY2025');
  });
});

describe('the base of a multiple written as a period', () => {
  const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  it('"1.8x the year-ago quarter" at a clause end', () => {
    const text = 'Sales ran 1.8x the year-ago quarter, and margins held.';
    expect(multipleBase(text, at(text, 'the year-ago quarter'))).toBe(true);
  });
  it('not a period of its own after the multiple', () => {
    const text = 'Sales rose 1.8x in the quarter, and margins held.';
    expect(multipleBase(text, at(text, 'the quarter'))).toBe(false);
  });
});
