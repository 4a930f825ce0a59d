/**
 * What the block cache keeps between keystrokes: the results of the blocks, not the versions of the
 * document they were read from. A long report edited in many paragraphs must not keep one copy of itself
 * per edited paragraph (core/text/detach.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/src/core/analyze';
import { BlockCache } from '../../../server/src/core/document/documentModel';
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
