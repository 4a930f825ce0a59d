/**
 * Issue #8, locality: two independent paragraphs (each names its own entity, metric and period; no
 * headings, dates, directives or link definitions) analysed together, separated by a blank line, give
 * exactly the findings of each analysed alone, the second's shifted by its offset. 150 runs.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import { bundledFacts } from '../helpers/facts';
import { independentParagraph } from './arbitraries';
import { shiftFinding, show } from './invariants';
import { runs } from './params';

const findingsOf = (text: string) => analyze(text, { facts: bundledFacts() }).findings;
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const byPosition = (a: { start: number; end: number; check: string }, b: { start: number; end: number; check: string }) =>
  a.start - b.start || a.end - b.end || a.check.localeCompare(b.check);

describe('independent paragraphs', () => {
  it('analysed together give the union of their findings', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(independentParagraph, independentParagraph, fc.constantFrom('\n\n', '\r\n\r\n', '\n\n\n'), (a, b, gap) => {
        const joined = a + gap + b;
        const expected = [...findingsOf(a), ...findingsOf(b).map((f) => shiftFinding(f, a.length + gap.length))].sort(byPosition);
        expect(plain(findingsOf(joined).sort(byPosition)), show(joined)).toEqual(plain(expected));
      }),
      runs(150),
    );
  });
});
