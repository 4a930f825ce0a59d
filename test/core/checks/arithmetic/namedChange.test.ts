/**
 * A change named by a noun ("The jump from A to B was P%", "from A to B, a P% rise") and a Chinese
 * multiple after a change whose wording carries a span or a hedge ("，一年增长了约20倍"): the words
 * "from…to" tie the operands, so the rate is checked against B ÷ A − 1 (checks/arithmetic/growthPatterns.ts).
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a change named by a noun or with its span', () => {
  it.each<[string, Case]>([
    ['en, jump … was, wrong', { text: 'The jump from 300 million in December to 500 million in March alone was about 40%.', flagged: ['40%'] }],
    ['en, jump … was, right', { text: 'The jump from 300 million in December to 500 million in March alone was about 67%.', consistent: ['67%'] }],
    ['en, increase … came to, wrong', { text: 'The increase from $120 million to $180 million came to 30%.', flagged: ['30%'] }],
    ['en, a rise after the change, wrong', { text: 'Revenue went from $3.0 billion to $5.0 billion, a 40% rise.', flagged: ['40%'] }],
    ['en, a rise after the change, right', { text: 'Revenue went from $3.0 billion to $5.0 billion, a 67% rise.', consistent: ['67%'] }],
    ['en, a drop, wrong', { text: 'The drop from $80 to $60 was 40%.', flagged: ['40%'] }],
    ['zh, span and hedge before the multiple, wrong', { text: '调用量从2023年12月的5000万次增至2024年12月的16.5亿次，一年增长了约20倍。', flagged: ['20倍'] }],
    ['zh, two years, wrong', { text: '用户从1000万增至8000万，两年里增长了约3倍。', flagged: ['3倍'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['years, not amounts', { text: 'The jump from 2023 to 2024 was about 40%.' }],
    ['different units', { text: 'The jump from 300 million users to 500 GPUs was about 40%.' }],
    ['a share, not a growth', { text: 'The jump from $3 billion to $5 billion was driven by cloud, 40% of sales.' }],
    ['zh, ambiguous wording that fits one reading (only a note)', { text: '调用量从5000万次增至16.5亿次，一年增长了约32倍。' }],
    ['zh, a rounded multiple that fits', { text: '用户从1000万增至8000万，两年里增长到约8倍。', consistent: ['8倍'] }],
  ])('not flagged: %s', (_, c) => run(c));
});
