/**
 * The CLI and the language server report the same findings on the examples (and the corpus when
 * present): same ranges, same check ids, same messages. Both run the built bundles.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, ROOT } from './lsp/harness';

function drafts(): string[] {
  const out: string[] = [];
  for (const dir of ['examples', 'test/corpus/en', 'test/corpus/zh']) {
    const abs = path.join(ROOT, dir);
    if (!fs.existsSync(abs)) continue;
    for (const f of fs.readdirSync(abs)) if (f.endsWith('.md')) out.push(path.join(dir, f));
  }
  return out.sort();
}

interface Item { check: string; message: string; range: unknown }

describe('CLI and language server agree', () => {
  // A correctness test over every draft (290 and growing), not a timing one: the budget only stops a hang.
  it('on every example and corpus draft', { timeout: 300_000 }, async () => {
    const files = drafts();
    expect(files.length).toBeGreaterThan(0);
    let json: { files: { path: string; findings: Item[] }[] };
    try {
      json = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', ...files], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 }));
    } catch (err) {
      json = JSON.parse((err as { stdout: string }).stdout); // exit code 1 means findings, not failure
    }
    const server = await startServer();
    try {
      for (const file of files) {
        const uri = pathToFileURL(path.join(ROOT, file)).href;
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: fs.readFileSync(path.join(ROOT, file), 'utf8') } });
        const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: { code: string; message: string; range: unknown }[] };
        const fromServer = report.items.filter((d) => d.code !== 'suppression.unknown-check').map((d) => ({ check: d.code, message: d.message, range: d.range }));
        const fromCli = json.files.find((f) => f.path === file)!.findings.map((f) => ({ check: f.check, message: f.message, range: f.range }));
        expect(fromServer, file).toEqual(fromCli);
      }
    } finally {
      await server.stop();
    }
  });
});
