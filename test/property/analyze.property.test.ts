/**
 * Issue #8, "no input breaks the core": over random and adversarial Markdown, `analyze` never throws,
 * every finding's range lies inside the document and slices back to its own text, and the result is
 * deterministic. Runs: 250 random drafts (with random options and locales), 100 determinism checks.
 * The adversarial documents (adversarial.ts) run in worker threads with a time budget:
 * test/robustness/adversarial.test.ts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS, type Options } from '../../server/src/core/options';
import { bundledFacts } from '../helpers/facts';
import { markdownDocument } from './arbitraries';
import { comparable, show, violations } from './invariants';
import { runs } from './params';

const options = fc.record({
  reportUnverified: fc.boolean(),
  // Small limits cut the document mid-way: the cut must keep every range valid too.
  maxDocumentSize: fc.oneof(fc.constant(DEFAULT_OPTIONS.maxDocumentSize), fc.integer({ min: 1, max: 400 })),
  documentDate: fc.constantFrom('', '2024-03-30', '2021-01-01'),
}).map((o): Options => ({ ...DEFAULT_OPTIONS, ...o }));

function analyseOrReport(text: string, opts: Options = DEFAULT_OPTIONS, locale: 'en' | 'zh-cn' = 'en') {
  try {
    return analyze(text, { facts: bundledFacts(), options: opts, locale });
  } catch (err) {
    throw new Error(`analyze threw on ${show(text)}: ${(err as Error).stack}`);
  }
}

describe('analyze on any input', () => {
  it('never throws, and every range is inside the document and slices back to its text', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(markdownDocument, options, fc.constantFrom('en' as const, 'zh-cn' as const), (text, opts, locale) => {
        const analysis = analyseOrReport(text, opts, locale);
        expect(violations(text, analysis), show(text)).toEqual([]);
      }),
      runs(250),
    );
  });

  it('is deterministic: two fresh analyses of the same text are equal', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(markdownDocument, (text) => {
        expect(comparable(analyseOrReport(text)), show(text)).toEqual(comparable(analyseOrReport(text)));
      }),
      runs(100),
    );
  });
});
