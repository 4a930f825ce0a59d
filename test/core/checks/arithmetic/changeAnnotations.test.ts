/**
 * More wordings of a from–to change and what describes it (growthPatterns.ts): a stretch after "over"
 * ("…over fiscal 2024, a 21% rise"), a signed rate in brackets ("[+150%]"), a rate after the subject of the
 * clause a fronted 从A到B opens ("从A到B，市值又高出约80%"), and points written on the last value only
 * ("from 3 to 12 points").
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('more wordings of a change and its rate', () => {
  it.each<[string, Case]>([
    ['en, "over fiscal 2024, a N% rise", wrong', { text: 'The services arm grew from $30.0 billion to $36.0 billion over fiscal 2024, a 25% rise.', flagged: ['25%'] }],
    ['en, "over fiscal 2024, a N% rise", right', { text: 'The services arm grew from $30.0 billion to $36.0 billion over fiscal 2024, a 20% rise.', consistent: ['20%'] }],
    ['en, a signed rate in brackets, wrong', { text: '- The chip unit went from $4.0 billion to $9.0 billion in fiscal 2024 [+150%], most of group sales.', flagged: ['150%'] }],
    ['en, a signed rate in brackets, right', { text: '- The chip unit went from $4.0 billion to $9.0 billion in fiscal 2024 [+125%], most of group sales.', consistent: ['125%'] }],
    ['zh, a fronted from–to, the rate after the subject, wrong', { text: '从4.0万亿元到6.0万亿元，规模又增长了80%。', flagged: ['80%'] }],
    ['zh, a fronted from–to, the rate after the subject, right', { text: '从4.0万亿元到6.0万亿元，规模又增长了50%。', consistent: ['50%'] }],
    ['en, points written on the last value, wrong', { text: 'The segment’s contribution has gone from 4 to 14 points, more than four times in a year.', flagged: ['four times'] }],
    ['en, points written on the last value, right', { text: 'The segment’s contribution has gone from 4 to 14 points, about 3.5 times in a year.', consistent: ['3.5 times'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en, a bracketed rate with no sign is an aside, not the rate', { text: '- The chip unit went from $4.0 billion to $9.0 billion in fiscal 2024 [150% of plan], most of group sales.' }],
    ['en, a minus written on the figure is no share of a fall', { text: 'The shares fell from $150.0 to about $120.0 [−20.0%] on the day.' }],
    ['zh, a subject before 从 keeps the from–to to itself', { text: '用户从4.0万人到6.0万人，收入又增长了80%。' }],
  ])('not flagged: %s', (_, c) => run(c));
});
