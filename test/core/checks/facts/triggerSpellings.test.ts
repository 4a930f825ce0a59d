/**
 * A metric word in another spelling names the same metric: "data-centre", "data centre" and
 * "datacentre" revenue are the data-center revenue of the word list, for the binder and for the judge
 * (the knowledge holds every spelling of a trigger: text/spellingVariants.ts). Bundled facts: AMD's 2024
 * revenue $25.8B and data-center revenue $12.6B, its Q4 2024 data-center revenue $3.86B.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';
import { draftAnalysis } from '../../../helpers/draftFindings';
import { bundledFacts } from '../../../helpers/facts';
import { judgeClaim } from '../../../../server/src/core/checks/facts/judge';
import { recognize } from '../../../../server/src/core/recognize/index';

const DATE = '2025-03-01';

describe('a segment named in British spelling', () => {
  it.each([
    'AMD posted revenue of $25.8 billion for 2024, up 14%, and data-centre revenue of $12.6 billion, up 94%.',
    'AMD posted revenue of $25.8 billion for 2024, and data centre revenue of $12.6 billion.',
    "AMD's datacentre revenue for 2024 was $12.6 billion.",
    'In the fourth quarter of 2024 AMD had data-centre revenue of $3.86 billion.',
  ])('is the segment, not total revenue: %s', (text) => {
    expect(flagged(text, DATE)).toEqual([]);
  });

  it('still shows a segment figure that is really the total', () => {
    expect(flagged("AMD's 2024 data-centre revenue of $25.8 billion is often compared with Nvidia's.", DATE)).toEqual(['$25.8 billion fact.wrong-metric']);
  });

  it('and Chinese, which has one spelling, is read as before', () => {
    expect(flagged('AMD 2024年营收258亿美元，其中数据中心收入126亿美元。', DATE)).toEqual([]);
    expect(flagged('有投资者将AMD 2024年数据中心收入258亿美元与英伟达直接比较。', DATE)).toEqual(['258亿美元 fact.wrong-metric']);
  });
});

describe('the judge, when the binder chose the other metric', () => {
  /** The claim of `figure`, bound to total revenue whatever the binder read, judged with its sentence. */
  function judgedAsRevenue(text: string, figure: string) {
    const claim = draftAnalysis(text, DATE).claims.find((c) => c.quantity.text === figure);
    if (!claim) throw new Error(`no claim for ${figure}`);
    const asRevenue = { ...claim, metric: { value: 'revenue', how: 'explicit' as const } };
    const sentenceText = text.slice(claim.sentence.start, claim.sentence.end);
    return judgeClaim(asRevenue, bundledFacts(), { documentDate: DATE, sentenceText, sentenceQuantities: recognize(sentenceText, { lang: claim.lang }) }).verdict;
  }

  it('never calls a figure written beside its own metric words another metric\'s, in any spelling', () => {
    for (const words of ['data-centre revenue', 'data centre revenue', 'datacentre revenue', 'data-center revenue']) {
      expect(judgedAsRevenue(`In 2024 AMD reported ${words} of $12.6 billion.`, '$12.6 billion')).not.toBe('wrong-metric');
    }
  });

  it('but does when no word of that metric is there', () => {
    expect(judgedAsRevenue('In 2024 AMD reported revenue of $12.6 billion.', '$12.6 billion')).toBe('wrong-metric');
  });
});
