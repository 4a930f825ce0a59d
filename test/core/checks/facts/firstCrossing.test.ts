/**
 * A threshold said to be crossed for the first time ("首次突破", "for the first time") is dated by the
 * milestone the base records for its first crossing: dated later, it is a wrong period, though the
 * level may well clear the threshold then. Without the words of a first crossing, a later "above $3
 * trillion" may simply be true again. Bundled facts: Nvidia's first close above $3 trillion (2024-06-05).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

const DATE = '2025-11-20';

describe('a first crossing dated after the recorded one', () => {
  it('is a wrong period (Chinese)', () => {
    expect(flagged('2025年6月，英伟达市值首次突破3万亿美元。', DATE)).toEqual(['3万亿美元 fact.wrong-period']);
  });

  it('and in English', () => {
    expect(flagged("Nvidia's market value topped $3 trillion for the first time in June 2025.", DATE)).toEqual(['$3 trillion fact.wrong-period']);
  });

  it('not on the date it was first crossed', () => {
    expect(flagged('2024年6月，英伟达市值首次突破3万亿美元。', DATE)).toEqual([]);
    expect(flagged("Nvidia's market value topped $3 trillion for the first time in June 2024.", DATE)).toEqual([]);
  });

  it('not without the words of a first crossing, nor for "the first quarter"', () => {
    expect(flagged('2025年6月，英伟达市值突破3万亿美元。', DATE)).toEqual([]);
    expect(flagged("In June 2025, Nvidia's market value was above $3 trillion.", DATE)).toEqual([]);
    expect(flagged("In the first quarter of 2025, Nvidia's market cap topped $3 trillion.", DATE)).toEqual([]);
  });
});

describe('a first crossing dated by a day of a relative year ("on May 30 last year")', () => {
  it('is read on that day of that year: silent when it is the recorded crossing (Nvidia $1 trillion, 2023-05-30)', () => {
    expect(flagged('Nvidia was worth $1 trillion for the first time on May 30 last year, intraday.', '2024-06-05').filter((f) => !f.endsWith('fact.conflicting'))).toEqual([]);
  });

  it('near miss: the same words a year off are still flagged', () => {
    expect(flagged('Nvidia was worth $1 trillion for the first time on May 30 this year, intraday.', '2024-06-05')).toEqual(['$1 trillion fact.value-mismatch']);
  });
});
