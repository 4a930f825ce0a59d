/**
 * A sentence that opens with its topic measure ("收入上,", "营收方面:", "In terms of revenue,") gives that
 * measure to its figures that name none of their own (bind/topicMetric.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const claimOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-06-01');
const metricOf = (text: string, figure: string) => claimOf(text, figure)?.metric?.value;

describe('a topic measure opening the sentence', () => {
  it('Chinese: 收入上, 营收方面:', () => {
    const c = claimOf('收入上,MiniMax进步明显,2024年的3052万美元已在国内同行里靠前。', '3052万美元');
    expect(c?.metric?.value).toBe('revenue');
    expect(c?.verdict).toBe('supported');
    expect(claimOf('营收方面:MiniMax在2023年做到了3052万美元。', '3052万美元')?.verdict).toBe('wrong-period');
  });

  it('English: "As for revenue,"', () => {
    expect(metricOf('As for revenue, MiniMax booked $30.52 million in 2024.', '$30.52 million')).toBe('revenue');
  });

  it('not for a figure of another kind', () => {
    expect(metricOf('收入上,MiniMax一年增长近8倍,2024年的3052万美元已属领先。', '近8倍')).not.toBe('revenue');
  });

  it('not for a measure named mid-sentence', () => {
    expect(metricOf('MiniMax在收入上领先同行,又拿到了3052万美元。', '3052万美元')).toBeUndefined();
    expect(metricOf('MiniMax leads on revenue; a grant gave it $30.52 million.', '$30.52 million')).toBeUndefined();
  });

  it('not without the closing comma or colon', () => {
    expect(metricOf('收入上的差距很大,MiniMax在2024年又拿出3052万美元。', '3052万美元')).toBeUndefined();
  });
});
