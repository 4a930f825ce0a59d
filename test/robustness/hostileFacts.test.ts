/**
 * Issue #8, "hovers cannot run commands" and "bad fact files are contained", end to end through the
 * built CLI (`tally check --facts <dir>`) and the language server, each on a workspace whose
 * `.tally/facts/evil.yaml` is hostile:
 * - `command:` / `javascript:` source URLs are rejected by validation, at their line;
 * - invalid YAML, schema violations, wrong types, duplicate ids, a file over the size limit, an alias
 *   bomb and custom tags each become an error naming the file and line, quickly, with no code run;
 * - in the server, the draft is still checked (bundled facts and the good pack beside the bad one) and
 *   the bad file gets a diagnostic at the offending line;
 * - hover Markdown escapes text from fact files and links only to http(s) URLs.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, waitFor } from '../lsp/harness';
import { DRAFT, makeWorkspace, runCli } from './workspace';

const fact = (id: string, extra: string) => `  - id: ${id}
    entity: openai
    metric: revenue.annualized
    value: 2600000000
    unit: USD
    period: { start: 2023-12-01, end: 2023-12-31, label: December 2023 }
${extra}    confidence: high
    fromMemory: false
`;
const source = (publisher: string, url: string) => `    sources:\n      - publisher: ${JSON.stringify(publisher)}\n        url: ${JSON.stringify(url)}\n`;

const aliasBomb = () => {
  let yaml = 'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    yaml += `${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]\n`;
  }
  return yaml + 'facts: *i\n';
};

/** Hostile packs: file text and the line the error must name. */
const HOSTILE: Record<string, { text: string; line: number }> = {
  'command: URL': { text: `facts:\n${fact('EVIL-CMD', source('Evil', 'command:workbench.action.terminal.new'))}`, line: 10 },
  'javascript: URL': { text: `facts:\n${fact('EVIL-JS', source('Evil', 'javascript:alert(1)'))}`, line: 10 },
  'invalid YAML': { text: 'facts:\n  - id: X\n    entity: [unclosed\n', line: 4 },
  'schema violation': { text: `facts:\n${fact('EVIL-SCHEMA', source('Evil', 'https://example.com')).replace('confidence: high', 'confidence: certain')}`, line: 11 },
  'wrong types': { text: `facts:\n${fact('EVIL-TYPES', source('Evil', 'https://example.com')).replace('value: 2600000000', 'value: "lots"')}`, line: 5 },
  'duplicate ids': { text: `facts:\n${fact('EVIL-DUP', source('Evil', 'https://example.com'))}${fact('EVIL-DUP', source('Evil', 'https://example.com'))}`, line: 13 },
  'huge file': { text: `facts:\n${'  # padding\n'.repeat(600_000)}`, line: 1 },
  'alias bomb': { text: aliasBomb(), line: 2 },
  'custom tags': { text: 'facts:\n  - !!js/function "function () { require(\'fs\').writeFileSync(\'/tmp/tally-pwned\', \'x\') }"\n  - id: !include /etc/passwd\n', line: 2 },
};

const workspaces: string[] = [];
afterAll(() => workspaces.forEach((w) => fs.rmSync(w, { recursive: true, force: true })));
const workspace = (files: Record<string, string>) => {
  const w = makeWorkspace(files);
  workspaces.push(w);
  return w;
};

describe('tally check --facts with a hostile pack', () => {
  for (const [name, { text, line }] of Object.entries(HOSTILE)) {
    it(`${name}: an error naming the file and line, in bounded time`, () => {
      const ws = workspace({ 'draft.md': DRAFT, '.tally/facts/evil.yaml': text });
      const t0 = Date.now();
      const r = runCli(['check', 'draft.md', '--facts', '.tally/facts'], ws);
      expect(Date.now() - t0).toBeLessThan(20_000);
      expect(r.status, r.stdout + r.stderr).toBe(2);
      expect(r.stderr).toContain(`evil.yaml:${line}:`);
      expect(fs.existsSync('/tmp/tally-pwned')).toBe(false);
    });
  }
});

