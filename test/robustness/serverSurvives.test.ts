/**
 * Issue #8, "the server survives": an exception inside a request is answered as an error and the server
 * keeps serving; requests about closed or unknown documents get clean empty answers; a cancelled request
 * is answered "cancelled" (also while its analysis is already running); after the process is killed a
 * client can start a new server that works (what the VS Code client does on a crash).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { startServer, type ServerHandle } from '../lsp/harness';

const uri = 'file:///tmp/tally-survive/draft.md';
const WRONG = "OpenAI's annualized revenue was $2.6 billion in December 2023, according to The Information.\n";
const REQUEST_CANCELLED = -32800;
const INTERNAL_ERROR = -32603;

let server: ServerHandle | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

interface Diag {
  code?: string;
  severity?: number;
}

async function open(s: ServerHandle, text: string, docUri = uri): Promise<void> {
  await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: docUri, languageId: 'markdown', version: 1, text } });
}

async function pull(s: ServerHandle, docUri = uri): Promise<Diag[]> {
  return ((await s.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: docUri } })) as { items: Diag[] }).items;
}

/** The error a request was rejected with, or a failure if it succeeded. */
async function rejection(p: Promise<unknown>): Promise<{ code: number; message: string }> {
  try {
    const value = await p;
    throw new Error(`expected an error response, got ${JSON.stringify(value)}`);
  } catch (err) {
    return err as { code: number; message: string };
  }
}

const stillServes = async (s: ServerHandle) => expect((await pull(s)).some((d) => d.code === 'fact.value-mismatch')).toBe(true);

describe('a failing request is answered and the server keeps serving', () => {
  it('malformed code action params', async () => {
    server = await startServer();
    await open(server, WRONG);
    const err = await rejection(server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: null, context: null }));
    expect(err.code).toBe(INTERNAL_ERROR);
    await stillServes(server);
  });

  it('custom requests without params, and hovers at impossible positions', async () => {
    server = await startServer();
    await open(server, WRONG);
    const err = await rejection(server.connection.sendRequest('tally/claims', null));
    expect(err.code).toBe(INTERNAL_ERROR);
    // Positions past the end or negative are clamped or refused, never fatal.
    for (const position of [{ line: 1e9, character: 1e9 }, { line: -1, character: -5 }, { line: 0, character: 1.5 }]) {
      await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }).catch((e: { code: number }) => expect(typeof e.code).toBe('number'));
    }
    await stillServes(server);
  });

  it('a change to a document that was never opened, and a second open of the same document', async () => {
    server = await startServer();
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never-opened.md', version: 2 }, contentChanges: [{ text: 'x' }] });
    await open(server, 'first');
    await open(server, WRONG);
    await stillServes(server);
  });

  it('a garbled JSON-RPC message on the wire', async () => {
    server = await startServer();
    await open(server, WRONG);
    const body = '{"jsonrpc":"2.0","id":99,"method":';
    server.process.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await stillServes(server);
  });
});

describe('closed and unknown documents', () => {
  it('get empty answers to every request', async () => {
    server = await startServer();
    await open(server, WRONG);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    for (const docUri of [uri, 'file:///unknown.md', 'untitled:Untitled-1', 'not a uri']) {
      const position = { line: 0, character: 35 };
      expect(await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: docUri }, position })).toBeNull();
      expect(await pull(server, docUri)).toEqual([]);
      const range = { start: position, end: position };
      expect(await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: docUri }, range, context: { diagnostics: [] } })).toEqual([]);
      expect(await server.connection.sendRequest('tally/claims', { uri: docUri })).toEqual([]);
      expect(await server.connection.sendRequest('tally/status', { uri: docUri })).toBeNull();
    }
  });
});

describe('cancellation', () => {
  /** A draft whose first analysis takes a while: ~150 KB of distinct paragraphs (no two blocks alike). */
  const big = () =>
    Array.from({ length: 1500 }, (_, i) =>
      i % 2
        ? `Paragraph ${i}: OpenAI's annualized revenue was $${(i % 90) + 1}.6 billion in December 2023, according to The Information.`
        : `第${i}段：据The Information报道，OpenAI在2023年12月的年化收入为${(i % 90) + 10}亿美元。`,
    ).join('\n\n');

  it('a request cancelled before it runs is answered "cancelled"', async () => {
    server = await startServer();
    await open(server, big());
    const source = new CancellationTokenSource();
    const request = server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token);
    source.cancel();
    expect((await rejection(request)).code).toBe(REQUEST_CANCELLED);
    // The next request is served.
    expect(Array.isArray(await pull(server))).toBe(true);
  });

  it('a request cancelled while its analysis runs is answered "cancelled"', async () => {
    server = await startServer();
    await open(server, big());
    const source = new CancellationTokenSource();
    const request = server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token);
    setTimeout(() => source.cancel(), 50);
    expect((await rejection(request)).code).toBe(REQUEST_CANCELLED);
    expect((await pull(server)).some((d) => d.code === 'fact.value-mismatch')).toBe(true);
  });
});

describe('a crashed server', () => {
  it('is replaced by a new one that works', async () => {
    const first = await startServer();
    await open(first, WRONG);
    await stillServes(first);
    const exited = new Promise<number | null>((resolve) => first.process.once('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
    first.process.kill('SIGKILL');
    expect(await exited).toBe(-1);
    await first.stop(); // what a client does with a dead connection: dispose it
    server = await startServer();
    await open(server, WRONG);
    await stillServes(server);
  });
});
