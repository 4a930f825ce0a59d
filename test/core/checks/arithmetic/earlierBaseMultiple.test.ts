/**
 * A multiple whose words name its base as the earlier value ("times the prior year", "today's level",
 * 是去年的N倍) takes the pair the sentence wrote: the one change before it, or two like amounts dated by
 * their own years (checks/arithmetic/earlierBaseMultiple.ts). A third amount, no years, or a multiple of
 * something cheaper and nothing is read.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a multiple of the earlier value, named by its time', () => {
  it.each<[string, Case]>([
    ['a rated change, wrong', { text: 'Chip sales reached $9.6 billion, up 180% from $3.4 billion — 3.5 times the prior year — and half of group revenue.', flagged: ['3.5 times'] }],
    ['a rated change, right', { text: 'Chip sales reached $9.6 billion, up 180% from $3.4 billion — 2.8 times the prior year — and half of group revenue.', consistent: ['2.8 times'] }],
    ['up from, right', { text: 'Licence income was $7.5 billion, up from $2.4 billion, more than three times the previous year.', consistent: ['three times'] }],
    ['two dated amounts, today, wrong', { text: 'Installed capacity was about 310 GW in 2023 and should reach 720 GW by 2031, 3.1 times today.', flagged: ['3.1 times'] }],
    ['two dated amounts, today, right', { text: "Installed capacity was about 310 GW in 2023 and should reach 720 GW by 2031, 2.3 times today's level.", consistent: ['2.3 times'] }],
    ['zh, a change, wrong', { text: '订阅用户从2023年的800万增至2024年的2000万，是去年的4倍。', flagged: ['4倍'] }],
    ['zh, a change, right', { text: '订阅用户从2023年的800万增至2024年的2000万，是去年的2.5倍。', consistent: ['2.5倍'] }],
  ])('%s', (_, c) => run(c));

  const unread: Record<string, Case> = {
    'a third amount: which year is the prior one?': { text: '某公司2024年收入6.2亿元，2023年为2.5亿元，2022年只有0.9亿元，是上一年的约2.5倍。' },
    'no years, no change': { text: 'Plant A made 410 units and plant B made 200 units, 3.5 times the previous figure.' },
    'a multiple of less is read inversely, not as new over old': { text: 'The price fell from $24 in 2023 to $8 in 2025, 3 times cheaper than the previous price.', consistent: ['3 times'] },
  };
  for (const [name, c] of Object.entries(unread)) it(`not read as new over old: ${name}`, () => run(c));
});
