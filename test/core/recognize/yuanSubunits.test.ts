/**
 * Small yuan amounts and character counts (recognize/currency.ts, attach.ts, hedges.ts, lexicon.json):
 * after 人民币 or ¥, 毛/角 (0.1 yuan) and 分 (0.01) are the number's own unit ("人民币四毛" is 0.4 yuan,
 * never 4 yuan), 多 right after 毛/角 is a floor ("四毛多"), and 字符 counts characters, not the words 字
 * may count. A bare 毛 or 分 after a number with no currency before it is not money.
 */
import { describe, expect, it } from 'vitest';
import { recognizeUnchecked } from '../../../server/src/core/recognize/index';
import { arithFlags } from '../checks/arithmetic/arithFlags';

const read = (text: string) => recognizeUnchecked(text).map((q) => [q.text, q.kind, q.value, q.currency ?? q.unit ?? '']);

describe('毛, 角 and 分 after a number that 人民币 or ¥ opened', () => {
  it('reads them as tenths and hundredths of a yuan', () => {
    expect(read('一张地铁票折合人民币五角。')).toEqual([['人民币五角', 'money', 0.5, 'CNY']]);
    expect(read('单价为人民币3毛5分。')).toEqual([['人民币3毛5分', 'money', 0.35, 'CNY']]);
    expect(read('每次调用约¥4毛。')).toEqual([['¥4毛', 'money', 0.4, 'CNY']]);
    expect(read('一条短信人民币5分。')).toEqual([['人民币5分', 'money', 0.05, 'CNY']]);
  });

  it('reads 多 after 毛 as a floor', () => {
    const [q] = recognizeUnchecked('一次查询折合人民币六毛多。');
    expect(q).toMatchObject({ text: '人民币六毛', kind: 'money', value: 0.6, currency: 'CNY', bound: 'over' });
  });

  it('near misses: 元 with its subunits, and 毛 or 分 with no currency before', () => {
    expect(read('票价50元6角3分。')).toEqual([['50元6角3分', 'money', 50.63, 'CNY']]);
    expect(read('一瓶水五毛钱。')).toEqual([['五毛钱', 'money', 0.5, 'CNY']]);
    expect(read('三分之一的公司给了5分。').some(([, kind]) => kind === 'money')).toBe(false);
  });

  it('a conversion to 毛 is checked at its real size', () => {
    expect(arithFlags('一次请求的成本约为0.05美元，折合人民币三毛多。', 'arith.currency')).toEqual([]);
    expect(arithFlags('一次请求的成本约为0.05美元，折合人民币三元多。', 'arith.currency')).toEqual(['人民币三元']);
  });
});

describe('字符 counts characters, not words', () => {
  it('is read as characters', () => {
    expect(read('平均每个token约等于3个字符。')).toEqual([['3个字符', 'count', 3, 'character']]);
    expect(read('一篇2000字的报告。')).toEqual([['2000字', 'count', 2000, 'word']]);
  });

  it('is no side of a tokens-to-words restatement', () => {
    expect(arithFlags('经验上1个token约等于3个字符，约0.8个英文单词。', 'arith.token-price')).toEqual([]);
  });
});
