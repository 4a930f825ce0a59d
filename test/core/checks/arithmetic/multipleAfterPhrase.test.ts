/**
 * "A into private AI companies, nearly 15 times China's B": a phrase saying where A went, a comma, then
 * a multiple of a named or dated B in apposition to A (ratios.ts).
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';
import { expectRelations } from './relationCase';

const ratios = (text: string) => arithFlags(text, 'arith.ratio');

describe('a multiple after the phrase completing its amount', () => {
  it('flags a multiple the two amounts do not bear out (English)', () => {
    expect(ratios('In 2024 American investors put $120 billion into private robotics companies, nearly 20 times Japan’s $8 billion.')).toEqual(['20 times']);
  });

  it('and the Chinese shape, where 是…的 names the pair', () => {
    expect(ratios('2024年美国投资者向私人机器人公司投入1200亿美元，是日本80亿美元的近20倍。')).toEqual(['20倍']);
  });

  it('reads a multiple that holds as consistent', () => {
    expectRelations({ text: 'Acme spent $80 billion on data centres in 2025, about three times the $25 billion it spent in 2023.', consistent: ['three times'] }, '2025-11-20');
    expectRelations({ text: '2024年美国投资者向私人机器人公司投入1200亿美元，是日本80亿美元的15倍。', consistent: ['15倍'] }, '2025-11-20');
  });

  it('is silent when no named or dated amount follows the multiple', () => {
    expect(ratios('Acme spent $80 billion on data centres in 2025, about five times what Beta spent, or $25 billion by one count.')).toEqual([]);
  });

  it('is silent when the phrase itself carries a figure', () => {
    expect(ratios('Acme spent $80 billion on 2 million chips, about five times Beta’s $25 billion.')).toEqual([]);
  });
});
