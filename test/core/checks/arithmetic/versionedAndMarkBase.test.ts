/**
 * A multiple whose second amount is named by a versioned product ("Haiku 3's $1.25") or by what it measures
 * and when ("its March 2023 mark of $3B") (session 24, ratios.ts M_TO_B_EN).
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a multiple of a named second amount', () => {
  it.each<[string, Case]>([
    ['a versioned name, wrong', { text: 'Opus 4 output at $45 is 12x Haiku 3\'s $1.25.', flagged: ['12x'] }],
    ['a versioned name, right', { text: 'Opus 4 output at $45 is 36x Haiku 3\'s $1.25.', consistent: ['36x'] }],
    ['its dated mark of, wrong', { text: 'The new round valued the startup at $9B, 4x its March 2023 mark of $3B.', flagged: ['4x'] }],
    ['its dated mark of, right', { text: 'The new round valued the startup at $9B, 3x its March 2023 mark of $3B.', consistent: ['3x'] }],
    ['its previous valuation of, wrong', { text: 'The new round valued the startup at $9B, 2x its previous valuation of $3B.', flagged: ['2x'] }],
  ])('%s', (_, c) => run(c));
});
