/**
 * A share's whole, named by its measure, is read by whose it is and what it is: a whole named as another
 * company's ("阿里同季营收", "另一家公司同季营收") is none of the subject's figures (wholeOwner.ts), and a figure
 * and its own conversion into another currency ("1724亿元…约合236亿美元") are one amount, never a part and
 * its whole (currencyRestatement.ts).
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-03-25');

describe("a share of another company's whole", () => {
  it.each<[string, Case]>([
    ['zh, another company by name', { text: '2024年第四季度，营收1724亿元，同比增长11%，约合236亿美元，相当于阿里同季营收的六成多。' }],
    ['zh, "another company"', { text: '2024年第四季度，营收1724亿元，同比增长11%，约合236亿美元，相当于另一家公司同季营收的六成多。' }],
    ['zh, a conversion is not a part of the figure it converts', { text: '2024年第四季度，营收1724亿元，约合236亿美元，相当于营收的六成多。' }],
  ])('not flagged: %s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['zh, a share of the subject\'s own whole still checked', { text: '2024年第四季度，营收1724亿元，其中云业务收入300亿元，相当于营收的三成。', flagged: ['三成'] }],
    ['zh, the whole named as the subject\'s own company', { text: '到2025年底Meta将拥有50万块H100，总算力接近100万块H100的等效算力。也就是说，H100将占Meta总算力的八成左右。', flagged: ['八成'] }],
    ['zh, right share of the own whole', { text: '2024年第四季度，营收1724亿元，其中云业务收入300亿元，相当于营收的两成。', consistent: ['两成'] }],
  ])('%s', (_, c) => run(c));
});
