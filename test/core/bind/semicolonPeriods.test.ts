/**
 * A semicolon ends a statement: a period written after it is not carried back to a figure before it,
 * while a period before the figure, or after it within the same statement, still is.
 */
import { describe, expect, it } from 'vitest';
import { bind, claimOf, qAt } from './helpers';
import { flagged } from '../../helpers/flagged';

function periodOf(text: string, figure: string): string | undefined {
  const q = qAt(text, figure, 'money');
  return claimOf(bind(text, [q], '2025-02-20'), q).period?.value.label;
}

describe('periods and semicolons', () => {
  it('does not lend a period after a semicolon to a figure before it', () => {
    expect(periodOf('Nvidia had revenue of $39.3 billion; its 2024 margins were high.', '$39.3 billion')).toBeUndefined();
  });

  it('still lends one from the same statement, after a comma', () => {
    expect(periodOf('Nvidia had revenue of $39.3 billion, its best result in 2024.', '$39.3 billion')).toBe('2024');
  });

  it('still lends one written before the semicolon', () => {
    expect(periodOf('In 2024 Nvidia grew fast; revenue was $39.3 billion.', '$39.3 billion')).toBe('2024');
  });
});

describe('with the bundled facts', () => {
  it('finds the currency slip of a figure whose statement ends at a semicolon (the next one names 2024)', () => {
    const text = "TSMC's fourth-quarter revenue was NT$868.46 billion, and net income US$374.68 billion; AI accelerators were a mid-teens share of its 2024 revenue.";
    expect(flagged(text, '2025-02-20')).toEqual(['US$374.68 billion fact.wrong-currency']);
    expect(flagged(text.replace('US$374.68', 'NT$374.68'), '2025-02-20')).toEqual([]);
  });
});
