/**
 * A wrong-scale verdict needs the claim to be a number that, times a power of ten, is the fact. An
 * inequality ("more than", "超过", "under") scaled by ten still reaches almost anything on its open
 * side, so it is never read as a slip of scale. Bundled facts (Gemini's monthly users, July 2025).
 */
import { describe, expect, it } from 'vitest';
import { flaggedTexts } from '../../../helpers/flagged';

const checks = (text: string) => flaggedTexts(text, '2025-09-01', 'fact.wrong-scale');

describe('an open bound is not off by a factor of ten', () => {
  it('"more than 600 million" is not a tenfold slip of a smaller figure', () => {
    expect(checks('In July 2025 Gemini had more than 600 million monthly active users.')).toEqual([]);
  });

  it('nor is "超过6亿" (Chinese)', () => {
    expect(checks('2025年7月,Gemini月活超过6亿。')).toEqual([]);
  });

  it('nor an upper bound ("fewer than 50 million")', () => {
    expect(checks('In July 2025 Gemini had fewer than 50 million monthly active users.')).toEqual([]);
  });

  it('still flags an exact figure ten times the fact', () => {
    expect(checks('In July 2025 Gemini had 4.5 billion monthly active users.')).toEqual(['4.5 billion monthly active users']);
  });

  it('and in Chinese', () => {
    expect(checks('2025年7月,Gemini月活为45亿。')).toEqual(['45亿']);
  });
});
