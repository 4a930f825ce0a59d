/**
 * Issue #9's equivalence property ("incremental equals fresh", ARCHITECTURE.md invariant 7): analysing
 * a document through a reused BlockCache after each of a sequence of random edits gives exactly what a
 * fresh analysis of the same text gives. Edits may split CRLF pairs and surrogate pairs, open or close
 * fences and comments, and insert blank lines, tables or lead lines. 40 sequences of up to 10 edits each, and 30
 * sequences of up to 6 edits whose builds were first abandoned part-way. Also: proseText's binary-search
 * lookup equals a character-by-character reading of the masked prose (100 random spans).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import { BlockCache, buildDocument, buildDocumentSteps, proseText } from '../../server/src/core/document/documentModel';
import { bundledFacts } from '../helpers/facts';
import { applyEditSpec, editSpec, markdownDocument } from './arbitraries';
import { comparable, show } from './invariants';
import { runs } from './params';

describe('incremental analysis', () => {
  it('with a reused BlockCache equals a fresh analysis after every edit', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(markdownDocument, fc.array(editSpec, { minLength: 1, maxLength: 10 }), (initial, edits) => {
        const cache = new BlockCache();
        let text = initial;
        analyze(text, { facts: bundledFacts(), cache });
        const history: string[] = [];
        for (const spec of edits) {
          const next = applyEditSpec(text, spec);
          history.push(JSON.stringify(next.edit));
          text = next.text;
          const incremental = analyze(text, { facts: bundledFacts(), cache });
          const fresh = analyze(text, { facts: bundledFacts() });
          expect(comparable(incremental), `after edits ${history.join(' ')} of ${show(initial)}`).toEqual(comparable(fresh));
        }
      }),
      runs(40),
    );
  });

  it('with the editor\'s account of each edit (no text comparison) equals a fresh analysis', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(markdownDocument, fc.array(editSpec, { minLength: 1, maxLength: 8 }), (initial, edits) => {
        const cache = new BlockCache();
        let text = initial;
        analyze(text, { facts: bundledFacts(), cache });
        for (const spec of edits) {
          const next = applyEditSpec(text, spec);
          const { start, end, newText } = next.edit;
          const edit = { base: text, start, oldEnd: end, newEnd: start + newText.length };
          text = next.text;
          expect(comparable(analyze(text, { facts: bundledFacts(), cache, edit })), show(text)).toEqual(comparable(analyze(text, { facts: bundledFacts() })));
        }
      }),
      runs(30),
    );
  });

  it('equals a fresh analysis when earlier builds were abandoned part-way (cancelled requests)', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(markdownDocument, fc.array(fc.tuple(editSpec, fc.nat(6)), { minLength: 1, maxLength: 6 }), (initial, edits) => {
        const cache = new BlockCache();
        let text = initial;
        for (const [spec, stepsBeforeCancel] of edits) {
          text = applyEditSpec(text, spec).text;
          // The language server drives buildDocumentSteps in slices and drops it when cancelled.
          const steps = buildDocumentSteps(text, cache);
          for (let i = 0; i < stepsBeforeCancel && !steps.next().done; i++);
          expect(comparable(analyze(text, { facts: bundledFacts(), cache })), show(text)).toEqual(comparable(analyze(text, { facts: bundledFacts() })));
        }
      }),
      runs(30),
    );
  });

  it('equals a fresh analysis when edits change a table that the paragraph below reads (the table above)', { timeout: 120_000 }, () => {
    // Versions of one document: a price table, a paragraph naming two of its cells, blocks that may come
    // between them or after; each version differs from the last in a cell, a gap, a word or a block.
    const version = fc.record({
      max: fc.constantFrom('$60', '$80', '$8', '$6', 'n/a'),
      mid: fc.constantFrom('$20', '$2', '$15'),
      multiple: fc.constantFrom('three times', 'four times', 'a third of', 'twice'),
      between: fc.constantFrom('', '## Notes\n\n', 'Prices are per million tokens.\n\n', '\n\n'),
      zh: fc.boolean(),
      after: fc.constantFrom('', '\n\nMax 2 charges five times as much for output as for input.', '\n\nMid 2的输出价是输入价的5倍。'),
    });
    const render = (v: { max: string; mid: string; multiple: string; between: string; zh: boolean; after: string }) =>
      [
        '# Prices\n\n| Model | Input | Output |\n|---|---|---|\n',
        `| Nimbus Max 2 | $12 | ${v.max} |\n| Nimbus Mid 2 | $4 | ${v.mid} |\n\n`,
        v.between,
        v.zh ? `Max 2的输出价是Mid 2的${v.multiple === 'twice' ? '2倍' : '4倍'}。` : `Max 2's output rate is ${v.multiple} Mid 2's.`,
        v.after,
      ].join('');
    versionsEqualFresh(version, render);
  });

  it('equals a fresh analysis when edits change the lead line a list or table below reads', { timeout: 120_000 }, () => {
    // Versions of one document: a lead line (or a paragraph that is none), a list or a table of bare
    // figures under it, blocks that may come between them or after; each differs from the last somewhere.
    const version = fc.record({
      lead: fc.constantFrom('ChatGPT weekly active users, by month:', 'ChatGPT weekly active users, by month', 'ChatGPT的周活跃用户，按月份：', 'Nvidia revenue, by quarter:', 'We track one number. ChatGPT weekly active users:', '**ChatGPT users:**'),
      between: fc.constantFrom('', '', '## Users\n\n', 'Figures as reported.\n\n'),
      figure: fc.constantFrom('250 million', '300 million', '2.5亿', '$60.9 billion', '25%'),
      table: fc.boolean(),
      after: fc.constantFrom('', '\n\n- October 2024: 250 million', '\n\nIn December 2024 it was 250 million.'),
    });
    const render = (v: { lead: string; between: string; figure: string; table: boolean; after: string }) =>
      [
        '# Notes\n\n',
        `${v.lead}\n\n`,
        v.between,
        v.table ? `| Month | Figure |\n|---|---|\n| December 2024 | ${v.figure} |` : `- December 2024: ${v.figure}\n- October 2024: ${v.figure}`,
        v.after,
      ].join('');
    versionsEqualFresh(version, render);
  });

  it('reuses unchanged blocks (an edit at the end leaves the rest cached)', () => {
    const paragraphs = Array.from({ length: 50 }, (_, i) => `Paragraph ${i}: Nvidia's revenue for fiscal 2024 was $${60 + i}.9 billion.`);
    const cache = new BlockCache();
    const text = paragraphs.join('\n\n');
    analyze(text, { facts: bundledFacts(), cache });
    const after = analyze(text + ' More.', { facts: bundledFacts(), cache });
    expect(after.stats.reusedBlocks).toBe(49);
    expect(after.stats.parsedBlocks).toBe(1);
    // The checks too: only the edited block is bound and judged again.
    expect(after.stats.checkedBlocks).toBe(1);
  });

  it('re-checks the blocks under a heading when the heading changes, and only those', () => {
    const body = (i: number) => `Its annualized revenue reached $${i + 1}.6 billion in December 2023.`;
    const doc = (heading: string) => ['# Report', `## ${heading}`, body(0), body(1), '## Nvidia', body(2)].join('\n\n');
    const cache = new BlockCache();
    const before = analyze(doc('OpenAI'), { facts: bundledFacts(), cache });
    expect(before.claims.map((c) => c.entity?.value)).toEqual(['openai', 'openai', 'nvidia']);
    const after = analyze(doc('Anthropic'), { facts: bundledFacts(), cache });
    expect(after.claims.map((c) => c.entity?.value)).toEqual(['anthropic', 'anthropic', 'nvidia']);
    expect(after.stats.checkedBlocks).toBe(2);
    expect(comparable(after)).toEqual(comparable(analyze(doc('Anthropic'), { facts: bundledFacts() })));
  });
});

/** Analyses each version of a document in turn through one cache: each equals a fresh analysis. */
function versionsEqualFresh<V>(version: fc.Arbitrary<V>, render: (v: V) => string): void {
  fc.assert(
    fc.property(fc.array(version, { minLength: 2, maxLength: 8 }), (versions) => {
      const cache = new BlockCache();
      for (const v of versions) {
        const text = render(v);
        expect(comparable(analyze(text, { facts: bundledFacts(), cache })), show(text)).toEqual(comparable(analyze(text, { facts: bundledFacts() })));
      }
    }),
    runs(30),
  );
}

describe('proseText', () => {
  it('equals the masked prose read character by character, for any span', () => {
    fc.assert(
      fc.property(markdownDocument, fc.nat(), fc.nat(), (text, a, b) => {
        const model = buildDocument(text);
        const start = text.length ? a % (text.length + 1) : 0;
        const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
        const expected = Array.from({ length: end - start }, (_, k) => {
          const seg = model.segments.find((s) => s.start <= start + k && start + k < s.end);
          return seg ? seg.masked[start + k - seg.start] : ' ';
        }).join('');
        expect(proseText(model, { start, end })).toBe(expected);
      }),
      runs(100),
    );
  });
});
