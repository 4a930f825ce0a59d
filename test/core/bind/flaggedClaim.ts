/**
 * The claim the bundled facts give a figure of a text, and the verdicts of its flagged findings
 * (warning or error): for tests that say what must and must not be flagged.
 */
import { expect, it } from 'vitest';
import { analyze, type Analysis } from '../../../server/src/core/analyze';
import { sanitizeOptions } from '../../../server/src/core/options';
import { bundledFacts } from '../../helpers/facts';

export function flaggedClaim(text: string, figure: string, documentDate: string): { claim?: Analysis['claims'][number]; verdicts: (string | undefined)[] } {
  const analysis = analyze(text, { facts: bundledFacts(), options: sanitizeOptions({ documentDate }) });
  const claim = analysis.claims.find((c) => c.quantity.text === figure);
  if (!claim) return { verdicts: [] };
  const q = claim.quantity;
  const flagged = analysis.findings.filter((f) => f.start < q.end && q.start < f.end && (f.severity === 'warning' || f.severity === 'error'));
  return { claim, verdicts: flagged.map((f) => f.verdict) };
}

/** One test per [text, figure]: the figure must not be flagged. */
export function itIsSilent(cases: readonly (readonly [string, string])[], documentDate: string): void {
  for (const [text, figure] of cases) {
    it(`${text} (${figure}) is not flagged`, () => {
      const { claim, verdicts } = flaggedClaim(text, figure, documentDate);
      // The figure must be read as a claim: a silence because nothing was read proves nothing.
      expect(claim, `no claim reads "${figure}"`).toBeDefined();
      expect(verdicts).toEqual([]);
    });
  }
}
