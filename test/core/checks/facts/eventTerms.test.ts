/**
 * A valuation stands until the next priced round (standingLevel.ts), so the same valuation stated for
 * a later month is usually the level as it stood then. Not when the clause also states the round that
 * set it: then the clause dates that round, and a round on record at another date with both figures is
 * the round misdated. Bundled facts: Character.AI raised $150M at a $1B valuation in March 2023.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

describe('a valuation stated with the terms of the round that set it', () => {
  it('is misdated with its round (Chinese)', () => {
    expect(flagged('Character.AI在2024年3月以10亿美元估值融资1.5亿美元。', '2025-01-06')).toEqual(['10亿美元 fact.wrong-period', '1.5亿美元 fact.wrong-period']);
  });

  it('and in English', () => {
    expect(flagged('Character.AI raised $150 million at a $1 billion valuation in March 2024.', '2025-01-06')).toEqual(['$150 million fact.wrong-period', '$1 billion fact.wrong-period']);
  });

  it('leaves the round at its own date alone', () => {
    expect(flagged('Character.AI在2023年3月以10亿美元估值融资1.5亿美元。', '2025-01-06')).toEqual([]);
  });

  it('leaves a valuation stated alone to stand as the level of that month', () => {
    expect(flagged('Character.AI在2024年3月的估值为10亿美元。', '2025-01-06')).toEqual([]);
  });

  it('leaves a round of another size at the same valuation open: a flat round is a new event (Chinese)', () => {
    expect(flagged('Character.AI在2024年3月以10亿美元估值融资3亿美元。', '2025-01-06')).toEqual([]);
  });

  it('and in English', () => {
    expect(flagged('Character.AI raised $300 million at a $1 billion valuation in March 2024.', '2025-01-06')).toEqual([]);
  });
});

describe('a range cut by a spaced dash counts as one figure of the clause, read as its sentence reads it', () => {
  // " – " ends a clause (claimSentence.clauseBounds) and also joins a range's ends. The clause recognised
  // on its own read its part of the range as a bare number ("150 million", "1"), no amount raised, so
  // the round's terms went unseen and the valuation was left as a standing level.
  it('English: the amount raised as a range before the valuation', () => {
    expect(flagged('Character.AI raised $100 – 150 million at a $1 billion valuation in March 2024.', '2025-01-06')).toEqual([
      '$100 – 150 million fact.wrong-period',
      '$1 billion fact.wrong-period',
    ]);
  });

  it('Chinese: the amount raised as a range after the valuation', () => {
    expect(flagged('Character.AI在2024年3月以10亿美元估值融资1 – 1.5亿美元。', '2025-01-06')).toEqual(['10亿美元 fact.wrong-period', '1 – 1.5亿美元 fact.wrong-period']);
  });

  it('near miss: a range that misses the recorded round stays open (a new round at the same valuation)', () => {
    expect(flagged('Character.AI raised $250 – 300 million at a $1 billion valuation in March 2024.', '2025-01-06')).toEqual([]);
  });
});
