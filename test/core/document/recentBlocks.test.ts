/**
 * A block an edit brings back to a text it had a moment ago (a character typed and deleted, an undo)
 * takes its earlier result and checks from the cache (recentBlocks.ts), and the analysis still equals a
 * fresh one.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/src/core/analyze';
import { BlockCache } from '../../../server/src/core/document/documentModel';
import { RecentBlocks } from '../../../server/src/core/document/recentBlocks';
import { analyzeBlock } from '../../../server/src/core/document/blockAnalysis';
import { bundledFacts } from '../../helpers/facts';

const before = [
  '# Quarterly notes',
  'Apple reported revenue of $94.9 billion in the June quarter of 2024.',
  '## Chips',
  'Nvidia said its data-center revenue rose 154% to $26.3 billion, and its margin reached 75%.',
  'Microsoft spent about $19 billion on capital expenditure in the quarter.',
].join('\n\n');

/** The analysis as JSON, without the counts of blocks read and reused (which differ by design). */
function withoutStats(analysis: object): unknown {
  const json = JSON.parse(JSON.stringify(analysis)) as { stats?: unknown };
  delete json.stats;
  return json;
}

describe('blocks an edit brings back', () => {
  it('reuse their earlier result and checks, and the analysis equals a fresh one', () => {
    const facts = bundledFacts();
    const cache = new BlockCache();
    analyze(before, { facts, cache });
    const at = before.indexOf('rose');
    const typed = `${before.slice(0, at)}x${before.slice(at)}`;
    analyze(typed, { facts, cache, edit: { base: before, start: at, oldEnd: at, newEnd: at + 1 } });
    const back = analyze(before, { facts, cache, edit: { base: typed, start: at, oldEnd: at + 1, newEnd: at } });
    expect(back.stats.parsedBlocks).toBe(0);
    expect(back.stats.checkedBlocks).toBe(0);
    expect(withoutStats(back)).toEqual(withoutStats(analyze(before, { facts })));
  });

  it('near miss: a block with a different text is read anew', () => {
    const facts = bundledFacts();
    const cache = new BlockCache();
    analyze(before, { facts, cache });
    const at = before.indexOf('26.3');
    const changed = `${before.slice(0, at)}3${before.slice(at + 1)}`;
    const after = analyze(changed, { facts, cache });
    expect(after.stats.parsedBlocks).toBe(1);
    expect(withoutStats(after)).toEqual(withoutStats(analyze(changed, { facts })));
  });
});

describe('RecentBlocks', () => {
  it('keeps the latest few texts and forgets the oldest', () => {
    const recent = new RecentBlocks();
    for (let k = 0; k < 40; k++) recent.remember(`Revenue was $${k} billion.`, analyzeBlock(`Revenue was $${k} billion.`));
    expect(recent.size).toBe(16);
    expect(recent.get('Revenue was $0 billion.')).toBeUndefined();
    expect(recent.get('Revenue was $39 billion.')?.quantities.length).toBeGreaterThan(0);
  });
});
