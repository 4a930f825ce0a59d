/**
 * Two wordings a little longer than the readers allowed (session 24): a share "of" a base named by four
 * words ("of the Intelligent Cloud segment's $24.3 billion", percentOf.ts OF_EN), and a new value dated
 * "as of May" before "up P% from A" (growthPatterns.ts NEW_TO_RATE_EN).
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('longer wordings of a share and a change', () => {
  it.each<[string, Case]>([
    ['a base named by four words, wrong', { text: 'The add-on brought in $300 million, which is 5% of the Cloud Infrastructure segment\'s $20 billion of revenue.', flagged: ['5%'] }],
    ['a base named by four words, right', { text: 'The add-on brought in $300 million, which is 1.5% of the Cloud Infrastructure segment\'s $20 billion of revenue.', consistent: ['1.5%'] }],
    ['"as of" before the rate, wrong', { text: 'The assistant had 600 million weekly users as of March 2025, up 50% from 300 million in June 2024.', flagged: ['50%'] }],
    ['"as of" before the rate, right', { text: 'The assistant had 600 million weekly users as of March 2025, up 100% from 300 million in June 2024.', consistent: ['100%'] }],
  ])('%s', (_, c) => run(c));
});
