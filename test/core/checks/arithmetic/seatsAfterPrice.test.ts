/**
 * Seats priced per user (session 23, unitPrice.ts): after a colon ("$25 per user per month: a 2,000-seat
 * rollout costs …") and in a sentence that opens with the count, priced by the sentence before
 * (`seatsAfterPrice`).
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('seats priced per user', () => {
  it.each<[string, Case]>([
    ['after a colon, wrong', { text: 'The assistant lists at $25 per user per month: a 2,000-seat rollout costs $500,000 a year.', flagged: ['$500,000'] }],
    ['after a colon, right', { text: 'The assistant lists at $25 per user per month: a 2,000-seat rollout costs $600,000 a year.', consistent: ['$600,000'] }],
    ['the sentence after the price, wrong', { text: 'The assistant lists at $25 per user per month, or $300 a year. A 2,000-seat firm would pay $60,000 a year at list.', flagged: ['$60,000'] }],
    ['the sentence after the price, right', { text: 'The assistant lists at $25 per user per month, or $300 a year. A 2,000-seat firm would pay $600,000 a year at list.', consistent: ['$600,000'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['two prices of the cadence before', { text: 'The assistant lists at $25 per user per month and the agent at $40 per user per month. A 2,000-seat firm would pay $60,000 a month.' }],
  ])('not flagged: %s', (_, c) => run(c));
});
