/**
 * "a year ago" after a flow is the same span a year back, not a day: it dates no flow (revenue), while a
 * level (a market cap) "a year ago" keeps its day. With the bundled facts, a correct year-ago quarter
 * is not a wrong period, and a wrong figure for a stated quarter still is.
 */
import { describe, expect, it } from 'vitest';
import { bind, claimOf, qAt } from './helpers';
import { flagged } from '../../helpers/flagged';

function periodOf(text: string, figure: string): string | undefined {
  const q = qAt(text, figure, 'money');
  return claimOf(bind(text, [q], '2024-11-25'), q).period?.value.label;
}

describe('"a year ago" and flows', () => {
  it.each([
    'Nvidia revenue was $14.5 billion a year ago.',
    'A year ago, Nvidia revenue was $14.5 billion.',
    'Two years ago Nvidia sales were $14.5 billion.',
  ])('dates no flow: %s', (sentence) => {
    expect(periodOf(sentence, '$14.5 billion')).toBeUndefined();
  });

  it('still dates a level', () => {
    expect(periodOf("A year ago Nvidia's market cap was $1.2 trillion.", '$1.2 trillion')).toBe('2023-11-25');
  });
});

describe('with the bundled facts', () => {
  it('raises nothing on a correct year-ago quarter', () => {
    expect(flagged('Data center contributed $30.8 billion, compared with $26.3 billion in Q2 and $14.5 billion a year ago.', '2024-11-25').filter((f) => f.includes('14.5'))).toEqual([]);
    expect(flagged("Nvidia's data center revenue was $30.8 billion in Q3 FY2025, compared with $14.5 billion a year ago.", '2024-11-25')).toEqual([]);
  });

  it("still flags the year-ago figure given as the quarter's", () => {
    expect(flagged("Nvidia's data center revenue was $14.5 billion in Q3 FY2025.", '2024-11-25')).toEqual(['$14.5 billion fact.wrong-period']);
  });
});
