/**
 * The language server's edit path in one process, without the protocol (scripts/measure-keystroke.mjs
 * bundles this file from a checkout): one-character edits in the middle of a document (a random offset in
 * its middle tenth, alternately typed and deleted, as bench/lib/lspBench.mjs sends them), each applied as
 * the server applies it (`DocumentStates.noteEdit`, `TextDocument.update`), analysed through
 * `DocumentStates`, turned into diagnostics and compared with the previous list. Prints the CPU time of
 * each edit (process.cpuUsage: the machine is shared) as one JSON line.
 *
 * Mode `typing` (fourth argument) types forward instead: each edit inserts the next letter after the last
 * one, ten letters a spot, then moves to another random spot. No edit restores a text seen before, so the
 * blocks an edit replaced (document/recentBlocks.ts) never answer: the cost of typing new words.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import type { Analysis } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';
import { DocumentStates } from '../../server/src/lsp/documentState';
import * as diagnostics from '../../server/src/lsp/diagnostics';
import * as blockDiagnostics from '../../server/src/lsp/blockDiagnostics';
import { FactStore } from '../../server/src/node/factStore';
import { createRandom } from './random.mjs';

const [file, editsArg, root, mode = 'toggle'] = process.argv.slice(2);
const facts = new FactStore({ packPaths: [], cwd: root, trusted: false, dataDir: path.join(root, 'data') }).facts;
const states = new DocumentStates();
const uri = 'file:///draft.md';
let doc = TextDocument.create(uri, 'markdown', 1, fs.readFileSync(file, 'utf8'));

// A checkout without lsp/blockDiagnostics.ts (before session 14) converts the whole list, as its server did.
const Made = (blockDiagnostics as { BlockDiagnostics?: new () => { of(d: TextDocument, b: unknown): Diagnostic[] } }).BlockDiagnostics;
const made = Made ? new Made() : undefined;
function diagnosticsOf(a: Analysis): Diagnostic[] {
  const blocks = (a as { findingBlocks?: unknown }).findingBlocks;
  return [
    ...(made && blocks ? made.of(doc, blocks) : a.findings.map((f) => diagnostics.findingToDiagnostic(doc, f))),
    ...a.problems.filter((p) => !p.origin).map((p) => diagnostics.problemToDiagnostic(doc, p)),
  ];
}

const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

async function main() {
  let last = diagnosticsOf(await states.analysisForAsync(doc, facts, DEFAULT_OPTIONS, 'en'));
  const r = createRandom(1);
  const times: number[] = [];
  let inserted = -1;
  for (let i = 0; i < Number(editsArg); i++) {
    const t0 = cpu();
    const text = doc.getText();
    let change;
    if (mode === 'typing') {
      const at = i % 10 === 0 ? Math.floor(text.length * (0.45 + 0.1 * r.next())) : inserted;
      change = { range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: 'abcdefghij'[i % 10] };
      inserted = at + 1;
    } else {
      const at = inserted === -1 ? Math.floor(text.length * (0.45 + 0.1 * r.next())) : inserted;
      change = inserted === -1 ? { range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: 'x' } : { range: { start: doc.positionAt(at), end: doc.positionAt(at + 1) }, text: '' };
      inserted = inserted === -1 ? at : -1;
    }
    const start = doc.offsetAt(change.range.start);
    states.noteEdit(uri, text, start, doc.offsetAt(change.range.end), change.text.length);
    doc = TextDocument.update(doc, [change], doc.version + 1);
    const items = diagnosticsOf(await states.analysisForAsync(doc, facts, DEFAULT_OPTIONS, 'en'));
    diagnostics.sameDiagnostics(last, items);
    last = items;
    times.push(cpu() - t0);
  }
  process.stdout.write(JSON.stringify({ times }) + '\n');
}
void main();
