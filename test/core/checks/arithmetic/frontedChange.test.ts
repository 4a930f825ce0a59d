/**
 * A from–to that opens its sentence is an adverbial of the clause after the comma: that clause's multiple
 * is the change's ("From A to B, the valuation rose nearly 20-fold", "从A到B，估值在两年里涨到了原来的近20倍").
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';
import { expectRelations } from './relationCase';

const growth = (text: string) => arithFlags(text, 'arith.growth');

describe('a fronted from–to and the multiple of the clause after it', () => {
  it('flags a multiple the two values do not bear out (English)', () => {
    expect(growth('From $3.2 billion to $48 billion, the valuation rose nearly 20-fold in two years.')).toEqual(['20-fold']);
  });

  it('and in Chinese', () => {
    expect(growth('从32亿美元到480亿美元，估值在两年里涨到了原来的近20倍。')).toEqual(['20倍']);
  });

  it('reads a multiple that holds as consistent', () => {
    expectRelations({ text: 'From $3.2 billion to $48 billion, the valuation rose 15-fold in two years.', consistent: ['15-fold'] }, '2025-11-20');
    expectRelations({ text: '从32亿美元到480亿美元，估值在两年里涨到了原来的15倍。', consistent: ['15倍'] }, '2025-11-20');
  });

  it('is silent when a subject before the from–to may differ from the clause after it', () => {
    expect(growth('Users went from 3.2 million to 48 million, the revenue rose 20-fold.')).toEqual([]);
    expect(growth('用户从32万增至480万，收入在两年里涨到了原来的20倍。')).toEqual([]);
  });

  it('涨了N倍 (rose by N times) is as ambiguous as 增长了N倍: no error when either reading fits', () => {
    // 69 ÷ 28 = 2.46: "涨了约1.5倍" read as "by 1.5 times" is ×2.5; read as the level it would be ×1.5.
    expect(growth('从28亿美元到69亿美元，一年多估值涨了约1.5倍。')).toEqual([]);
    // Neither reading fits a fivefold rise: still a warning.
    expect(growth('从28亿美元到140亿美元，一年多估值涨了约1.5倍。')).toEqual(['1.5倍']);
  });
});
