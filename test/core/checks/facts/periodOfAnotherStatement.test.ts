/**
 * A period written inside an earlier statement of the sentence (past a semicolon, and not opening the
 * sentence) is that statement's: it may still be carried to a later figure, but not surely enough to
 * call the figure a wrong period. A period that opens the sentence governs every statement of it.
 */
import { describe, expect, it } from 'vitest';
import { periodInEarlierStatement } from '../../../../server/src/core/checks/facts/claimSentence';
import { flaggedTexts } from '../../../helpers/flagged';

function at(sentence: string, period: string, figure: string): boolean {
  const p = sentence.indexOf(period);
  return periodInEarlierStatement(sentence, p, p + period.length, sentence.indexOf(figure));
}

describe('periodInEarlierStatement', () => {
  it('a year inside an earlier statement, past a semicolon', () => {
    expect(at('According to its founder, the company will ship new models in 2025; it was valued at nearly $1 billion.', '2025', '$1 billion')).toBe(true);
    expect(at('创始人表示,公司计划在2025年推出新模型;其估值接近10亿美元。', '2025年', '10亿美元')).toBe(true);
  });

  it('not a year that opens the sentence', () => {
    expect(at('In 2025, the company shipped new models; it was valued at nearly $1 billion.', '2025', '$1 billion')).toBe(false);
    expect(at('2025年,公司推出新模型;其估值接近10亿美元。', '2025年', '10亿美元')).toBe(false);
  });

  it('not a year in the same statement as the figure', () => {
    expect(at('Its founder says that in 2025 it was valued at nearly $1 billion.', '2025', '$1 billion')).toBe(false);
  });
});

describe('wrong period only when the period is surely the figure\'s', () => {
  const flagged = (text: string) => flaggedTexts(text, '2025-09-01', 'fact.wrong-period');

  // A valuation fact with a value (not only a ceiling, which places no figure in a period).
  it('a year of an earlier statement raises no warning', () => {
    expect(flagged('公司创始人介绍,零一万物去年营收增长很快,计划在2025年推出新模型;其最近一次融资的估值接近10亿美元。')).toEqual([]);
    expect(flagged('公司创始人介绍,Anthropic去年营收增长很快,计划在2023年推出新模型;其最近一次融资的估值为615亿美元。')).toEqual([]);
  });

  it('a year that opens the sentence still does', () => {
    expect(flagged('2023年,Anthropic推出新模型;其估值为615亿美元。')).toEqual(['615亿美元']);
  });

  it('and so does a year in the figure\'s own clause', () => {
    expect(flagged('Anthropic在2023年估值为615亿美元。')).toEqual(['615亿美元']);
  });
});
