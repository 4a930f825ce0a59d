/**
 * An exchange rate a sentence converts with ("按…汇率7.0176折算", "converted at the H.10 rate of 7.0176") is
 * the writer's chosen factor, not a claim that it is the latest rate: no stale warning unless the words
 * call it current (最新, 当前, "latest", "today's"): adoptedRate.ts convertsAtRate. And 同期 / 当时 /
 * "then-prevailing" / "the same day's" before a rate take the date stated just before (offsetPeriod.ts
 * 'same-period', paragraphOffset.ts). Bundled facts: USD/CNY H.10 on 2024-09-30 7.0176, PBOC central
 * parity that day 7.0074; newer monthly H.10 averages to December 2024 (7.2807).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';
import { convertsAtRate } from '../../../../server/src/core/checks/facts/adoptedRate';
import { periodsIn } from '../../bind/helpers';
import type { Claim } from '../../../../server/src/core/model';

const DATE = '2025-03-10';
const rateFindings = (text: string) => draftFindings(text, DATE).filter((f) => f.startsWith('7.'));

describe('a conversion rate is the writer’s factor, not a claim to be the latest', () => {
  it.each([
    'GPT-4o mini输出价格为每百万tokens 0.60美元，按美联储H.10汇率7.0176折算约4.2元。',
    '该模型每百万tokens收费0.60美元，以H.10汇率7.0176换算约合4.2元人民币。',
  ])('%s', (text) => expect(rateFindings(text)).toEqual([]));
});

describe('near misses: a rate called current, or stated rather than used, keeps its stale warning', () => {
  it.each([
    ['GPT-4o mini输出价格为每百万tokens 0.60美元，按最新汇率7.0176折算约4.2元。', '7.0176 fact.stale warning'],
    ['美元兑人民币汇率目前为7.0176。', '7.0176 fact.stale warning'],
    ['The dollar-yuan exchange rate is 7.0176.', '7.0176 fact.stale warning'],
  ])('%s', (text, finding) => expect(rateFindings(text)).toEqual([finding]));
});

describe('the wordings of converting at a rate', () => {
  const converts = (sentence: string, figure = '7.0176') => {
    const start = sentence.indexOf(figure);
    const claim = { metric: { value: 'fx.rate' }, quantity: { start, end: start + figure.length }, sentence: { start: 0, end: sentence.length } } as Claim;
    return convertsAtRate(claim, sentence);
  };
  it.each([
    'The $0.60 price, converted at the Fed H.10 rate of 7.0176, is about ¥4.2.',
    'At an exchange rate of 7.0176, the $0.60 price works out to about ¥4.2.',
    'Using the PBOC central parity of 7.0176, that is about ¥4.2.',
    '按同期美联储H.10汇率7.0176折算约4.2元。',
    '以9月末中间价7.0176换算，约合4.2元。',
  ])('converts: %s', (s) => expect(converts(s)).toBe(true));
  it.each([
    'The $0.60 price, converted at the latest exchange rate of 7.0176, is about ¥4.2.',
    "At today's exchange rate of 7.0176, the price is about ¥4.2.",
    '按当前汇率7.0176折算约4.2元。',
    '美元兑人民币汇率为7.0176。',
    'The yuan closed at 7.0176 per dollar.',
  ])('does not: %s', (s) => expect(converts(s)).toBe(false));
});

describe('同期, 当时, "then-prevailing": the date stated just before', () => {
  it('Chinese and English, in one span', () => {
    expect(periodsIn('按2024年9月30日中间价7.0074折算；按同期H.10汇率7.0176折算', DATE)).toContainEqual(['同期', '2024-09-30', '2024-09-30']);
    expect(periodsIn('2024年9月30日的中间价为7.0074，当时的H.10汇率为7.0176', DATE)).toContainEqual(['当时', '2024-09-30', '2024-09-30']);
    expect(periodsIn('At the 30 September 2024 parity of 7.0074, or the then-prevailing H.10 rate of 7.0176', DATE)).toContainEqual(['then-prevailing', '2024-09-30', '2024-09-30']);
  });
  it('across sentences of a paragraph: the 9月末 rate, not the newest', () => {
    const text = 'Claude 3 Sonnet输入价格为每百万tokens 3美元，按9月末中间价7.0074折算约21元。GPT-4o mini输出价格为每百万tokens 0.60美元，按同期美联储H.10汇率7.0176折算约4.2元。';
    expect(rateFindings(text)).toEqual([]);
  });
  it('near misses: a comparison’s 同期 and 去年同期 are no rate’s date', () => {
    const words = (text: string) => periodsIn(text, DATE).map((p) => p[0]);
    expect(words('2024年营收为100亿元，同期增长30%。')).not.toContain('同期');
    expect(periodsIn('2024年第三季度营收100亿元，去年同期为80亿元。', DATE)).toContainEqual(['去年同期', '2023-07-01', '2023-09-30']);
  });
});
