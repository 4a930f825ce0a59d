/**
 * A period written right after a comparison's baseline ("versus $1.7 billion in 2023") dates that
 * baseline, not the figure compared with it; a period of the main figure's own is still its.
 */
import { describe, expect, it } from 'vitest';
import { bind, claimOf, qAt } from './helpers';
import { flagged } from '../../helpers/flagged';

function periodOf(text: string, figure: string): string | undefined {
  const q = qAt(text, figure, 'money');
  const other = [...text.matchAll(/\$[\d.]+ (?:billion|million)/g)].map((m) => m[0]).filter((f) => f !== figure);
  const qs = [q, ...other.map((f) => qAt(text, f, 'money'))].sort((a, b) => a.start - b.start);
  return claimOf(bind(text, qs, '2025-02-20'), q).period?.value.label;
}

describe("a baseline's date is the baseline's", () => {
  it('does not date the main figure with the year after "versus $X"', () => {
    expect(periodOf('Nvidia earned net income of $6.1 billion versus $1.7 billion in 2023.', '$6.1 billion')).toBeUndefined();
  });

  it('nor after "compared with", "from" or "against"', () => {
    expect(periodOf('Nvidia posted net income of $6.1 billion, compared with $1.7 billion in 2023.', '$6.1 billion')).toBeUndefined();
    expect(periodOf('Nvidia net income reached $6.1 billion from $1.7 billion in 2023.', '$6.1 billion')).toBeUndefined();
    expect(periodOf('Nvidia had net income of $6.1 billion against $1.7 billion for 2023.', '$6.1 billion')).toBeUndefined();
  });

  it('still dates the baseline itself', () => {
    expect(periodOf('Nvidia earned net income of $6.1 billion versus $1.7 billion in 2023.', '$1.7 billion')).toBe('2023');
  });

  it("keeps the main figure's own period", () => {
    expect(periodOf('Nvidia earned net income of $6.1 billion in 2024 versus $1.7 billion in 2023.', '$6.1 billion')).toBe('2024');
    expect(periodOf('In 2024 Nvidia earned net income of $6.1 billion versus $1.7 billion.', '$6.1 billion')).toBe('2024');
  });

  it('keeps a period after a figure that no comparison word introduces', () => {
    expect(periodOf('Nvidia earned net income of $6.1 billion and revenue of $1.7 billion in 2023.', '$6.1 billion')).toBe('2023');
  });
});

describe('with the bundled facts', () => {
  it('raises no wrong period on a correct "X versus Y in 2023"', () => {
    const text = "Google Cloud's revenue was $43.2 billion (up 31%), with operating income of $6.1 billion versus $1.7 billion in 2023.";
    expect(flagged(text, '2025-02-20')).toEqual([]);
  });

  it('still flags a wrong figure dated in its own clause', () => {
    const text = "Google Cloud's operating income was $1.7 billion in 2024.";
    expect(flagged(text, '2025-02-20')).toEqual(['$1.7 billion fact.wrong-period']);
  });
});

describe("a part's date is the part's", () => {
  it('does not date a total with the period after a part it includes', () => {
    expect(periodOf("Nvidia's roughly $13 billion of revenue includes $10 billion booked in January 2023.", '$13 billion')).toBeUndefined();
    expect(periodOf('Nvidia revenue was $13 billion, including $10 billion in 2023.', '$13 billion')).toBeUndefined();
    expect(periodOf('Nvidia revenue was $13 billion, of which $10 billion arrived in 2023.', '$13 billion')).toBeUndefined();
  });

  it('still dates the part', () => {
    expect(periodOf("Nvidia's roughly $13 billion of revenue includes $10 billion booked in January 2023.", '$10 billion')).toBe('Jan 2023');
  });

  it('with the bundled facts, raises nothing on a correct total and its dated part', () => {
    expect(flagged("Microsoft's roughly $13 billion investment includes $10 billion committed in January 2023.", '2024-10-15')).toEqual([]);
  });
});
