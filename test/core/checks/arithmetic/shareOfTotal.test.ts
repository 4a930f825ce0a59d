/**
 * A share of a whole the sentence only points at ("of the total", 占总额的, 全年的): the whole is the one
 * like amount larger than the part that the paragraph wrote before it (shareOfTotal.ts). Two candidates,
 * a total the draft never wrote, or one in another paragraph say nothing; the reading is probable, so a
 * warning at most.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('a share of the total the paragraph wrote', () => {
  it.each<[string, Case]>([
    ['zh 占总额的, total in the sentence before, wrong', { text: '四家公司2024年资本开支合计2300亿美元。其中微软约800亿美元，占总额的50%。', flagged: ['50%'] }],
    ['zh 占总额的, right', { text: '四家公司2024年资本开支合计2300亿美元。其中微软约800亿美元，占总额的35%。', consistent: ['35%'] }],
    ['zh 占合计的, the author rounded', { text: '两家公司合计投资70亿美元。其中一家出资23亿美元，约占合计的三分之一。', consistent: ['三分之一'] }],
    ['zh 全年的, the year holds the quarter, wrong', { text: '2023年该公司全年营收200亿元。2023年第四季度营收40亿元，占全年的三成。', flagged: ['三成'] }],
    ['en of the total, wrong', { text: 'The partners committed $80 billion over four years. The first tranche, $30 billion, was a quarter of the total.', flagged: ['a quarter'] }],
    ['en of the total, right', { text: 'The partners committed $80 billion over four years. The first tranche, $20 billion, was a quarter of the total.', consistent: ['a quarter'] }],
    ['en or N% of the total, in the same sentence', { text: 'The four companies spent $230 billion on capex in 2024, and the largest spender alone spent $80 billion, or 50% of the total.', flagged: ['50%'] }],
    ['en a part of another measure than the total (a round\'s valuation is not part of what it raised)', { text: 'The round raised $6.0 billion at a $60 billion valuation. The lead investor put in $4.5 billion, or 60% of the total.' }],
    ['en of the full year, right by rounding', { text: 'Northwind had revenue of $12.0 billion in 2024. In the fourth quarter of 2024 it had revenue of $3.7 billion, about 30% of the full year.', consistent: ['30%'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['zh two larger figures that give different answers', { text: '这笔融资共计60亿美元，公司估值300亿美元。其中领投方出资45亿美元，占总额的60%。' }],
    ['en two larger figures', { text: 'The partners committed $80 billion, and the sponsor pledged $50 billion more. The first tranche, $30 billion, was a quarter of the total.' }],
    ['en a total the draft never wrote', { text: 'Northwind raised $5 billion in 2024. Southwind raised $1 billion, 10% of the total raised by AI startups that year.' }],
    ['en the only larger figure is another company\'s', { text: 'OpenAI raised $40 billion in March 2025. Anthropic raised $3.5 billion, 20% of the total.' }],
    ['zh a whole year that ended before the part', { text: '2023年该公司全年营收200亿元。2024年第四季度营收40亿元，占全年的三成。' }],
    ['zh the total in another paragraph', { text: '这笔融资共计60亿美元。\n\n其中领投方出资45亿美元，占总额的60%。' }],
    ['en the amount before the share is a change\'s baseline', { text: 'The four companies spent $230 billion on capex in 2024, up 53% from $150 billion, or 60% of the total.' }],
    ['zh a share of another measure\'s total', { text: '2023年该公司营收为200亿元。第四季度净利润为30亿元，占全年的三成。' }],
  ])('not flagged: %s', (_, c) => run(c));

  it('is a warning at most, with no fix', () => {
    const { findings } = check('四家公司2024年资本开支合计2300亿美元。其中微软约800亿美元，占总额的50%。', { date: '2025-06-01' });
    const f = findings.find((x) => x.text === '50%')!;
    expect(f.severity).toBe('warning');
    expect(f.fixes).toEqual([]);
  });
});
