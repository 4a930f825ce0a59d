/**
 * A credit is right when the named publisher stands behind a supporting fact, whichever way the fact
 * base spells the publisher ("The Straits Times (Bloomberg)", "CNA (Reuters)", "X (reprint on Y)",
 * with `reportedBy`), and also when that fact is a dated event inside the claim's longer period (the
 * deal of March 2024 under "in 2024"): supported.ts looked for the publisher among the same-period
 * facts only, so a Bloomberg figure found inside the year was "not what Bloomberg reported".
 * Bundled facts: Microsoft–Inflection, March 2024, ~$650M = $620M licence + ~$30M waiver (The Straits
 * Times (Bloomberg), reportedBy bloomberg, the-information); Azure FY2025 over $75B (CNA (Reuters));
 * Anthropic ~$8M monthly revenue in 2023 (The New York Times, reprint on technicalterrence.com).
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../../server/src/core/model';
import { attributionMatches } from '../../../../server/src/core/checks/facts/publishers';
import { bundledFacts } from '../../../helpers/facts';
import { flaggedClaim, itIsSilent } from '../../bind/flaggedClaim';

describe('the named publisher of a dated event inside the claim period vouches for it', () => {
  itIsSilent(
    [
      ["In 2024 Microsoft hired most of Inflection AI's staff. According to Bloomberg, Microsoft paid roughly $650 million for it.", '$650 million'],
      ['According to Bloomberg, Microsoft paid Inflection AI $620 million in 2024 to license its models.', '$620 million'],
      ['Bloomberg reported that in 2024 Microsoft paid Inflection AI about $650 million.', '$650 million'],
      ['2024年，据彭博社报道，微软向Inflection AI支付了约6.5亿美元。', '6.5亿美元'],
      ['据彭博社报道，微软在2024年向Inflection AI支付6.2亿美元，用于授权其模型。', '6.2亿美元'],
      ['据彭博新闻社报道，2024年微软为Inflection AI付出了约6.5亿美元。', '6.5亿美元'],
    ],
    '2025-06-01',
  );

  it('near miss: another known publisher credited with the same figure is still misattributed', () => {
    const { verdicts } = flaggedClaim('According to Reuters, Microsoft paid Inflection AI roughly $650 million in March 2024.', '$650 million', '2025-06-01');
    expect(verdicts).toEqual(['misattributed']);
  });

  it('near miss: the same, in Chinese, inside a longer period', () => {
    const { verdicts } = flaggedClaim('2024年，据路透社报道，微软向Inflection AI支付了约6.5亿美元。', '6.5亿美元', '2025-06-01');
    expect(verdicts).toEqual(['misattributed']);
  });
});

describe('publisher shapes: the credit matches the fact however its source is written', () => {
  const kb = bundledFacts();
  const fact = (publisher: string, reportedBy?: string[]): Fact => ({
    id: 'T',
    entity: 'microsoft',
    metric: 'revenue',
    value: 1,
    unit: 'USD',
    period: { start: '2024-01-01', end: '2024-12-31', label: '2024' },
    qualifiers: [],
    sources: [{ publisher }],
    confidence: 'medium',
    fromMemory: false,
    ...(reportedBy ? { reportedBy } : {}),
  });
  it.each([
    ['Reuters (via CNA)', 'Reuters'],
    ['CNA (Reuters)', 'Reuters'],
    ['CNA (Reuters)', '路透社'],
    ['The Straits Times (Bloomberg)', 'Bloomberg'],
    ['The Straits Times (Bloomberg)', '彭博社'],
    ['Bloomberg (via The Straits Times (Bloomberg))', 'Bloomberg News'],
    ['The New York Times (reprint on technicalterrence.com)', 'NYT'],
    ['The New York Times (reprint on technicalterrence.com)', '《纽约时报》'],
  ])('%s is %s', (publisher, attribution) => {
    expect(attributionMatches(fact(publisher), attribution, kb)).toBe(true);
  });
  it('the reporter recorded beside the outlet counts too ("TechBlog (reprint of …)", reportedBy bloomberg)', () => {
    expect(attributionMatches(fact('TechBlog (reprint)', ['bloomberg']), '彭博', kb)).toBe(true);
  });
  it.each([
    ['The Straits Times (Bloomberg)', 'Reuters'],
    ['CNA (Reuters)', '彭博社'],
    ['The New York Times (reprint on technicalterrence.com)', 'Bloomberg'],
  ])('near miss: %s is not %s', (publisher, attribution) => {
    expect(attributionMatches(fact(publisher), attribution, kb)).toBe(false);
  });
});
