/**
 * What the block cache keeps between keystrokes: the results of the blocks, not the versions of the
 * document they were read from. A long report edited in many paragraphs must not keep one copy of itself
 * per edited paragraph (core/text/detach.ts), and a claim keeps no copy of its block's quantity.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/src/core/analyze';
import { BlockCache } from '../../../server/src/core/document/documentModel';
import { analyzeBlock } from '../../../server/src/core/document/blockAnalysis';
import { checkBlock } from '../../../server/src/core/document/blockChecks';
import { EMPTY_CONTEXT } from '../../../server/src/core/document/headingContext';
import { bundledFacts } from '../../helpers/facts';
import { liveHeapBytes } from '../../helpers/heap';

const PARAGRAPHS = 12;
/**
 * Short paragraphs with figures (no heading above them; the first `edited` ones edited), then a 4 MB
 * fenced block that holds no figure.
 */
function report(edited: number): string {
  const paragraphs: string[] = [];
  for (let k = 0; k < PARAGRAPHS; k++) paragraphs.push(`Nvidia's revenue was $${k + 20}.${k < edited ? 6 : 5} billion in fiscal 2024, analysts said.`);
  const filler = `\`\`\`\n${`${'营收x'.repeat(330)}\n`.repeat(2_000)}\`\`\`\n`;
  return `${paragraphs.join('\n\n')}\n\n## 附录\n\n${filler}`;
}

describe('block cache retention', () => {
  it('after edits in ten different paragraphs, holds about the current and the previous text, not ten versions', () => {
    const cache = new BlockCache();
    const facts = bundledFacts();
    let analysis = analyze(report(0), { facts, cache });
    const before = liveHeapBytes();
    for (let edited = 1; edited <= 10; edited++) analysis = analyze(report(edited), { facts, cache });
    const growth = liveHeapBytes() - before;
    expect(analysis.claimCount).toBeGreaterThanOrEqual(PARAGRAPHS);
    // One version is about 4 MB; ten kept versions would be 40 MB.
    expect(growth).toBeLessThan(12 * 2 ** 20);
  });
});

describe('checked claims', () => {
  const source = "Nvidia's data-center revenue was $30.8 billion in the third quarter of fiscal 2025, up 112%.";
  const env = { facts: bundledFacts(), locale: 'en' as const, documentDate: '2025-01-15', reportUnverified: false };

  it('share their block\'s quantity objects instead of keeping copies, with or without headings above', () => {
    const result = analyzeBlock(source);
    const heading = { start: 3, end: 9, level: 2, title: 'Nvidia' };
    for (const context of [EMPTY_CONTEXT, { stack: [heading], prefix: '## Nvidia\n\n' }]) {
      const { claims } = checkBlock(source, result, context, env);
      expect(claims.length).toBeGreaterThanOrEqual(2);
      for (const claim of claims) expect(result.quantities).toContain(claim.quantity);
    }
  });

  it('near miss: offsets stay relative to the block, as the quantities\' are', () => {
    const result = analyzeBlock(source);
    const { claims } = checkBlock(source, result, { stack: [], prefix: '# Notes\n\n' }, env);
    for (const claim of claims) expect(source.slice(claim.quantity.start, claim.quantity.end)).toBe(claim.quantity.text);
  });
});
