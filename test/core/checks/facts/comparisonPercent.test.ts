/**
 * A percentage written as a comparison ("49% above", "比去年多49%") is a change between two figures,
 * never a level, a share or a stake: its digits do not place it on a fact (valueAnchor.ts). With the
 * bundled facts: Meta's 49% stake in Scale AI (2025).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from '../../bind/flaggedClaim';

const DATE = '2025-09-01';

describe('a percentage written as a comparison is not placed by its digits', () => {
  for (const [text, figure] of [
    ["Meta's 2024 server orders were about 49% above its 2023 orders.", '49%'],
    ["Meta's 2024 server orders were 49% higher than in 2023.", '49%'],
    ['Meta 2024年的服务器订单比2023年多约49%。', '49%'],
    ['Meta 2024年的服务器订单较上年高出49%。', '49%'],
  ]) {
    it(text, () => expect(flaggedClaim(text, figure, DATE).verdicts).toEqual([]));
  }
});
