/**
 * A figure the next sentence dates ("That was the price of its round in June 2023", 这是2023年6月的价格)
 * is that moment's, not a current figure gone out of date (nextSentenceDate.ts). Bundled facts: Cohere
 * valued at $2.2B in June 2023, reported in talks at about $5B in March 2024.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2024-04-20';

describe('the next sentence dates the last figure to a past moment', () => {
  it('en: "That was … in June 2023"', () => {
    expect(draftFindings('Cohere is valued at $2.2 billion. That was the price of its round in June 2023.', DATE)).toEqual([]);
  });

  it('en: after a closing quote', () => {
    expect(draftFindings('We wrote that Cohere "never got beyond a $2.2 billion valuation." That was what its round of June 2023 paid.', DATE)).toEqual([]);
  });

  it('zh: 这是2023年6月的价格', () => {
    expect(draftFindings('Cohere的估值为22亿美元。这是2023年6月的价格。', DATE)).toEqual([]);
  });

  it('near miss: a next sentence that does not point back leaves the figure stale', () => {
    expect(draftFindings('Cohere is valued at $2.2 billion. Investors were talking about it in June 2023.', DATE)).toEqual(['$2.2 billion fact.stale warning']);
    expect(draftFindings('Cohere的估值为22亿美元。投资者从2023年6月就开始讨论。', DATE)).toEqual(['22亿美元 fact.stale warning']);
  });

  it('near miss: "that" points back at the last figure only', () => {
    expect(draftFindings('Cohere is valued at $2.2 billion, not $5 billion. That was in June 2023.', DATE)).toContain('$2.2 billion fact.stale warning');
  });
});

describe('the clause right after the figure names it as a past moment\'s figure', () => {
  // A present marker in the figure's own clause (目前, "now") leaves the sentence's other dates to other
  // figures: only the clause that names the figure as a past moment's dates it.
  it('zh: "，这是…的数字"', () => {
    expect(draftFindings('很多报道说Cohere目前估值22亿美元，这是2023年6月那一轮的数字；新一轮谈判的估值约50亿美元。', DATE)).toEqual([]);
    expect(draftFindings('有人说Cohere目前估值22亿美元，那是去年6月的数据。', DATE)).toEqual([]);
  });

  it('en: ", which is the figure from …"', () => {
    expect(draftFindings('Many reports say Cohere is now valued at $2.2 billion, which is the figure from its June 2023 round.', DATE)).toEqual([]);
  });

  it('near miss: a clause that names the figure but no past moment leaves it stale', () => {
    expect(draftFindings('很多报道说Cohere目前估值22亿美元，这是投资者最常引用的数字。', DATE)).toEqual(['22亿美元 fact.stale warning']);
    expect(draftFindings('Many reports say Cohere is now valued at $2.2 billion, which is the figure most analysts quote.', DATE)).toEqual(['$2.2 billion fact.stale warning']);
  });
});
