/**
 * "A比B翻了一倍" says A is twice B (the increase is one B), as 翻了一番 does; "翻了三倍" may be ×3 or ×4 and
 * is never judged as a ratio (checks/arithmetic/ratios.ts).
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('翻了N倍 after a comparison of two amounts', () => {
  it.each<[string, Case]>([
    ['翻了一倍 is ×2, right', { text: '今年付费用户约800万，比去年的约400万翻了一倍。', consistent: ['一倍'] }],
    ['翻了一倍 is ×2, wrong', { text: '今年付费用户约900万，比去年的约300万翻了一倍。', flagged: ['一倍'] }],
    ['翻了一番 keeps its reading, right', { text: '今年付费用户约800万，比去年的约400万翻了一番。', consistent: ['翻了一番'] }],
    ['翻了三倍 is ambiguous: never judged as a ratio', { text: '今年付费用户约1200万，比去年的约300万翻了三倍。' }],
  ])('%s', (_, c) => run(c));
});
