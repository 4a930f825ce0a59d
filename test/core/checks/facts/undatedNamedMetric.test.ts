/**
 * A wrong metric whose clause writes the metric, with only the period lent by the context (a heading, an
 * earlier sentence), warns; a parenthesised aside or a stated total stays information
 * (undatedNamedMetric.ts). Bundled facts: OpenAI's October 2024 round, $6.6 billion raised at a $157
 * billion post-money valuation, so $6.6 billion given as the valuation is the amount raised.
 */
import { describe, expect, it } from 'vitest';
import { draftAnalysis } from '../../../helpers/draftFindings';

function findingOn(text: string, figure: string) {
  return draftAnalysis(text, '2025-03-01').findings.find((f) => f.text === figure && f.verdict === 'wrong-metric');
}

const EN = '# OpenAI in October 2024\n\n';
const ZH = '# OpenAI，2024年10月\n\n';

describe('a wrong metric named in its clause, dated by the context', () => {
  it.each([
    [`${EN}The post-money valuation reached $6.6 billion.\n`, '$6.6 billion'],
    [`${EN}OpenAI closed its latest round that month. The post-money valuation was $6.6 billion.\n`, '$6.6 billion'],
    [`${ZH}本轮投后估值66亿美元。\n`, '66亿美元'],
    [`${ZH}投后估值达到了66亿美元，引发关注。\n`, '66亿美元'],
  ])('warns: %s', (text, figure) => {
    const f = findingOn(text, figure);
    expect(f?.severity).toBe('warning');
    expect(f?.heldBack).toBeUndefined();
  });

  it.each([
    // A parenthesised aside: the metric word before the parenthesis is the figure before it.
    [`${EN}The post-money valuation ($6.6 billion) drew attention.\n`, '$6.6 billion'],
    [`${ZH}投后估值1400亿欧元（66亿美元）。\n`, '66亿美元'],
    // A stated total: the sum of parts, which the metric word (one round's) does not name.
    [`${EN}The post-money valuation came to $6.6 billion in all.\n`, '$6.6 billion'],
    [`${EN}The post-money valuation reached a total of $6.6 billion.\n`, '$6.6 billion'],
    [`${ZH}OpenAI在这一轮共融资66亿美元。\n`, '66亿美元'],
  ])('stays information: %s', (text, figure) => {
    const f = findingOn(text, figure);
    expect(f?.severity).toBe('information');
    expect(f?.heldBack).toContain('metric is not written');
  });
});
