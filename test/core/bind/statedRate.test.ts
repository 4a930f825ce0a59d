/**
 * A rate over a generic quarter or year is not the figure of a shorter period named beside it
 * (bind/statedRate.ts, moved out of periodBinding.ts): the month of a run-rate does not date the
 * quarterly amount derived from it.
 */
import { describe, expect, it } from 'vitest';
import { shorterThanRate } from '../../../server/src/core/bind/statedRate';

const month = { start: '2023-12-01', end: '2023-12-31', label: 'December 2023' };
const quarter = { start: '2023-10-01', end: '2023-12-31', label: 'Q4 2023' };

/** The figure's span and its whole text as the clause. */
function at(text: string, figure: string) {
  const start = text.indexOf(figure);
  return { q: { start, end: start + figure.length }, clause: { start: 0, end: text.length } };
}

describe('a figure stated per quarter or per year', () => {
  it('"$400 million a quarter" is not December\'s figure, but may be a quarter\'s', () => {
    const text = 'The December run-rate implies about $400 million a quarter.';
    const { q, clause } = at(text, '$400 million');
    expect(shorterThanRate(text, q, clause, month)).toBe(true);
    expect(shorterThanRate(text, q, clause, quarter)).toBe(false);
  });

  it('"每年约50亿美元" is not a month\'s figure', () => {
    const text = '按12月的速度，每年约50亿美元。';
    const { q, clause } = at(text, '50亿美元');
    expect(shorterThanRate(text, q, clause, month)).toBe(true);
  });

  it('"a year later" and a figure with no rate word are no rate', () => {
    const later = 'It reached $400 million a year later.';
    const a = at(later, '$400 million');
    expect(shorterThanRate(later, a.q, a.clause, month)).toBe(false);
    const plain = 'Revenue was $400 million in December.';
    const b = at(plain, '$400 million');
    expect(shorterThanRate(plain, b.q, b.clause, month)).toBe(false);
  });

  it('a 每年 that does not stand right before the figure is no rate', () => {
    const text = '每年我们都会回顾一次，这一次的数字是整整50亿美元。';
    const { q, clause } = at(text, '50亿美元');
    expect(shorterThanRate(text, q, clause, month)).toBe(false);
  });
});
