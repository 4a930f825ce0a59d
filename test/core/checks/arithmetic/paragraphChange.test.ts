/**
 * A change whose values are stated in earlier sentences of its paragraph (checks/arithmetic/paragraphChange.ts):
 * the binder's periods pair them, the rate's own words may pick the pair, and two candidates that give
 * different answers say nothing. An amount written as a change is no value of the pair, a base year the
 * rate names must be the older value's, and a change written for a period between the two breaks the pair.
 * Probable, so a warning at most.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2026-02-01');

describe('a change whose other value is in an earlier sentence', () => {
  it.each<[string, Case]>([
    ['en rate, wrong', { text: 'Northwind reported revenue of $12.0 billion in 2024. In 2025 revenue was $15.6 billion, up 45%.', flagged: ['45%'] }],
    ['en rate, right', { text: 'Northwind reported revenue of $12.0 billion in 2024. In 2025 revenue was $15.6 billion, up 30%.', consistent: ['30%'] }],
    ['en fold, wrong', { text: 'Northwind reported revenue of $9.0 billion in 2024. Revenue was $3.0 billion in 2023, a fivefold rise in a year.', flagged: ['fivefold'] }],
    ['en fold, the author rounded', { text: 'Northwind had revenue of $1.3 billion in October 2023. Revenue reached $10 billion in June 2025, roughly an eightfold rise.', consistent: ['eightfold'] }],
    ['en the year named picks one of two', { text: 'Revenue was $8.0 billion in 2023 and $10.0 billion in 2024. In 2025 revenue was $15.0 billion, up 40% year over year.', flagged: ['40%'] }],
    ['en the span named picks one of two', { text: 'Revenue was $8.0 billion in 2023 and $10.0 billion in 2024. In 2025 revenue was $15.0 billion, up 50% in two years.', flagged: ['50%'] }],
    ['zh rate, wrong', { text: '2024年该公司营收为120亿元。2025年营收为156亿元，同比增长45%。', flagged: ['45%'] }],
    ['zh rate, right', { text: '2024年该公司营收为120亿元。2025年营收为156亿元，同比增长30%。', consistent: ['30%'] }],
    ['zh multiple of a time, wrong', { text: '2023年该公司营收只有20亿元。2025年营收达到100亿元，是2023年的8倍。', flagged: ['8倍'] }],
    ['zh multiple of a time, right', { text: '2023年该公司营收只有20亿元。2025年营收达到100亿元，是2023年的5倍。', consistent: ['5倍'] }],
    ['en a multiple of an earlier time, wrong', { text: 'Northwind reported revenue of $3.7 billion in 2024. For 2025 it expects revenue of $13 billion, roughly five times as much.', flagged: ['five times'] }],
    ['en a multiple of an earlier time, right', { text: 'Northwind reported revenue of $3.7 billion in 2024. For 2025 it expects revenue of $13 billion, about 3.5 times as much.', consistent: ['3.5 times'] }],
    ['zh a fraction of an earlier time, wrong', { text: '2024年该公司营收为120亿元。2025年营收只有60亿元，只有去年的三分之一。', flagged: ['三分之一'] }],
    ['zh a fraction of an earlier time, right', { text: '2024年该公司营收为120亿元。2025年营收只有60亿元，只有去年的一半。', consistent: ['一半'] }],
    ['en a sentence that points back, wrong', { text: 'Northwind reported revenue of $2.0 billion in 2023. Revenue was $3.0 billion in 2024. That is a rise of 80%.', flagged: ['80%'] }],
    ['zh a sentence that points back, right', { text: '2023年该公司营收为20亿元。2024年营收为30亿元。这意味着增长了50%。', consistent: ['50%'] }],
    ['zh a multiple before the new value it leads to, wrong', { text: '2023年该公司营收为20亿元。2024年营收翻了一番，达到60亿元。', flagged: ['翻了一番'] }],
    ['zh a multiple before the new value it leads to, right', { text: '2023年该公司营收为30亿元。2024年营收翻了一番，达到60亿元。', consistent: ['翻了一番'] }],
    ['en "tripled to", wrong', { text: 'Northwind reported revenue of $2.0 billion in 2024. In 2025 revenue tripled to $13 billion.', flagged: ['tripled'] }],
    ['en "rose P% to", right', { text: 'Northwind reported revenue of $12.0 billion in 2024. In 2025 revenue rose 30% to $15.6 billion.', consistent: ['30%'] }],
    ['zh the base year named, its level written, wrong', { text: '2024年该公司营收为120亿元。2025年营收为156亿元，较2024年增长约45%。', flagged: ['45%'] }],
    ['zh the base year named, its level written, right', { text: '2024年该公司营收为120亿元。2025年营收为156亿元，较2024年增长约30%。', consistent: ['30%'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['two candidates that give different answers', { text: 'Revenue was $8.0 billion in 2023 and $10.0 billion in 2024. In 2025 revenue was $15.0 billion, up 40%.' }],
    ['zh two candidates', { text: '2023年营收为100亿元，2024年营收为120亿元。2025年营收为156亿元，增长了45%。' }],
    ['the other value in another paragraph', { text: 'Northwind reported revenue of $12.0 billion in 2024.\n\nIn 2025 revenue was $15.6 billion, up 45%.' }],
    ['another measure', { text: 'Northwind reported revenue of $4.0 billion in 2023. In 2024 net income was $1.0 billion, up 25%.' }],
    ['a baseline the rate names', { text: 'Northwind was valued at $2.0 billion in March 2024. In June 2025 it was valued at $5.0 billion, 40% above the tender offer.' }],
    ['zh a baseline the rate names', { text: '2024年3月该公司估值20亿美元。2025年6月估值50亿美元，较要约收购时高出约40%。' }],
    ['a multiple of a figure not stated', { text: 'Northwind reported revenue of $4.0 billion in 2024. Revenue was $9.0 billion in 2025, three times its rival.' }],
    ['a sentence that does not point back', { text: 'Northwind reported revenue of $2.0 billion in 2023. Revenue was $3.0 billion in 2024. Headcount rose 80%.' }],
    ['"times higher" may state the rise', { text: 'Northwind reported revenue of $3.7 billion in 2024. For 2025 it expects revenue of $13 billion, five times higher.' }],
    ['"rose P% to" with two candidates', { text: 'Revenue was $8.0 billion in 2023 and $10.0 billion in 2024. In 2025 revenue rose 40% to $15.0 billion.' }],
    ['zh the amount after the multiple is another measure\'s', { text: '2023年该公司营收为20亿元。2024年营收翻了一番，净利润达到60亿元。' }],
    ['zh an increase written as 多花了 is no level', { text: '2023年该公司营收为100亿元。2024年比2023年多赚了约40亿元，增幅约40%。2025年营收为182亿元，较2024年再增长约30%。' }],
    ['zh the base year named has no written level', { text: '2023年该公司营收为100亿元。2025年营收为182亿元，较2024年增长约30%。' }],
    ['en a step written between the pair', { text: 'Northwind reported revenue of $10.0 billion in 2023. In 2024 revenue rose by $4.0 billion, up 40%. In 2025 revenue was $18.2 billion, up 30%.' }],
    ['periods of different lengths', { text: 'Northwind reported revenue of $12.0 billion in 2024. In the March quarter of 2025 revenue was $4.0 billion, up 45%.' }],
  ])('not read: %s', (_, c) => run(c));

  it('is a warning at most, with no fix', () => {
    const { findings } = check('Northwind reported revenue of $12.0 billion in 2024. In 2025 revenue was $15.6 billion, up 45%.', { date: '2026-02-01' });
    const f = findings.find((x) => x.text === '45%')!;
    expect(f.severity).toBe('warning');
    expect(f.fixes).toEqual([]);
  });
});
