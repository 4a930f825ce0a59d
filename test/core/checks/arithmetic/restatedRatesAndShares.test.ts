/**
 * Percentage changes and shares whose operands the words name without the usual phrase: a rate pointing
 * back past the change written as an amount (pointedRateAside.ts), "A versus B — an increase of P%"
 * (versusRate.ts), a multiple restated as a rise (multipleAsRate.ts), a bare 占 after the part or a part
 * named by its word (bareShareZh.ts), "N of M, or P%" (partOfCountShare.ts), and a margin over the revenue
 * of the sentence before (namedMargin.ts, marginWords.ts).
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const growth = (text: string) => arithFlags(text, 'arith.growth');
const share = (text: string) => arithFlags(text, 'arith.percent-of');

describe('a rate pointing back past the change written as an amount', () => {
  it('reads past the change written as an amount before the rate', () => {
    expect(growth('Acme spent $210 billion of capex in 2024 and plans $300 billion for 2025. That is $90 billion more, an increase of about 60%.')).toEqual(['60%']);
    expect(growth('Acme spent $210 billion of capex in 2024 and plans $300 billion for 2025. That is $90 billion more, an increase of about 43%.')).toEqual([]);
  });

  it('reads nothing when the other amount is no restatement', () => {
    expect(growth('Acme spent $210 billion of capex in 2024 and plans $300 billion for 2025. That is $90 billion of it on chips, an increase of about 60%.')).toEqual([]);
  });

  it('still checks the span its words state against the dates', () => {
    expect(growth('Acme spent $210 billion of capex in 2024 and plans $300 billion for 2025. That is $90 billion more in six months, an increase of about 60%.')).toEqual([]);
  });
});

describe('a rate after "A versus B"', () => {
  it('is A over B less one', () => {
    expect(growth('The plan is $92 billion, versus $70 billion spent in 2024 — an increase of 45%.')).toEqual(['45%']);
    expect(growth('The plan is $92 billion, versus $70 billion spent in 2024 — an increase of 31%.')).toEqual([]);
  });

  it('reads nothing when the direction contradicts the two levels', () => {
    expect(growth('The plan is $92 billion, versus $70 billion spent in 2024 — a decline of 45%.')).toEqual([]);
  });
});

describe('a multiple restated as a rise', () => {
  it('is the multiple less one', () => {
    expect(growth('Sales saw a 3x jump in a year, i.e. revenue up 300%.')).toEqual(['300%']);
    expect(growth('Sales saw a 3x jump in a year, i.e. revenue up 200%.')).toEqual([]);
  });

  it('never reads a multiple of a level', () => {
    expect(growth('The cloud unit is 2.5x the size, or up 250%.')).toEqual([]);
  });
});

describe('a Chinese share after a bare 占', () => {
  it('takes the part right before 占 and the named whole before it', () => {
    expect(share('甲公司第三季度营收200亿美元，云业务150亿美元，占80%。')).toEqual(['80%']);
    expect(share('甲公司第三季度营收200亿美元，云业务150亿美元，占75%。')).toEqual([]);
  });

  it('takes a part named by its word and the whole of the breakdown', () => {
    expect(share('B轮融资10亿欧元，其中股权6亿欧元、债务4亿欧元，股权部分占约80%。')).toEqual(['80%']);
    expect(share('B轮融资10亿欧元，其中股权6亿欧元、债务4亿欧元，股权部分占约60%。')).toEqual([]);
  });

  it('reads nothing when the amount before is a change or another period', () => {
    expect(share('去年营收200亿美元，今年营收260亿美元，占30%。')).toEqual([]);
  });
});

describe('"N of M, or P%"', () => {
  it('is N over M', () => {
    expect(share('The founders hold 7 of 40 seats, or 25%.')).toEqual(['25%']);
    expect(share('The founders hold 7 of 40 seats, or 17.5%.')).toEqual([]);
    expect(share('AI added 4 of 25 points, about 30%.')).toEqual(['30%']);
  });

  it('needs a restating cue and a share that names no whole of its own', () => {
    expect(share('Acme is one of 3 suppliers, about 80% of the market.')).toEqual([]);
    expect(share('Acme is one of 3 suppliers, 80%.')).toEqual([]);
  });
});

describe('a margin over the revenue of the sentence before', () => {
  it('reads a profit named with a verb against the revenue just written', () => {
    expect(share('Full-year revenue was $50.4 billion, up 31%. Operating income rose to $7.1 billion from $2.7 billion, a margin of roughly 18%.')).toEqual(['18%']);
    expect(share('Full-year revenue was $50.4 billion, up 31%. Operating income rose to $7.1 billion from $2.7 billion, a margin of roughly 14%.')).toEqual([]);
  });

  it('reads nothing when the revenue is of another period', () => {
    expect(share('Q4 revenue was $50.4 billion, up 31%. Full-year operating income in 2024 rose to $7.1 billion from $2.7 billion in 2023, a margin of roughly 18%.')).toEqual([]);
  });

  it('lets the revenue keep its own comparison (Chinese)', () => {
    expect(share('2025财年甲公司营收1000亿美元，比上一财年的600亿美元增长了约67%；净利润550亿美元，净利率约62%。')).toEqual(['62%']);
    expect(share('2025财年甲公司营收1000亿美元，比上一财年的600亿美元增长了约67%；净利润550亿美元，净利率约55%。')).toEqual([]);
  });
});
