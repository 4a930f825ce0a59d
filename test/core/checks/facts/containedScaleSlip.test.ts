/**
 * "The last round valued the company at $4 million": "valued" names a valuation as surely as
 * "valuation" does (it is no weaker than "round", which names the amount raised), and a thousandfold
 * slip is found against a dated event inside the claim's period (the $4B round of June 2023 for "of
 * 2023"), like an undated claim's. A factor of ten is not a slip there. Bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

describe('a valuation off by a thousandfold against a round inside the claim\'s year', () => {
  it('is a wrong scale (English)', () => {
    expect(flagged('The last round valued Inflection at $4 million, one of the richest start-ups of 2023.', '2024-04-01')).toEqual(['$4 million fact.wrong-scale']);
  });

  it('and in Chinese', () => {
    expect(flagged('2023年,Inflection最后一轮融资的估值为400万美元。', '2024-04-01')).toEqual(['400万美元 fact.wrong-scale']);
  });

  it('supports the right figure and leaves a factor of ten alone', () => {
    expect(flagged('The last round valued Inflection at $4 billion, one of the richest start-ups of 2023.', '2024-04-01')).toEqual([]);
    expect(flagged('The last round valued Inflection at $400 million, one of the richest start-ups of 2023.', '2024-04-01')).toEqual([]);
  });

  it('binds "valued … at" to the valuation and "raised" to the amount raised', () => {
    expect(flagged('Inflection raised $1.3 billion in a round that valued it at $4 million in 2023.', '2024-04-01')).toEqual(['$4 million fact.wrong-scale']);
  });
});
