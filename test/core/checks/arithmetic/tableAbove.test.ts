/**
 * A multiple of one cell of the table right above the paragraph over another (tableAbove.ts): the
 * sentence names both cells, by row label and column measure, or reads nothing. Probable: a warning at
 * most, never a fix. Binding stays per block; only this arithmetic reads across.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../../../server/src/core/options';
import { bundledFacts } from '../../../helpers/facts';

const PRICES = ['| Model | Input ($/M) | Output ($/M) |', '|---|---|---|', '| Nimbus Max 2 | $12 | $60 |', '| Nimbus Mid 2 | $4 | $20 |', '| Nimbus Mini | $0.50 | $2 |'].join('\n');
const PRICES_ZH = ['| 模型 | 输入价（每百万tokens） | 输出价（每百万tokens） |', '|---|---|---|', '| Nimbus Max 2 | 12美元 | 60美元 |', '| Nimbus Mid 2 | 4美元 | 20美元 |', '| Nimbus Mini | 0.5美元 | 2美元 |'].join('\n');

function ratioFlags(text: string): { text: string; severity: string; fixes: number }[] {
  return analyze(text, { facts: bundledFacts(), options: { ...DEFAULT_OPTIONS, documentDate: '2025-11-20' } })
    .findings.filter((f) => f.check === 'arith.ratio' && f.severity !== 'information')
    .map((f) => ({ text: f.text, severity: f.severity, fixes: f.fixes.length }));
}

const flagged = (text: string) => ratioFlags(text).map((f) => f.text);

describe('a multiple over two cells of the table above', () => {
  it.each<[string, string, string[]]>([
    ['en, two rows of one column, wrong', `${PRICES}\n\nMax 2's output rate is four times Mid 2's, which we think is too steep.`, ['four times']],
    ['en, a fraction of another row, wrong', `${PRICES}\n\nNimbus Mini's input price is a fifth of Nimbus Mid 2's.`, ['a fifth']],
    ['en, one row, two columns, wrong', `${PRICES}\n\nMax 2 charges four times as much for output as for input.`, ['four times']],
    ['en, its own other column, wrong', `${PRICES}\n\nMid 2's output price is four times its input price.`, ['four times']],
    ['zh, two rows of one column, wrong', `${PRICES_ZH}\n\nMax 2的输出价是Mid 2的4倍。`, ['4倍']],
    ['zh, one row, two columns, wrong', `${PRICES_ZH}\n\nNimbus Mini的输出价是输入价的6倍。`, ['6倍']],
  ])('%s', (_, text, expected) => expect(flagged(text)).toEqual(expected));

  it.each<[string, string]>([
    ['en, right', `${PRICES}\n\nMax 2's output rate is three times Mid 2's.`],
    ['en, a fraction, right', `${PRICES}\n\nNimbus Mini's input price is an eighth of Nimbus Mid 2's.`],
    ['en, one row, right', `${PRICES}\n\nMax 2 charges five times as much for output as for input.`],
    ['zh, right', `${PRICES_ZH}\n\nMax 2的输出价是Mid 2的3倍。`],
    ['zh, one row, right', `${PRICES_ZH}\n\nNimbus Mini的输出价是输入价的4倍。`],
    // Nothing to name a cell by, or more than one cell named: nothing is read.
    ['en, a name shared by two rows ("Nimbus")', `${PRICES}\n\nNimbus's output rate is four times Mid 2's.`],
    ['en, no measure and two columns of figures', `${PRICES}\n\nMax 2's rate is four times Mid 2's.`],
    ['en, a name that is only part of a longer one ("2" of "Nimbus Max 2")', `${PRICES}\n\nModel 2's output rate is four times Mid 2's.`],
    ['en, a row the table does not have', `${PRICES}\n\nMax 2's output rate is four times Orion's.`],
    ['en, the base names another column', `${PRICES}\n\nMax 2's output rate is four times Mid 2's input.`],
    ['en, a heading between the table and the paragraph', `${PRICES}\n\n## Notes\n\nMax 2's output rate is four times Mid 2's.`],
    ['en, a paragraph between', `${PRICES}\n\nThe list prices are per million tokens.\n\nMax 2's output rate is four times Mid 2's.`],
    ['en, the table below, not above', `Max 2's output rate is four times Mid 2's.\n\n${PRICES}`],
    ['zh, a name shared by two rows', `${PRICES_ZH}\n\nNimbus的输出价是Mid 2的4倍。`],
    ['zh, the base is not a row or a column', `${PRICES_ZH}\n\nMax 2的输出价是同行的4倍。`],
    ['zh, "增长了4倍" reads two ways', `${PRICES_ZH}\n\nMax 2的输出价比Mid 2的增长了4倍。`],
  ])('not flagged: %s', (_, text) => expect(flagged(text)).toEqual([]));

  it('is a warning with no fix, and points at the two cells', () => {
    const text = `${PRICES}\n\nMax 2's output rate is four times Mid 2's.`;
    const [f] = analyze(text, { facts: bundledFacts() }).findings.filter((x) => x.check === 'arith.ratio');
    expect(f.severity).toBe('warning');
    expect(f.fixes).toEqual([]);
    expect(f.related!.map((s) => text.slice(s.start, s.end))).toEqual(['$60', '$20']);
    expect(f.computation![0]).toContain('(Nimbus Max 2, Output ($/M)) $60 ÷ (Nimbus Mid 2, Output ($/M)) $20');
  });

  it('leaves binding per block: the paragraph binds no entity from the table', () => {
    const text = `${PRICES}\n\nIts output rate is four times that.`;
    const claims = analyze(text, { facts: bundledFacts() }).claims.filter((c) => c.quantity.start > PRICES.length);
    expect(claims.every((c) => c.entity === undefined)).toBe(true);
  });
});
