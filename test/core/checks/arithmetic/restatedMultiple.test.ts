/**
 * A multiple after a growth rate restates the rate's change (checks/arithmetic/restatedMultiple.ts):
 * "came to $12.2 billion, up 220% from $3.8 billion, or more than four times" is 12.2 ÷ 3.8 = 3.2×, not
 * four. Only after a restatement word ("or", 即), only for a rise, never a multiple of another thing.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a multiple restating a rated change', () => {
  it.each<[string, Case]>([
    ['en, after the old value, wrong', { text: "Broadcom's AI revenue came to $12.2 billion, up 220% from $3.8 billion, or more than four times.", flagged: ['four times'] }],
    ['en, after the old value, right', { text: "Broadcom's AI revenue came to $12.2 billion, up 220% from $3.8 billion, or more than three times.", consistent: ['three times'] }],
    ['en, after the rate, wrong', { text: 'Revenue went from $27 billion to $60.9 billion, up 126%, or about five times.', flagged: ['five times'] }],
    ['en, after the rate, right', { text: 'Revenue went from $27 billion to $60.9 billion, up 126%, or about 2.3 times.', consistent: ['2.3 times'] }],
    ['zh, after the rate, wrong', { text: '营收从38亿美元增至122亿美元，增长221%，即5倍多。', flagged: ['5倍'] }],
    ['zh, after the rate, right', { text: '营收从38亿美元增至122亿美元，增长221%，即3倍多。', consistent: ['3倍'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['a multiple of another thing', { text: "Broadcom's AI revenue came to $12.2 billion, up 220% from $3.8 billion, or four times the industry's growth." }],
    ['no restatement word', { text: "Broadcom's AI revenue came to $12.2 billion, up 220% from $3.8 billion, with four times more customers." }],
    ['a fall', { text: 'Revenue fell to $2 billion, down 50% from $4 billion, or four times less than planned.' }],
  ])('not read: %s', (_, c) => run(c));
});
