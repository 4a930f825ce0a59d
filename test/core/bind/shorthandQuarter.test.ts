/**
 * Analysts write quarters and halves as "1Q", "3Q", "2H" with no year: the same bare period as "Q1",
 * "H2", whose year comes from the heading or the text. Unread, the figure under a fiscal-year heading
 * took the whole year and was called another period's. With the bundled data and the real recogniser.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flaggedTexts } from '../../helpers/flagged';

function periodOf(text: string, figure: string, date: string): string | undefined {
  const p = analyzedClaim(text, figure, date)?.period;
  return p ? `${p.value.start}..${p.value.end}` : undefined;
}

describe('"1Q", "2H" are bare quarters and halves', () => {
  it('a quarter under a fiscal-year heading is that fiscal year’s quarter', () => {
    const text = '# Nvidia notes\n\n## Fiscal 2024\n\nNvidia revenue in 1Q was $7.19 billion.\n';
    expect(periodOf(text, '$7.19 billion', '2024-06-01')).toBe('2023-02-01..2023-04-30');
  });

  it('a quarter with its year in the sentence', () => {
    expect(periodOf('In 2024, Microsoft capex in 3Q was $20 billion.', '$20 billion', '2025-01-10')).toBe('2024-07-01..2024-09-30');
  });

  it('a half with its year in the sentence', () => {
    expect(periodOf('In 2024, the startup raised $500 million in 2H.', '$500 million', '2025-01-10')).toBe('2024-07-01..2024-12-31');
  });

  it('no warning on the correct quarter under a fiscal-year heading, a warning on a wrong one', () => {
    const flagged = (text: string) => flaggedTexts(text, '2024-06-01');
    expect(flagged('# Nvidia notes\n\n## Fiscal 2024\n\nNvidia revenue in 1Q was $7.19 billion.\n')).toEqual([]);
    expect(flagged('# Nvidia notes\n\n## Fiscal 2024\n\nNvidia revenue in 1Q was $18.12 billion.\n')).not.toEqual([]);
  });

  it('digits glued to other letters are no quarter', () => {
    expect(periodOf('The 1QB unit raised $5 million.', '$5 million', '2025-01-10')).toBeUndefined();
  });
});
