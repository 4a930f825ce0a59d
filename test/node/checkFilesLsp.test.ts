/**
 * `tally/checkFiles` (the "Check All Markdown Files in Workspace" command) through the built server:
 * a batch of many files, checked by worker threads, answers exactly what checking each file on its own
 * answers (one file never goes to a worker), in the same order, honouring workspace trust; a worker that
 * crashes loses no file; a cancelled batch stops and the server keeps serving.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { generateDocument } from '../../bench/generate.mjs';
import { availableCores } from '../../server/src/node/checkPool';
import { startServer, type ServerHandle } from '../lsp/harness';
// A pack fact that changes the verdict on pack.md: used only when the workspace is trusted.
import { OVERRIDE_DRAFT, OVERRIDE_PACK } from '../helpers/overridePack';

const COUNT = 30;

type Result = { uri: string; diagnostics: unknown[] }[];

let root: string;
let uris: string[];
let server: ServerHandle | undefined;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-checkfiles-'));
  fs.mkdirSync(path.join(root, '.tally', 'facts'), { recursive: true });
  fs.writeFileSync(path.join(root, '.tally', 'facts', 'team.yaml'), OVERRIDE_PACK);
  uris = [];
  for (let i = 0; i < COUNT; i++) {
    const file = path.join(root, `draft-${String(i).padStart(3, '0')}.md`);
    fs.writeFileSync(file, generateDocument(2_000 + ((i * 3_371) % 8_000), i + 1));
    uris.push(pathToFileURL(file).href);
  }
  fs.writeFileSync(path.join(root, 'pack.md'), OVERRIDE_DRAFT);
  uris.splice(7, 0, pathToFileURL(path.join(root, 'pack.md')).href);
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function checkFiles(list: string[]): Promise<Result> {
  return (await server!.connection.sendRequest('tally/checkFiles', { uris: list })) as Result;
}

/** Each file in a request of its own: never parallel, the reference. */
async function oneByOne(list: string[]): Promise<Result> {
  const out: Result = [];
  for (const uri of list) out.push(...(await checkFiles([uri])));
  return out;
}

function usedWorkers(): boolean {
  return server!.notifications.some((n) => n.method === 'window/logMessage' && /worker threads/.test((n.params as { message: string }).message));
}

describe('tally/checkFiles with many files', () => {
  it.each([true, false])('answers what one-by-one checks answer, in order (trusted: %s)', async (trusted) => {
    server = await startServer({ rootDir: root, initializationOptions: { trusted } });
    const batch = await checkFiles(uris);
    expect(batch.map((r) => r.uri)).toEqual(uris);
    expect(batch.reduce((n, r) => n + r.diagnostics.length, 0)).toBeGreaterThan(0);
    // The same server reuses its pool for a second batch.
    expect(await checkFiles(uris)).toEqual(batch);
    if (availableCores() >= 2) expect(usedWorkers()).toBe(true);
    expect(await oneByOne(uris)).toEqual(batch);
    const pack = batch.find((r) => r.uri.endsWith('/pack.md'))!;
    const codes = (pack.diagnostics as { code: string; severity: number }[]).filter((d) => d.severity <= 2).map((d) => d.code);
    // Trusted: the pack's fact supports the figure; untrusted: the bundled facts alone decide (trust.test.ts).
    expect(codes).toEqual(trusted ? [] : ['fact.value-mismatch']);
  }, 180_000);

  it('checks again on the main thread a file whose worker crashed', async () => {
    process.env.TALLY_TEST_WORKER_CRASH = 'draft-004';
    try {
      server = await startServer({ rootDir: root });
    } finally {
      delete process.env.TALLY_TEST_WORKER_CRASH;
    }
    const batch = await checkFiles(uris);
    expect(batch.map((r) => r.uri)).toEqual(uris);
    expect(await oneByOne(uris)).toEqual(batch);
    if (availableCores() >= 2) {
      const warnings = server.notifications.filter((n) => n.method === 'window/logMessage' && /worker thread crashed/.test((n.params as { message: string }).message));
      expect(warnings).toHaveLength(1);
      expect((warnings[0].params as { message: string }).message).toMatch(/draft-004\.md.*checked it on the main thread/);
    }
  }, 180_000);

  it('stops a cancelled batch and keeps serving', async () => {
    server = await startServer({ rootDir: root });
    const big = [...uris, ...uris, ...uris];
    const source = new CancellationTokenSource();
    const pending = server.connection.sendRequest('tally/checkFiles', { uris: big }, source.token).then(
      (r) => r as Result,
      () => [] as Result, // a cancelled request may answer with an error instead
    );
    setTimeout(() => source.cancel(), 50);
    const partial = await pending;
    expect(partial.length).toBeLessThan(big.length);
    const after = await checkFiles(uris.slice(0, 10));
    expect(after.map((r) => r.uri)).toEqual(uris.slice(0, 10));
  }, 180_000);
});
