/**
 * Issue #8, "nothing is lost" (ARCHITECTURE.md invariant 8): every quick fix the server offers on every
 * draft in test/fixtures/docs and examples/ — replacements, suppression comments, footnote citations —
 * and the "fix all" source action are applied to the text, and the diff is checked: a replacement
 * changes only characters inside the claim it names; an insertion only adds (a comment line above the
 * finding, a footnote reference right after a figure, a definition at the end) and leaves every original
 * character in place. After "fix all", the re-checked draft has no finding left that a certain fix
 * could remove.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, ROOT, type ServerHandle } from '../lsp/harness';
import { lineStarts, type Range } from './textModel';

interface Diag {
  range: Range;
  code?: string;
  message: string;
}
interface Edit {
  range: Range;
  newText: string;
}
interface Action {
  title: string;
  kind?: string;
  edit?: { changes?: Record<string, Edit[]> };
}

const drafts = ['test/fixtures/docs', 'examples'].flatMap((dir) =>
  fs.existsSync(path.join(ROOT, dir)) ? fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, f)) : [],
);

let server: ServerHandle;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

const offsetAt = (starts: number[], p: { line: number; character: number }) => starts[p.line] + p.character;

/** Applies LSP edits (non-overlapping, any order) and returns the new text and the edits as offsets. */
function apply(text: string, edits: Edit[]): { text: string; spans: { start: number; end: number; newText: string }[] } {
  const starts = lineStarts(text);
  const spans = edits.map((e) => ({ start: offsetAt(starts, e.range.start), end: offsetAt(starts, e.range.end), newText: e.newText })).sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.newText + out.slice(s.end);
  return { text: out, spans };
}

/** What each edit may change, given the claim spans the diagnostics name. */
function checkEdits(name: string, text: string, spans: { start: number; end: number; newText: string }[], claims: { start: number; end: number }[]): void {
  for (const s of spans) {
    const where = `${name}: edit [${s.start},${s.end}) → ${JSON.stringify(s.newText)}`;
    if (s.end > s.start) {
      // A replacement: inside one claim, and what it changes differs only within that claim.
      const claim = claims.find((c) => c.start <= s.start && s.end <= c.end);
      expect(claim, where).toBeDefined();
      expect(s.newText, where).not.toMatch(/[\r\n]/);
    } else {
      // An insertion: a whole comment line at a line start, a footnote reference after a figure, or a
      // footnote definition at the end of the draft.
      const atLineStart = s.start === 0 || /[\r\n]/.test(text[s.start - 1]);
      const isComment = atLineStart && /^[ \t>]*<!-- tally-disable-next-line [\w.-]+ -- [^\r\n]*-->(\r\n|\n|\r)$/.test(s.newText);
      const isReference = /^\[\^\d+\]$/.test(s.newText) && claims.some((c) => c.end === s.start);
      const isDefinition = s.start === text.length && /^(\r\n|\n|\r)*\[\^\d+\]: [^\r\n]+(\r\n|\n|\r)$/.test(s.newText);
      expect(isComment || isReference || isDefinition, where).toBe(true);
    }
  }
}

async function diagnostics(uri: string): Promise<Diag[]> {
  return ((await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diag[] }).items;
}

describe('applying fixes changes only the claims they name', () => {
  it('has drafts to fix', () => expect(drafts.length).toBeGreaterThan(0));

  for (const draft of drafts) {
    it(draft, async () => {
      const text = fs.readFileSync(path.join(ROOT, draft), 'utf8');
      const uri = pathToFileURL(path.join(ROOT, draft)).href;
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const diags = (await diagnostics(uri)).filter((d) => d.code?.startsWith('fact.') || d.code?.startsWith('arith.'));
      const starts = lineStarts(text);
      const claims = diags.map((d) => ({ start: offsetAt(starts, d.range.start), end: offsetAt(starts, d.range.end) }));
      // Supported claims can be cited: their spans count as claims too.
      const claimList = (await server.connection.sendRequest('tally/claims', { uri })) as { range: Range; verdict: string }[];
      const claimSpans = [...claims, ...claimList.map((c) => ({ start: offsetAt(starts, c.range.start), end: offsetAt(starts, c.range.end) }))];

      let applied = 0;
      const ranges = [...diags.map((d) => ({ range: d.range, diagnostics: [d] })), ...claimList.filter((c) => c.verdict === 'supported').map((c) => ({ range: c.range, diagnostics: [] as Diag[] }))];
      for (const { range, diagnostics: context } of ranges) {
        const actions = (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: context } })) as Action[];
        for (const action of actions) {
          const edits = action.edit?.changes?.[uri];
          if (!edits?.length) continue;
          const result = apply(text, edits);
          checkEdits(`${draft}: “${action.title}”`, text, result.spans, claimSpans);
          applied++;
        }
      }
      if (diags.length > 0) expect(applied).toBeGreaterThan(0);

      // Fix all: only certain replacements, each inside a claim; the re-checked draft keeps no finding whose fix was applied.
      const fixAll = (await server.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: starts.length, character: 0 } },
        context: { diagnostics: diags, only: ['source.fixAll'] },
      })) as Action[];
      for (const action of fixAll) {
        const edits = action.edit?.changes?.[uri] ?? [];
        const result = apply(text, edits);
        checkEdits(`${draft}: fix all`, text, result.spans, claims);
        expect(result.spans.every((s) => s.end > s.start)).toBe(true);
        const fixedUri = `${uri}.fixed.md`;
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fixedUri, languageId: 'markdown', version: 1, text: result.text } });
        const after = await diagnostics(fixedUri);
        const fixedStarts = lineStarts(result.text);
        for (const s of result.spans) {
          const shift = result.spans.filter((o) => o.start < s.start).reduce((n, o) => n + o.newText.length - (o.end - o.start), 0);
          const left = after.find((d) => offsetAt(fixedStarts, d.range.start) === s.start + shift && d.code === 'fact.value-mismatch');
          expect(left, `${draft}: ${JSON.stringify(s)} still flagged after fix all`).toBeUndefined();
        }
      }
    });
  }
});
