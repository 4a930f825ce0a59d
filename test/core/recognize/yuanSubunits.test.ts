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

describe('块 with tenths after it is colloquial yuan', () => {
  it('reads 三块五, 两块八毛五 and 十二块五毛钱 as yuan', () => {
    expect(read('楼下一杯豆浆三块五。')).toEqual([['三块五', 'money', 3.5, 'CNY']]);
    expect(read('白菜涨到两块八毛五一斤。')).toEqual([['两块八毛五', 'money', 2.85, 'CNY']]);
    expect(read('门票十二块五毛钱，不算贵。')).toEqual([['十二块五毛钱', 'money', 12.5, 'CNY']]);
    expect(read('地铁单程3块5左右。')).toEqual([['3块5', 'money', 3.5, 'CNY']]);
  });

  it('keeps it as an amount of its precision (3.5 is not 3 or 4)', () => {
    const [q] = recognizeUnchecked('一瓶水两块八。');
    expect(q.low).toBeGreaterThan(2.7);
    expect(q.high).toBeLessThan(2.9);
  });

  it('near misses: 块 as a classifier of a noun stays a count', () => {
    expect(read('实验室新到了三块H100。')).toEqual([['三块H100', 'count', 3, 'H100']]);
    expect(read('他买了两块八英寸晶圆。')[0]).toEqual(['两块', 'count', 2, '']);
    expect(read('机箱里插着三块5090显卡。')[0]).toEqual(['三块', 'count', 3, '']);
    expect(read('这台服务器装了八块GPU。').some(([, kind]) => kind === 'money')).toBe(false);
  });
});
