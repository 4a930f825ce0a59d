/**
 * Conversions at a rate the draft writes (currency.ts): a rate written or named between the two amounts is
 * itself the cue ("按7.10换算约为…", "按同一汇率约为…"); a price converted may leave its denominator unwritten;
 * a sentence that opens with the conversion converts the one amount of the other currency the sentence
 * before wrote (the nearest of several, flagged only when no amount nor their sum gives the result).
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const flags = (text: string) => arithFlags(text, 'arith.currency');

describe('a rate written between the amounts is the cue', () => {
  it('reads "A，按R换算约为B" and "按同一汇率约为B"', () => {
    expect(flags('某公司季度收入1250亿元，按7.10换算约为176亿美元。')).toEqual([]);
    expect(flags('某公司季度收入1250亿元，按7.10换算约为196亿美元。')).toEqual(['196亿美元']);
    expect(flags('甲公司收入按7.20换算约为50亿美元；乙公司收入900亿元，按同一汇率约为125亿美元。')).toEqual([]);
    expect(flags('甲公司收入按7.20换算约为50亿美元；乙公司收入900亿元，按同一汇率约为135亿美元。')).toEqual(['135亿美元']);
  });
  it('near miss: two amounts with no rate and no restating word between them are no conversion', () => {
    expect(flags('甲公司收入900亿元，乙公司收入135亿美元。')).toEqual([]);
  });
});

describe('a price converted keeps its denominator', () => {
  it('"每百万tokens 2美元，按7.10折算约14.2元" is the same price', () => {
    expect(flags('某模型输出价格为每百万tokens 2美元，按7.10折算约14.2元。')).toEqual([]);
    expect(flags('某模型输出价格为每百万tokens 2美元，按同期美联储H.10汇率7.10折算约18元。')).toEqual(['18元']);
  });
});

describe('a sentence that opens with the conversion', () => {
  it('converts the one amount of the other currency the sentence before wrote', () => {
    expect(flags('某云业务季度收入150亿美元，同比增长20%。按当月美元兑人民币月均汇率7.10折算，约合1065亿元。')).toEqual([]);
    expect(flags('某云业务季度收入150亿美元，同比增长20%。按当月美元兑人民币月均汇率7.10折算，约合1500亿元。')).toEqual(['1500亿元']);
    expect(flags('某云业务季度收入150亿美元。如果有人用年末汇率7.30换算，会得到1200亿元。')).toEqual(['1200亿元']);
    expect(flags('某云业务季度收入150亿美元。如果有人用年末汇率7.30换算，会得到1095亿元。')).toEqual([]);
  });
  it('with two candidate sources, flags only a result no reading gives (session 31)', () => {
    // The nearest amount (30亿美元 → 213亿元), the other (150亿美元 → 1065亿元) and their sum (1278亿元) all miss 1500亿元.
    expect(flags('某云业务季度收入150亿美元，利润30亿美元。按7.10折算，约合1500亿元。')).toEqual(['1500亿元']);
    expect(flags('A unit booked $15 billion of revenue and $3 billion of profit. At 7.10 yuan per dollar, that is about 150 billion yuan.')).toEqual(['150 billion yuan']);
  });
  it('near miss: any candidate, or their sum, that converts to the result explains it', () => {
    expect(flags('某云业务季度收入150亿美元，利润30亿美元。按7.10折算，约合1065亿元。')).toEqual([]);
    expect(flags('某公司先投资40亿美元，后追加20亿美元。按7.10折算，约合426亿元。')).toEqual([]);
    expect(flags('A unit booked $15 billion of revenue and $3 billion of profit. At 7.10 yuan per dollar, that is about 106.5 billion yuan.')).toEqual([]);
  });
  it('near miss: a sentence converting its own amount says nothing of the sentence before', () => {
    expect(flags('某云业务季度收入150亿美元。按7.10折算，47亿元的云收入约为6.6亿美元。')).toEqual([]);
  });
  it('near miss: a new paragraph is not the sentence before', () => {
    expect(flags('某云业务季度收入150亿美元。\n\n按7.10折算，约合1200亿元。')).toEqual([]);
  });
});

describe('a conversion after two amounts of one currency may convert either', () => {
  it('an earlier amount of the sentence whose conversion gives the result explains it', () => {
    expect(flags('某公司完成5亿美元融资，投后估值20亿美元，按7.10折算约35.5亿元。')).toEqual([]);
    expect(flags('The startup raised $500 million and was valued at $2 billion, equal to RMB 3.55 billion at 7.10 yuan per dollar.')).toEqual([]);
  });
  it('near miss: a result neither amount converts to is still flagged', () => {
    expect(flags('某公司完成5亿美元融资，投后估值20亿美元，按7.10折算约50亿元。')).toEqual(['50亿元']);
    expect(flags('The startup raised $500 million and was valued at $2 billion, about RMB 5 billion at 7.10 yuan per dollar.')).toEqual(['RMB 5 billion']);
  });
});

describe('a yuan figure after 美元兑 or before 的汇率 is the rate, not an amount (session 24)', () => {
  it('"按美元兑人民币7.1的汇率" converts the amount before it at 7.1, and never converts 7.1 yuan', () => {
    expect(flags('某公司季度收入710亿元，按美元兑人民币7.1的汇率约为100亿美元。')).toEqual([]);
    expect(flags('某公司季度收入710亿元，按美元兑人民币7.1的汇率约为120亿美元。')).toEqual(['120亿美元']);
    expect(flags('某模型输入价格为每百万tokens 2元；按年末美元兑人民币7.2的汇率，约合0.28美元。')).toEqual([]);
  });
  it('near miss: a yuan amount with no pair before it and no 的汇率 after it stays an amount', () => {
    expect(flags('某公司季度收入人民币71亿元，约合10亿美元。')).toEqual([]);
    expect(flags('某公司季度收入人民币71亿元，约合15亿美元。')).toEqual(['15亿美元']);
  });
});
