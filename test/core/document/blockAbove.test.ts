/**
 * The table above as the checks' cache sees it (document/blockAbove.ts, blockChecks.ts): a paragraph that
 * reads the table right above it is re-checked when the table changes, and only such a paragraph; the
 * result after each edit equals a fresh analysis (invariant 7).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/src/core/analyze';
import { BlockCache } from '../../../server/src/core/document/documentModel';
import { bundledFacts } from '../../helpers/facts';
import { comparable } from '../../property/invariants';

const table = (max: string) => ['| Model | Input | Output |', '|---|---|---|', `| Nimbus Max 2 | $12 | ${max} |`, '| Nimbus Mid 2 | $4 | $20 |'].join('\n');
const reader = "Max 2's output rate is three times Mid 2's.";
const other = 'Nimbus Mid 2 went on sale at $4 per million input tokens in 2025.';

function ratioTexts(text: string, cache?: BlockCache) {
  const a = analyze(text, { facts: bundledFacts(), cache });
  return { a, flags: a.findings.filter((f) => f.check === 'arith.ratio' && f.severity !== 'information').map((f) => f.text) };
}

describe('the table above, edited', () => {
  it('an edit in the table changes the finding of the paragraph below, as a fresh analysis does', () => {
    const cache = new BlockCache();
    const doc = (max: string) => [`# Prices`, table(max), reader, other].join('\n\n');
    expect(ratioTexts(doc('$60'), cache).flags).toEqual([]);
    const steps = ['$80', '$8', '$60', '$6'];
    const expected = [['three times'], ['three times'], [], ['three times']];
    // Blocks checked per edit: the table and the paragraph reading it; back at "$60" the table's text is one
    // an edit replaced, so its checks come back from the recent blocks (recentBlocks.ts) and only the reader
    // is re-checked. The paragraph after them is left alone every time.
    const checked = [2, 2, 1, 2];
    steps.forEach((max, k) => {
      const { a, flags } = ratioTexts(doc(max), cache);
      expect(flags, `Max 2 output ${max}`).toEqual(expected[k]);
      expect(a.stats.checkedBlocks, `Max 2 output ${max}`).toBe(checked[k]);
      expect(comparable(a)).toEqual(comparable(analyze(doc(max), { facts: bundledFacts() })));
    });
  });

  it('an edit in the table does not re-check a paragraph below that reads no multiple', () => {
    const cache = new BlockCache();
    const doc = (max: string) => [`# Prices`, table(max), other, reader].join('\n\n');
    analyze(doc('$60'), { facts: bundledFacts(), cache });
    expect(analyze(doc('$80'), { facts: bundledFacts(), cache }).stats.checkedBlocks).toBe(1);
  });

  it('a paragraph becomes a reader, and stops being one, as blocks come and go above it', () => {
    const cache = new BlockCache();
    const steps = [
      ['# Prices', table('$80'), reader].join('\n\n'),
      ['# Prices', table('$80'), 'The prices are per million tokens.', reader].join('\n\n'),
      ['# Prices', table('$80'), reader].join('\n\n'),
      ['# Prices', table('$80'), '## Notes', reader].join('\n\n'),
      // Farther below the table: its findings point at the table's cells, so the distance is part of the key.
      ['# Prices', table('$80')].join('\n\n') + '\n\n\n\n' + reader,
    ];
    const expected = [['three times'], [], ['three times'], [], ['three times']];
    steps.forEach((text, k) => {
      const { a, flags } = ratioTexts(text, cache);
      expect(flags, `step ${k}`).toEqual(expected[k]);
      expect(comparable(a)).toEqual(comparable(analyze(text, { facts: bundledFacts() })));
    });
  });
});
