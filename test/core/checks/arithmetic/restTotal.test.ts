/**
 * A total of "the rest" (其余/其他/剩余, the rest, all other segments) is the whole less the parts listed
 * before it, never their sum (sums.ts).
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const sums = (text: string) => arithFlags(text, 'arith.sum', '2025-06-01');

describe('a total of the rest is no sum of the figures before it', () => {
  it('reads 其余/其他/剩下 … 合计 as what is left (Chinese)', () => {
    expect(sums('去年公司总营收200亿元，其中云业务150亿元，其余业务合计约50亿元。')).toEqual([]);
    expect(sums('上季度营收80亿元，其中广告60亿元，其他业务加起来约20亿元。')).toEqual([]);
    expect(sums('全年出货120万台，其中海外70万台，剩下的国内市场合计50万台。')).toEqual([]);
  });

  it('reads "the rest" / "all other segments" … combined as what is left (English)', () => {
    expect(sums('Revenue was $200 billion, of which cloud was $150 billion and all other segments combined came to about $50 billion.')).toEqual([]);
    expect(sums('The company shipped 1.2 million units, 700,000 of them abroad, and the rest together came to 500,000.')).toEqual([]);
  });

  it('still flags a listed sum that does not add up', () => {
    expect(sums('云业务150亿元，广告30亿元，合计190亿元。')).toEqual(['190亿元']);
    expect(sums('Cloud brought in $150 billion and ads $30 billion, $190 billion in all.')).toEqual(['$190 billion']);
  });
});