describe('the language server with a hostile pack beside a good one', () => {
  it('keeps checking drafts, reports each bad file at its line, and hovers stay safe', { timeout: 60_000 }, async () => {
    const evil = HOSTILE['command: URL'].text;
    // The good pack's only fact is one the bundled base lacks, and its publisher is hostile text that
    // must reach hovers escaped.
    const goodPack = `facts:
  - id: TEAM-ANTHROPIC-JAN-2021
    entity: anthropic
    metric: revenue.annualized
    value: 100000000
    unit: USD
    period: { start: 2021-01-01, end: 2021-01-31, label: January 2021 }
    sources:
      - publisher: "Evil [x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **bold**"
        url: https://example.com/anthropic-run-rate
    confidence: high
    fromMemory: false
`;
    const ws = workspace({
      'draft.md': DRAFT,
      '.tally/facts/evil.yaml': evil,
      '.tally/facts/bomb.yaml': HOSTILE['alias bomb'].text,
      '.tally/facts/team.yaml': goodPack,
    });
    const server = await startServer({ rootDir: ws });
    try {
      // Each bad file gets a diagnostic at the offending line (pushed: fact files are not Markdown).
      const published = (file: string) =>
        waitFor(() => server.notifications.find((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === pathToFileURL(path.join(ws, '.tally/facts', file)).href)?.params as { diagnostics: { range: { start: { line: number } }; message: string }[] } | undefined);
      expect((await published('evil.yaml')).diagnostics.map((d) => d.range.start.line + 1)).toContain(HOSTILE['command: URL'].line);
      expect((await published('bomb.yaml')).diagnostics.map((d) => d.range.start.line + 1)).toContain(HOSTILE['alias bomb'].line);

      // Drafts are still checked with the bundled facts and the good packs.
      const uri = pathToFileURL(path.join(ws, 'draft.md')).href;
      const text = `${DRAFT}\nAnthropic's annualized revenue was $300 million in January 2021.\n`;
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: { code: string; message: string; range: { start: { line: number; character: number } } }[] };
      expect(report.items.some((d) => d.code === "fact.value-mismatch" && d.range.start.line === 2), JSON.stringify(report.items.map((d) => [d.code, d.range.start.line, d.message]))).toBe(true);
      const fromPack = report.items.find((d) => d.range.start.line === 4);
      expect(fromPack?.message, JSON.stringify(report.items)).toContain('Evil');

      // Hovers: escaped fact text, only http(s) links, never a command link.
      for (const d of report.items) {
        const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: d.range.start })) as { contents: { kind: string; value: string }; isTrusted?: boolean } | null;
        if (!hover) continue;
        expect(hover.contents.kind).toBe('markdown');
        expect(JSON.stringify(hover)).not.toMatch(/isTrusted/);
        const links = [...hover.contents.value.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
        for (const link of links) expect(link, hover.contents.value).toMatch(/^https?:\/\//);
        // Escaped text may mention "command:", but never as a link target or live HTML.
        expect(hover.contents.value).not.toMatch(/\]\(\s*(?:command|javascript):|<img/i);
      }
    } finally {
      await server.stop();
    }
  });
});

describe('escaping in hovers and messages', () => {
  it('a draft full of Markdown, HTML and command links is shown literally', async () => {
    const hostile = "OpenAI's annualized revenue was $2.6 billion in December 2023, according to [The Information](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> `x`.\n";
    const server = await startServer({ rootDir: workspace({}) });
    try {
      const uri = 'file:///tmp/tally-hostile/draft.md';
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: hostile } });
      const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: { message: string; range: { start: { line: number; character: number } } }[] };
      for (const d of report.items) {
        const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: d.range.start })) as { contents: { value: string } } | null;
        if (hover) expect(hover.contents.value).not.toMatch(/\]\(command:|<img/);
      }
    } finally {
      await server.stop();
    }
  });
});

