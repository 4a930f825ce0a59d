/**
 * A table row's label names whose the row's figures are as plainly as the number's own clause: a
 * price list row ("| Claude 3 Haiku | $0.25 | $1.50 |") is checked like "Claude 3 Haiku's output price
 * is $1.50", so a price that no price list ever had is contradicted. Bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

const sheet = (rows: string[]) => ['| Model | Input | Output |', '|---|---|---|', ...rows].join('\n');
const sheetZh = (rows: string[]) => ['| 模型 | 输入价格 | 输出价格 |', '|---|---|---|', ...rows].join('\n');

describe('a price in a price-list row', () => {
  it('is contradicted when no price list ever had it (English)', () => {
    expect(flagged(sheet(['| Claude 3 Haiku | $0.25 | $1.50 |']), '2024-08-20')).toEqual(['$1.50 fact.value-mismatch']);
  });

  it('and in Chinese', () => {
    expect(flagged(sheetZh(['| Claude 3 Haiku | 0.25美元 | 1.50美元 |']), '2024-08-20')).toEqual(['1.50美元 fact.value-mismatch']);
  });

  it('is supported when it is the list price', () => {
    expect(flagged(sheet(['| Claude 3 Haiku | $0.25 | $1.25 |', '| Claude 3 Opus | $15 | $75.00 |']), '2024-08-20')).toEqual([]);
  });

  it('is left alone when the product is named only outside the row label', () => {
    expect(flagged(['Claude 3 Haiku', '', sheet(['| Batch | $0.25 | $1.50 |'])].join('\n'), '2024-08-20')).toEqual([]);
  });
});
