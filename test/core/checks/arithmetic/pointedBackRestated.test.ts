/**
 * A sentence that points back at the paragraph's change may go on to restate it at another cadence ("That
 * is an increase of 60% in six months, or $500 million a month"): the later amount is no value of the series,
 * so the rate still takes the one pair the paragraph dated (paragraphChange.ts). An amount after the rate
 * that could be a value of the series gives the sentence its own operands: nothing is read.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-07-15');

describe('a pointed-back change restated at another cadence', () => {
  it.each<[string, Case]>([
    ['en wrong', { text: 'In June 2025 Northwind passed $8.0 billion of annualised revenue, up from $5.0 billion in December 2024. That is an increase of 90% in six months, or $250 million a month.', flagged: ['90%'] }],
    ['en right', { text: 'In June 2025 Northwind passed $8.0 billion of annualised revenue, up from $5.0 billion in December 2024. That is an increase of 60% in six months, or $250 million a month.', consistent: ['60%'] }],
    ['en right within the author\'s hedge', { text: 'In June 2025 Northwind passed $8.0 billion of annualised revenue, up from $5.0 billion in December 2024. That is an increase of about 65% in six months, or $250 million a month.', consistent: ['65%'] }],
    ['zh wrong', { text: '2025年6月该公司年化收入为80亿美元，2024年12月为50亿美元。这意味着半年增长了90%，相当于每月多出5亿美元。', flagged: ['90%'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en an amount after the rate that may be of the series', { text: 'In June 2025 Northwind passed $8.0 billion of annualised revenue, up from $5.0 billion in December 2024. That is an increase of 90% from $4.2 billion.' }],
    ['en the span the words state does not fit the dates', { text: 'In June 2025 Northwind passed $8.0 billion of annualised revenue, up from $5.0 billion in December 2023. That is an increase of 90% in six months, or $250 million a month.' }],
  ])('not flagged: %s', (_, c) => run(c));
});
