/**
 * A figure written with a definite determiner that its paragraph stated before ("The $3.7 billion",
 * 这37亿美元, 上述37亿美元) is that figure again (bind/restatedFigure.ts): it carries the earlier
 * statement's entity, metric, period and credit, not those of a comparison object beside it.
 * Bundled facts: OpenAI's annualized revenue $1.6B (December 2023) and 2024 revenue projections (~$3.7B).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/src/core/analyze';
import { sanitizeOptions } from '../../../server/src/core/options';
import { bundledFacts } from '../../helpers/facts';

const DATE = '2024-10-01';

/** The claims and flagged verdicts of every occurrence of a figure, in order. */
function occurrences(text: string, figure: string) {
  const analysis = analyze(text, { facts: bundledFacts(), options: sanitizeOptions({ documentDate: DATE }) });
  return analysis.claims
    .filter((c) => c.quantity.text === figure)
    .map((claim) => ({
      claim,
      flagged: analysis.findings.filter((f) => f.start < claim.quantity.end && claim.quantity.start < f.end && (f.severity === 'warning' || f.severity === 'error')).map((f) => f.verdict),
    }));
}

const EN = "Analysts expect OpenAI to book about $3.7 billion of revenue this year. The $3.7 billion would be more than twice last December's $1.6 billion run-rate.";
const ZH = '分析师预计OpenAI今年收入约37亿美元。这37亿美元是去年12月16亿美元年化收入的两倍多。';
const ZH_ABOVE = '分析师预计OpenAI今年收入约37亿美元。上述37亿美元相当于去年12月16亿美元年化收入的两倍多。';

describe('a definite figure stated before is the earlier figure again', () => {
  for (const [lang, text, figure] of [['en', EN, '$3.7 billion'], ['zh 这', ZH, '37亿美元'], ['zh 上述', ZH_ABOVE, '37亿美元']] as const) {
    it(`carries the earlier metric and period, and is not flagged as the run-rate (${lang})`, () => {
      const [first, repeat] = occurrences(text, figure);
      expect(repeat).toBeDefined();
      expect(repeat.claim.metric?.value).toBe(first.claim.metric?.value);
      expect(repeat.claim.period?.value.label).toBe(first.claim.period?.value.label);
      expect(repeat.claim.metric?.value).not.toBe('revenue.annualized');
      expect(repeat.flagged).toEqual([]);
    });
  }

  it('the comparison object keeps its own binding', () => {
    const [rate] = occurrences(EN, '$1.6 billion');
    expect(rate.claim.metric?.value).toBe('revenue.annualized');
  });

  it('what is carried from another sentence is never explicit', () => {
    const [, repeat] = occurrences(EN, '$3.7 billion');
    expect(repeat.claim.metric?.how).toBe('context');
  });
});

describe('near misses: no earlier figure of that value, no back-reference', () => {
  it('"the $2.2 billion" with no earlier $2.2 billion binds as written', () => {
    const [c] = occurrences("Analysts expect OpenAI to book about $3.7 billion of revenue this year. The $2.2 billion of last December's run-rate is the base.", '$2.2 billion');
    expect(c.claim.metric?.value).toBe('revenue.annualized');
  });

  it('a figure repeated without a determiner binds as written', () => {
    const [, second] = occurrences('OpenAI booked $1.6 billion of annualized revenue last December, and Anthropic $1.6 billion of revenue in 2025.', '$1.6 billion');
    expect(second.claim.entity?.value).toBe('anthropic');
  });
});

describe('a definite figure whose statement lies outside its paragraph takes none of its clause\'s comparison (session 10)', () => {
  const EN_ALONE = "## OpenAI's year\n\nAnalysts expect OpenAI to book about $3.7 billion of revenue this year.\n\nThe $3.7 billion would be more than twice last December's $1.6 billion run-rate.\n";
  const ZH_ALONE = '## OpenAI\n\n分析师预计OpenAI今年收入约37亿美元。\n\n这37亿美元相当于去年12月16亿美元年化收入的两倍多。\n';
  for (const [lang, text, figure] of [['en', EN_ALONE, '$3.7 billion'], ['zh', ZH_ALONE, '37亿美元']] as const) {
    it(`${lang}: the repeat has no metric nor period of the run-rate, and is not flagged`, () => {
      const repeat = occurrences(text, figure).at(-1)!;
      expect(repeat.claim.metric).toBeUndefined();
      expect(repeat.claim.period).toBeUndefined();
      expect(repeat.flagged).toEqual([]);
    });
  }

  it('near miss: a definite figure that modifies a noun ("the $1.6 billion run-rate") keeps its own reading', () => {
    const text = "## OpenAI\n\nThe $1.6 billion run-rate OpenAI reached last December doubled within a year.\n";
    const [only] = occurrences(text, '$1.6 billion');
    expect(only.claim.metric?.value).toBe('revenue.annualized');
  });
});
