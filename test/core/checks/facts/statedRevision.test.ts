/**
 * A guidance history told in one sentence is history, not staleness: an older revision followed in its
 * sentence by a later revision's figure is not stale (statedRevision.ts). Bundled facts: Meta's 2025
 * capex guidance $60–65B (January 2025), $66–72B (July 2025), $70–72B (October 2025); 2024's $30–37B.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from '../../bind/flaggedClaim';

describe('an older revision followed by its newer value is history', () => {
  itIsSilent(
    [
      ['Meta guided $60 billion to $65 billion for 2025 and then, in July, $66 billion to $72 billion.', '$60 billion to $65 billion'],
      ['Meta guided 2025 capex of $60 billion to $65 billion, later raised to $70 billion to $72 billion.', '$60 billion to $65 billion'],
      ['Meta给出的2025年资本开支指引先是600亿至650亿美元，随后上调至660亿至720亿美元。', '600亿至650亿美元'],
    ],
    '2025-11-20',
  );
  it('near miss: the older revision alone is still stale', () => {
    expect(flaggedClaim('Meta guided $60 billion to $65 billion for 2025.', '$60 billion to $65 billion', '2025-11-20').verdicts).toEqual(['stale']);
    expect(flaggedClaim('Meta给出的2025年资本开支指引为600亿至650亿美元。', '600亿至650亿美元', '2025-11-20').verdicts).toEqual(['stale']);
  });
  it('near miss: a later figure that is no later revision does not excuse it', () => {
    expect(flaggedClaim('Meta guided $60 billion to $65 billion for 2025 and then, in July, $30 billion to $37 billion.', '$60 billion to $65 billion', '2025-11-20').verdicts).toEqual(['stale']);
  });
});
