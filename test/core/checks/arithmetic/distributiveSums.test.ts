/**
 * A figure distributed over parties ("each", "各", "分别" over one figure) is one share per party; the
 * count word before the total names the parties and is never an addend (distributive.ts).
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';
import { arithFlags } from './arithFlags';

const sums = (text: string) => arithFlags(text, 'arith.sum', '2025-06-01');

describe('a total over equal shares is N × the share', () => {
  it('reads "各" and the count word "两家" as 2 × the share (Chinese)', () => {
    expect(sums('去年甲公司和乙公司各采购了约8万台服务器，两家合计约16万台；丙、丁、戊三家则分别约为2万台，三家加起来约6万台。')).toEqual([]);
  });

  it('reads "each" and "the two companies" as 2 × the share (English)', () => {
    expect(sums('Last year Acme and Globex each ordered about 80,000 servers, and the two companies together ordered 160,000.')).toEqual([]);
  });

  it('still flags a total that is not N × the share', () => {
    expect(sums('去年甲公司和乙公司各采购了约8万台服务器，两家合计约24万台。')).toEqual(['24万台']);
    expect(sums('Last year Acme and Globex each ordered about 80,000 servers, and the two companies together ordered 240,000.')).toEqual(['240,000']);
  });

  it('says nothing when the number of shares is not written', () => {
    expect(sums('甲公司和乙公司各采购了约8万台服务器，合计约24万台。')).toEqual([]);
    expect(sums('甲公司采购了3万台，乙公司和丙公司各采购了约8万台，三家合计约30万台。')).toEqual([]);
  });

  it('a count word naming the parties is not an addend of listed parts', () => {
    expect(sums('甲公司采购了3万台服务器，乙公司采购了5万台，两家合计约8万台。')).toEqual([]);
    expect(sums('甲公司采购了3万台服务器，乙公司采购了5万台，两家合计约10万台。')).toEqual(['10万台']);
  });

  it('"分别" over several figures still pairs them one to one', () => {
    const found = check('甲公司和乙公司分别采购了3万台和5万台服务器，合计9万台。', { date: '2025-06-01' }).findings.filter((f) => f.check === 'arith.sum');
    expect(found.map((f) => f.text)).toEqual(['9万台']);
  });
});

describe('a total in the next sentence over several groups of equal shares', () => {
  const zhGroups = '据某机构统计，去年甲公司和乙公司各订购了约8万台服务器，丙、丁、戊三家各约2万台。';
  const enGroups = 'Last year Acme and Globex each ordered about 80,000 servers, and Initech, Hooli and Umbrella about 20,000 each. ';

  it('picks the group the count word names and reads N × its share (Chinese)', () => {
    expect(sums(`${zhGroups}两家合计约16万台。`)).toEqual([]);
    expect(sums(`${zhGroups}前两家合计16万台，是后三家合计6万台的2.7倍左右。`)).toEqual([]);
    expect(sums(`${zhGroups}后三家加起来约6万台。`)).toEqual([]);
  });

  it('picks the group the count word names and reads N × its share (English)', () => {
    expect(sums(`${enGroups}The first two together ordered 160,000.`)).toEqual([]);
    expect(sums(`${enGroups}The other three together ordered about 60,000.`)).toEqual([]);
  });

  it('still flags a total that is not N × the share of the named group', () => {
    expect(sums(`${zhGroups}前两家合计约20万台。`)).toEqual(['20万台']);
    expect(sums(`${enGroups}The first two together ordered 200,000.`)).toEqual(['200,000']);
  });

  it('says nothing when the named group is not one of those listed', () => {
    expect(sums(`${zhGroups}四家合计约20万台。`)).toEqual([]);
    expect(sums(`${zhGroups}前三家合计约20万台。`)).toEqual([]);
  });

  it('a pair total over amounts that are not shares is still read as their sum', () => {
    const found = check('去年甲公司订购了约8万台服务器，乙公司约2万台。两家合计约12万台。', { date: '2025-06-01' }).findings;
    expect(found.filter((f) => f.check === 'arith.sum').map((f) => f.text)).toEqual(['12万台']);
  });
});
