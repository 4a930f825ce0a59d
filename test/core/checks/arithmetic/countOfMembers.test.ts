/**
 * "三家合计", "the next four combined", "the top five together": a count of the members summed names who the
 * total is over; it is never the total itself, and a sum built over the members uses them all.
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const sums = (text: string) => arithFlags(text, 'arith.sum');

describe('a count of members is not the total of a sum', () => {
  it('Chinese: 三家合计 over three listed amounts is checked on the amount, not on 三家', () => {
    expect(sums('据某咨询公司估计，去年甲公司采购了约4万台服务器，乙公司约3万台，丙公司约1万台，三家合计8万台；丁公司则为2万台。')).toEqual([]);
  });
  it('Chinese: a wrong amount after the count is still flagged', () => {
    expect(sums('据某咨询公司估计，去年甲公司采购了约4万台服务器，乙公司约3万台，丙公司约1万台，三家合计12万台；丁公司则为2万台。')).toEqual(['12万台']);
  });
  it('English: "the next four combined" is not compared with the amounts before it', () => {
    expect(sums('So the two biggest buyers took 90,000 between them, against 60,000 for the next four combined.')).toEqual([]);
    expect(sums('The leader shipped 12,000 units and the runner-up 8,000, with 5,000 for the top five together.')).toEqual([]);
  });
  it('English: a count with a member noun ("three labs together") is not the total either', () => {
    expect(sums('Acme raised $400 million and Globex $250 million, while three labs together raised $900 million.')).toEqual([]);
  });
  it('English: the total after "the three together" is still checked over all three members', () => {
    expect(sums('Acme bought 30,000 chips, Globex 20,000 and Initech 10,000, the three together 60,000.')).toEqual([]);
    expect(sums('Acme bought 30,000 chips, Globex 20,000 and Initech 10,000, the three together 70,000.')).toEqual(['70,000']);
  });
  it('a count naming more members than the amounts listed leaves the total unchecked', () => {
    expect(sums('甲公司采购了约4万台服务器，乙公司约3万台，四家合计约12万台。')).toEqual([]);
    expect(sums('Acme bought 30,000 chips and Globex 20,000, and the four together about 90,000.')).toEqual([]);
  });
  it('a count naming fewer members than listed does not pick the nearest amounts', () => {
    expect(sums('Acme bought 50,000 chips, Globex 40,000 and Initech 10,000, the two leaders together 90,000.')).toEqual([]);
    expect(sums('甲公司采购了5万台，乙公司4万台，丙公司1万台，前两家合计9万台。')).toEqual([]);
  });
});
