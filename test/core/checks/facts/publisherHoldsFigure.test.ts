/**
 * A figure the named publisher does report for the claim's entity and metric, at another time, is not
 * misplaced credit (verdicts/supported.ts, and slips.ts when no metric is bound): at most the claim
 * names another period, which the period steps judge. Bundled facts: Perplexity raised $500M in
 * November 2024 (reported by CNBC) and another $500M in mid-2025 (reported by the Wall Street Journal).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from '../../bind/flaggedClaim';
import { analyze } from '../../../../server/src/core/analyze';
import { sanitizeOptions } from '../../../../server/src/core/options';
import { bundledFacts } from '../../../helpers/facts';

const DATE = '2025-09-01';

describe('the named publisher reports the same figure for another period: not misattributed', () => {
  itIsSilent(
    [
      ['According to the Wall Street Journal, Perplexity raised $500 million in November 2024.', '$500 million'],
      ['据《华尔街日报》报道，Perplexity在2024年11月融资5亿美元。', '5亿美元'],
      ['Perplexity raised $500 million at a $9 billion valuation in November 2024. This summer, according to the Wall Street Journal, it was closing another $500 million at $14 billion.', '$500 million'],
      ['According to the Wall Street Journal, Perplexity got $500 million in November 2024.', '$500 million'],
    ],
    DATE,
  );
});

describe('near misses: a publisher with no such figure on record is still misattributed', () => {
  it('Bloomberg, which reported neither round (en)', () => {
    expect(flaggedClaim('According to Bloomberg, Perplexity raised $500 million in November 2024.', '$500 million', DATE).verdicts).toEqual(['misattributed']);
  });

  it('彭博社 (zh)', () => {
    expect(flaggedClaim('据彭博社报道，Perplexity在2024年11月融资5亿美元。', '5亿美元', DATE).verdicts).toEqual(['misattributed']);
  });

  it('with no metric bound (slips.ts)', () => {
    expect(flaggedClaim('According to Bloomberg, Perplexity got $500 million in November 2024.', '$500 million', DATE).verdicts).toEqual(['misattributed']);
  });

  it('a figure the named publisher never reported is still contradicted', () => {
    expect(flaggedClaim('According to the Wall Street Journal, Perplexity raised $600 million in November 2024.', '$600 million', DATE).verdicts).toEqual(['contradicted']);
  });
});

/**
 * An undated claim is read as the period of the facts it matches. Bundled facts: Groq raised $640M at
 * $2.8B in August 2024 (reported by Bloomberg) and $750M at about $6.9B in September 2025 (reported by
 * CNBC). Bloomberg's figure of the earlier round says nothing of what it reported about the later one.
 */
describe("the named publisher's figure of another period is no evidence about an undated claim", () => {
  const evidenceOf = (text: string, figure: string) => {
    const analysis = analyze(text, { facts: bundledFacts(), options: sanitizeOptions({ documentDate: '2025-11-20' }) });
    const finding = analysis.findings.find((f) => f.text === figure && f.verdict === 'misattributed');
    return finding?.evidence.map((e) => e.factId);
  };

  it('en: the evidence is the matching round, not the publisher’s earlier one', () => {
    const ids = evidenceOf('Groq closed $750 million at a valuation of about $6.9 billion, Bloomberg reported.', '$750 million');
    expect(ids).toBeDefined();
    expect(ids).not.toContain('GROQ-2024-08.raise');
  });

  it('zh: the same', () => {
    const ids = evidenceOf('据彭博社报道，Groq完成7.5亿美元融资，估值约69亿美元。', '7.5亿美元');
    expect(ids).toBeDefined();
    expect(ids).not.toContain('GROQ-2024-08.raise');
  });
});
