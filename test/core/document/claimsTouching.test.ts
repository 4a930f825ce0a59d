/**
 * Hovers and code actions find the claim under the cursor in the blocks that hold it, without
 * assembling every claim of the document (core/document/claimsTouching.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/src/core/analyze';
import { bundledFacts } from '../../helpers/facts';

const TEXT = [
  '# Nvidia',
  '',
  "Nvidia's revenue was $60.9 billion in fiscal 2024, up 126%.",
  '',
  'A paragraph with no figure at all.',
  '',
  '英伟达2024财年营收为609亿美元，同比增长126%。',
  '',
  '- Microsoft spent $55.7 billion on capex in fiscal 2024.',
  '',
].join('\n');

const touching = (claims: { quantity: { start: number; end: number } }[], start: number, end: number) =>
  claims.filter((c) => c.quantity.start <= end && c.quantity.end >= start);

describe('claims touching a place', () => {
  const analysis = analyze(TEXT, { facts: bundledFacts() });

  it('are the claims of the whole list that touch it, at every offset (ends included), English and Chinese', () => {
    expect(analysis.claimCount).toBeGreaterThanOrEqual(5);
    for (let offset = 0; offset <= TEXT.length; offset++) {
      expect(analysis.claimsTouching(offset, offset)).toEqual(touching(analysis.claims, offset, offset));
    }
  });

  it('across blocks: a range over several paragraphs gives their claims in document order', () => {
    const start = TEXT.indexOf('$60.9');
    const end = TEXT.indexOf('$55.7');
    const found = analysis.claimsTouching(start, end);
    expect(found).toEqual(touching(analysis.claims, start, end));
    expect(found.map((c) => c.quantity.text)).toContain('609亿美元');
  });

  it('near miss: a place in prose with no figure, or in a paragraph without one, gives none', () => {
    expect(analysis.claimsTouching(TEXT.indexOf('revenue'), TEXT.indexOf('revenue') + 3)).toEqual([]);
    const quiet = TEXT.indexOf('A paragraph');
    expect(analysis.claimsTouching(quiet, quiet + 10)).toEqual([]);
    expect(analysis.claimsTouching(TEXT.length + 5, TEXT.length + 9)).toEqual([]);
  });

  it('is not part of what comparisons and JSON output see', () => {
    expect(Object.keys(analysis)).not.toContain('claimsTouching');
    expect(JSON.stringify(analysis)).not.toContain('claimsTouching');
  });
});
