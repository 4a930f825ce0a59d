/**
 * A growth rate stated after its change: in Chinese after the time the change took ("从A增至B，三个月增长了约
 * 70%", growthPatterns.ts spanBefore), and with a date at 年底/月底 opening the change ("从2023年底的A"); in a
 * later sentence that points back and names the change ("That is an increase of about 50%", "也就是说增长了约
 * 60%"), over the one change the paragraph wrote before it (paragraphChange.ts changeRestated).
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a growth rate in a later sentence that points back at the one change', () => {
  it.each<[string, Case]>([
    ['en That is an increase of, wrong', { text: 'Northwind\'s revenue rose from $4.0 billion in 2023 to $6.0 billion in 2024. That is an increase of about 80%.', flagged: ['80%'] }],
    ['en That is an increase of, right', { text: 'Northwind\'s revenue rose from $4.0 billion in 2023 to $6.0 billion in 2024. That is an increase of about 50%.', consistent: ['50%'] }],
    ['en This was a drop of, wrong', { text: 'Northwind\'s revenue fell from $6.0 billion in 2023 to $4.0 billion in 2024. This was a drop of about 50%.', flagged: ['50%'] }],
    ['zh 也就是说…增长了, wrong', { text: '该公司年化收入从2023年底的40亿元增至2024年底的60亿元。也就是说，一年增长了约80%。', flagged: ['80%'] }],
    ['zh 这意味着…增长了, right', { text: '该公司年化收入从2023年底的40亿元增至2024年底的60亿元。这意味着一年增长了约50%。', consistent: ['50%'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en two changes before: the rate could be either\'s', { text: 'Northwind\'s revenue rose from $4.0 billion to $6.0 billion, and its profit from $1.0 billion to $1.2 billion. That is an increase of about 20%.' }],
    ['en no pointer back', { text: 'Northwind\'s revenue rose from $4.0 billion in 2023 to $6.0 billion in 2024. Analysts expect an increase of about 80% next year.' }],
    ['zh an open value (超过) leaves room', { text: '该公司年化收入从2023年底的40亿元增至2024年底的超过60亿元。也就是说，一年增长了约60%。' }],
  ])('not flagged: %s', (_, c) => run(c));
});

describe('a Chinese rate after the time the change took', () => {
  it.each<[string, Case]>([
    ['zh 三个月增长了, wrong', { text: '据报道，该公司的年化收入从2023年底的1000万美元增至2024年3月底的2500万美元，三个月增长了约50%。', flagged: ['50%'] }],
    ['zh 三个月增长了, right', { text: '据报道，该公司的年化收入从2023年底的1000万美元增至2024年3月底的2500万美元，三个月增长了约150%。', consistent: ['150%'] }],
    ['zh 两年里增长了, right', { text: '该公司估值从2022年的20亿美元升至2024年的30亿美元，两年里增长了约50%。', consistent: ['50%'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['zh the span is followed by another figure\'s change', { text: '该公司的年化收入从2023年底的1000万美元增至2024年3月底的2500万美元，三个月里员工增长了约50%。' }],
  ])('not flagged: %s', (_, c) => run(c));
});
