/**
 * Stopping the server: it answers `shutdown` promptly even while its first check of a long draft runs
 * (the VS Code client waits two seconds, then kills the process and, on a restart, never starts the new
 * one), and the code cache written after the first check (main.ts, lsp/afterFirstCheck.ts) is written
 * after an idle second, or just after `shutdown` is answered, but always written.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateDocument } from '../../bench/generate.mjs';
import { startServer, waitFor, type ServerHandle } from './harness';

const DRAFT = "OpenAI's annualized revenue was $2.6 billion in December 2023, according to The Information.\n";

let server: ServerHandle | undefined;
const folders: string[] = [];
afterEach(async () => {
  await server?.stop();
  server = undefined;
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function cacheFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-cc-'));
  folders.push(dir);
  return path.join(dir, 'v8');
}

const cacheFiles = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.v8cache')) : []);

async function open(handle: ServerHandle, uri: string, text: string): Promise<void> {
  await handle.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
}

/** A server with its code cache in `dir` that has answered its first pull (of a short draft). */
async function checkedOnce(dir: string, name: string): Promise<ServerHandle> {
  const handle = await startServer({ env: { TALLY_COMPILE_CACHE: dir } });
  const uri = `file:///tmp/tally-shutdown-${name}.md`;
  await open(handle, uri, DRAFT);
  await handle.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  return handle;
}

describe('shutdown', () => {
  it('is answered within 1.5 s while the first check of a 100 KB draft runs', async () => {
    server = await startServer({ env: { TALLY_COMPILE_CACHE: cacheFolder() } });
    const uri = 'file:///tmp/tally-shutdown-long.md';
    await open(server, uri, generateDocument(100_000));
    const pull = server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 150)); // the check is under way
    const asked = Date.now();
    await server.connection.sendRequest('shutdown');
    expect(Date.now() - asked).toBeLessThan(1500); // the VS Code client waits 2 s
    void pull;
  });

  it('writes the code cache an idle second after the first check, while the server runs', async () => {
    const dir = cacheFolder();
    server = await checkedOnce(dir, 'idle');
    expect(cacheFiles(dir)).toEqual([]); // not in the way of the answer
    await waitFor(() => (cacheFiles(dir).length === 1 ? true : undefined), 10_000);
    expect(server.process.exitCode).toBe(null);
  });

  it('writes it after answering shutdown when the client stops the server at once', async () => {
    const dir = cacheFolder();
    server = await checkedOnce(dir, 'quick');
    const child = server.process;
    const exited = new Promise((r) => child.once('exit', r));
    await server.connection.sendRequest('shutdown');
    await server.connection.sendNotification('exit');
    await exited;
    expect(child.exitCode).toBe(0);
    expect(cacheFiles(dir)).toHaveLength(1);
  });
});
