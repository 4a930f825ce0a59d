/**
 * A difference whose own clause names another measure than the pair of dated values before it is that
 * measure's change, not the pair's: "capex of $30 billion in 2023 and $20 billion in 2024, while its
 * revenue fell by $15 billion" says nothing of capex's fall (growth.ts namedMeasuresDiffer). A difference
 * of the pair's own measure is still checked.
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const growthFlags = (text: string) => arithFlags(text, 'arith.growth');

describe('a difference of another measure is not the pair’s', () => {
  for (const text of [
    'Acme Corp spent capex of $30 billion in 2023 and $20 billion in 2024, while its revenue fell by $15 billion.',
    'Acme公司2023年资本开支300亿美元，2024年200亿美元，而营收减少了150亿美元。',
  ]) {
    it(`${text} is not flagged`, () => expect(growthFlags(text)).toEqual([]));
  }
  it('near miss: a difference of the pair’s own measure is still checked', () => {
    expect(growthFlags("Acme's revenue was $30 billion in 2023 and $20 billion in 2024, a fall of $15 billion.")).toEqual(['$15 billion']);
    expect(growthFlags('Acme公司2023年营收300亿美元，2024年200亿美元，减少了150亿美元。')).toEqual(['150亿美元']);
  });
});
