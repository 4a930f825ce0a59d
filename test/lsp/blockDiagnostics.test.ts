/**
 * Diagnostics made block by block (lsp/blockDiagnostics.ts) equal those made from the whole findings
 * list, and are reused (the same objects) for a block that starts at the same line and column again.
 */
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/core/analyze';
import { BlockCache } from '../../server/src/core/document/documentModel';
import { BlockDiagnostics } from '../../server/src/lsp/blockDiagnostics';
import { findingToDiagnostic } from '../../server/src/lsp/diagnostics';
import { bundledFacts } from '../helpers/facts';

const TEXT = [
  '# Nvidia',
  '',
  "Nvidia's revenue was $70.9 billion in fiscal 2024.",
  '',
  'A paragraph with no figure at all.',
  '',
  '英伟达2024财年营收为709亿美元。',
  '',
  "Microsoft's capex was $65.7 billion in fiscal 2024.",
  '',
].join('\n');

function check(text: string, cache: BlockCache, made: BlockDiagnostics) {
  const doc = TextDocument.create('file:///draft.md', 'markdown', 1, text);
  const analysis = analyze(text, { facts: bundledFacts(), cache });
  const byBlock = made.of(doc, analysis.findingBlocks!);
  expect(byBlock).toEqual(analysis.findings.map((f) => findingToDiagnostic(doc, f)));
  return byBlock;
}

describe('diagnostics by block', () => {
  it('equal the findings list converted, and are the same objects after an edit that keeps the later blocks on their lines', () => {
    const cache = new BlockCache();
    const made = new BlockDiagnostics();
    const first = check(TEXT, cache, made);
    expect(first.length).toBeGreaterThanOrEqual(2);
    // One more word in the figureless paragraph: every later block starts one character later, on the same line.
    const second = check(TEXT.replace('no figure', 'no figure whatsoever'), cache, made);
    expect(second.length).toBe(first.length);
    for (let i = 0; i < first.length; i++) expect(second[i]).toBe(first[i]);
  });

  it('are made anew for blocks a line break moved, in English and Chinese', () => {
    const cache = new BlockCache();
    const made = new BlockDiagnostics();
    const first = check(TEXT, cache, made);
    const moved = check(TEXT.replace('no figure', 'no\nfigure').replace('# Nvidia\n', '# Nvidia\r\n'), cache, made);
    expect(moved.length).toBe(first.length);
    expect(moved.at(-1)!.range.start.line).toBe(first.at(-1)!.range.start.line + 1);
    expect(moved.at(-1)).not.toBe(first.at(-1));
  });
});
