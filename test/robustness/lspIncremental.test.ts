/**
 * Issue #8, "positions exact under incremental edits": a model-based test through the real server over
 * stdio. 2,000 random edits (typing, pastes, deletions, line breaks of every kind, astral characters and
 * lone surrogates, one to three changes per didChange) are sent as ranged didChange notifications; the
 * client keeps its own copy of the text with its own position arithmetic. Diagnostics are pulled after
 * every edit (so the server's caches follow every version, as when typing) and, after every 10th edit and
 * the last, compared with a fresh in-process analysis of the client's copy: same ranges, codes, messages
 * and severities. The document's length as the server sees it (tally/status) is compared too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';
import type { Severity } from '../../server/src/core/model';
import { bundledFacts } from '../helpers/facts';
import { startServer, ROOT, type ServerHandle } from '../lsp/harness';
import { applyEdit, lineStarts, randomEdit, rangeOf, seededRandom, type Range } from './textModel';

const EDITS = 2000;
const CHECK_EVERY = 10;
const SEED = Number(process.env.LSP_EDIT_SEED ?? 20241130);
const uri = 'file:///tmp/tally-incremental/draft.md';
const SEVERITY: Record<Severity, number> = { error: 1, warning: 2, information: 3, hint: 4 };

interface Diag {
  range: Range;
  code?: string;
  message: string;
  severity?: number;
}

let server: ServerHandle;
let workspace: string;

beforeAll(async () => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-ws-'));
  server = await startServer({ rootDir: workspace });
});

afterAll(async () => {
  await server?.stop();
  fs.rmSync(workspace, { recursive: true, force: true });
});

/** What a fresh analysis of `text` says the diagnostics must be. */
function expected(text: string): Diag[] {
  const analysis = analyze(text, { facts: bundledFacts(), options: DEFAULT_OPTIONS, locale: 'en' });
  const starts = lineStarts(text);
  return [
    ...analysis.findings.map((f) => ({ range: rangeOf(starts, f.start, f.end), code: f.check, message: f.message, severity: SEVERITY[f.severity] })),
    ...analysis.problems.filter((p) => !p.origin).map((p) => ({ range: rangeOf(starts, p.span?.start ?? 0, p.span?.end ?? 0), code: p.code, message: p.message, severity: SEVERITY[p.severity] })),
  ];
}

const normal = (ds: Diag[]) =>
  ds
    .map((d) => ({ range: d.range, code: d.code, message: d.message, severity: d.severity }))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || String(a.code).localeCompare(String(b.code)) || a.message.localeCompare(b.message));

async function pull(): Promise<Diag[]> {
  const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diag[] };
  return report.items;
}

describe('incremental sync over stdio', () => {
  it(`${EDITS} random ranged edits keep diagnostics equal to a fresh analysis (checked every ${CHECK_EVERY}th, seed ${SEED})`, { timeout: 600_000 }, async () => {
    const rand = seededRandom(SEED);
    let text = ['examples/en-ai-revenue.md', 'examples/zh-ai-revenue.md'].map((f) => fs.readFileSync(path.join(ROOT, f), 'utf8')).join('\n');
    let version = 1;
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    let compared = 0;
    for (let i = 1; i <= EDITS; i++) {
      // One to three changes per notification; each range refers to the text after the previous change.
      const changes: { range: Range; text: string }[] = [];
      const history: string[] = [];
      for (let c = 0, n = rand.next() < 0.8 ? 1 : rand.int(2, 3); c < n; c++) {
        let edit = randomEdit(rand, text);
        // Keep the draft between ~1 and ~15 KB: long enough for many blocks, short enough to check often.
        if (text.length > 15_000) edit = { start: edit.start, end: Math.min(text.length, edit.start + 2_000), text: '' };
        changes.push({ range: rangeOf(lineStarts(text), edit.start, edit.end), text: edit.text });
        history.push(JSON.stringify(edit));
        text = applyEdit(text, edit);
      }
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: changes });
      const actual = await pull();
      if (i % CHECK_EVERY === 0 || i === EDITS) {
        compared++;
        expect(normal(actual), `after edit ${i} (${history.join(', ')}), seed ${SEED}`).toEqual(normal(expected(text)));
        const status = (await server.connection.sendRequest('tally/status', { uri })) as { length: number } | null;
        expect(status?.length, `document length after edit ${i}`).toBe(text.length);
      }
    }
    expect(compared).toBe(EDITS / CHECK_EVERY);
  });
});
