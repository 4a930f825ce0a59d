/**
 * "…at $5 billion by the end of August": a date after "by" is a deadline; a level set by an earlier
 * round that still stood then is the level the words state, though the clause gives that round's terms
 * (deadlineDate.ts, standingLevel.ts, eventTerms.ts). Bundled facts: Harvey's June 2025 round, $300
 * million at $5 billion; October's mark, $8 billion.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from '../../bind/helpers';

const DATE = '2025-12-01';
const verdictOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.verdict;

describe('a level stated with its round, by a deadline', () => {
  it('is not called another period\'s figure: the level still stood at the deadline', () => {
    expect(verdictOf('Harvey had raised $300 million at $5 billion by the end of August 2025.', '$5 billion')).not.toBe('wrong-period');
    expect(verdictOf('Harvey had raised $300 million at $5 billion by August 2025.', '$5 billion')).not.toBe('wrong-period');
  });

  it('near misses: a level replaced before the deadline, a round dated on the day', () => {
    expect(verdictOf('Harvey was valued at $5 billion by the end of November 2025.', '$5 billion')).toBe('wrong-period');
    expect(verdictOf('Harvey raised $300 million at $5 billion at the end of August 2025.', '$5 billion')).toBe('wrong-period');
  });
});
