/**
 * A rise is never the figure of a fall, nor the reverse (checks/facts/changeDirection.ts), whether the
 * metric was bound by its words or placed by the digits. Bundled facts: Nvidia's shares fell 17% on
 * 2025-01-27 (qualified `decline`); Zhipu's shares gained 13.17% on their first day of trading.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';
import { writtenDirection } from '../../../../server/src/core/checks/facts/changeDirection';
import type { Claim } from '../../../../server/src/core/model';

const informationToo = ['error', 'warning', 'information'] as const;
const DATE = '2025-11-20';

/** A claim over `figure` of `text`, for the direction test alone. */
function claimOf(text: string, figure: string): Claim {
  const start = text.indexOf(figure);
  return { id: 'c', lang: 'en', sentence: { start: 0, end: text.length }, quantity: { start, end: start + figure.length, text: figure } } as unknown as Claim;
}

describe('the direction a figure is written in', () => {
  it('reads a rise and a fall from the words touching the figure (en, zh)', () => {
    expect(writtenDirection(claimOf('Nvidia shares rose 17% in January 2024.', '17%'), 'Nvidia shares rose 17% in January 2024.', 0)).toBe('up');
    expect(writtenDirection(claimOf('The stock fell about 17% that day.', '17%'), 'The stock fell about 17% that day.', 0)).toBe('down');
    expect(writtenDirection(claimOf('股价当天下跌17%。', '17%'), '股价当天下跌17%。', 0)).toBe('down');
    expect(writtenDirection(claimOf('a 17% drop in one day', '17%'), 'a 17% drop in one day', 0)).toBe('down');
  });

  it('near miss: "fell to" writes the level reached, not a fall', () => {
    expect(writtenDirection(claimOf('Revenue fell to $10 billion.', '$10 billion'), 'Revenue fell to $10 billion.', 0)).toBeUndefined();
  });
});

describe('a rise is not a fall\'s figure', () => {
  it('a rise of a month is not the one-day fall of another year (en, zh)', () => {
    expect(draftFindings('Nvidia shares rose 17% in January 2024.', DATE, informationToo)).toEqual([]);
    expect(draftFindings('2024年1月，英伟达股价上涨17%。', DATE, informationToo)).toEqual([]);
  });

  it('near miss: the fall written as a fall on another date is still the wrong period', () => {
    expect(draftFindings('Nvidia shares fell 17% in January 2024.', DATE)).toEqual(['17% fact.wrong-period warning']);
  });
});
