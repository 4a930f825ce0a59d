/**
 * Protocol tests against the built server over stdio: initialize, didOpen, pull diagnostics, hover,
 * code action, incremental didChange, push diagnostics for clients without pull, shutdown.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, waitFor, type ServerHandle } from './harness';

const WRONG = 'OpenAI\'s annualized revenue was $2.6 billion in December 2023, according to The Information.\n';
const RIGHT = 'OpenAI\'s annualized revenue was $1.6 billion in December 2023, according to The Information.\n';
const uri = 'file:///tmp/tally-protocol/draft.md';

let server: ServerHandle | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

interface Diag { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code: string; message: string; source: string; severity: number; data?: unknown }

async function open(s: ServerHandle, text: string, version = 1) {
  await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
}

async function pull(s: ServerHandle): Promise<Diag[]> {
  const report = (await s.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diag[] };
  return report.items;
}

describe('language server over stdio', () => {
  it('reports a contradicted figure with its source, hovers and fixes it', async () => {
    server = await startServer();
    await open(server, WRONG);
    const diags = await pull(server);
    const d = diags.find((x) => x.code === 'fact.value-mismatch');
    expect(d, JSON.stringify(diags)).toBeDefined();
    expect(d!.source).toBe('Tally');
    expect(d!.message).toContain('The Information');
    expect(WRONG.slice(d!.range.start.character, d!.range.end.character)).toBe('$2.6 billion');

    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: d!.range.start })) as { contents: { value: string } };
    expect(hover.contents.value).toContain('The Information');

    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: d!.range,
      context: { diagnostics: [d] },
    })) as { title: string; edit?: { changes: Record<string, { newText: string; range: Diag['range'] }[]> } }[];
    const replace = actions.find((a) => a.title.startsWith('Replace'));
    expect(replace, JSON.stringify(actions.map((a) => a.title))).toBeDefined();
    const edits = replace!.edit!.changes[uri];
    expect(edits).toHaveLength(1);
    expect(edits[0].newText).toBe('$1.6 billion');
    expect(edits[0].range).toEqual(d!.range);
  });

  it('re-checks after an incremental edit', async () => {
    server = await startServer();
    await open(server, WRONG);
    expect((await pull(server)).some((x) => x.code === 'fact.value-mismatch')).toBe(true);
    const at = WRONG.indexOf('2.6');
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: at }, end: { line: 0, character: at + 1 } }, text: '1' }],
    });
    expect((await pull(server)).filter((x) => x.severity <= 2)).toEqual([]);
  });

  it('pushes diagnostics to clients without pull support', async () => {
    server = await startServer({ pull: false });
    await open(server, WRONG);
    const published = await waitFor(() => {
      const n = server!.notifications.find((x) => x.method === 'textDocument/publishDiagnostics' && (x.params as { uri: string }).uri === uri);
      return n ? (n.params as { diagnostics: Diag[] }) : undefined;
    });
    expect(published.diagnostics.some((x) => x.code === 'fact.value-mismatch')).toBe(true);
  });

  it('answers requests for unknown documents cleanly', async () => {
    server = await startServer();
    const hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///nope.md' }, position: { line: 0, character: 0 } });
    expect(hover).toBeNull();
    const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: 'file:///nope.md' } })) as { items: unknown[] };
    expect(report.items).toEqual([]);
  });

  it('does not flag a correct figure', async () => {
    server = await startServer();
    await open(server, RIGHT);
    expect((await pull(server)).filter((x) => x.severity <= 2)).toEqual([]);
  });
});
