/**
 * Workspace trust: a trusted workspace's fact pack overrides a bundled fact; in an untrusted workspace
 * the same pack is ignored and the bundled fact decides (the client passes `trusted` at initialization).
 * A trust grant reaches the running server as `tally/workspaceTrusted` (no restart): it reads the pack
 * and asks the client to pull diagnostics again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, waitFor, type ServerHandle } from './harness';
import { OVERRIDE_DRAFT, OVERRIDE_PACK } from '../helpers/overridePack';


let server: ServerHandle | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

function workspace(): { root: string; uri: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-trust-'));
  fs.mkdirSync(path.join(root, '.tally', 'facts'), { recursive: true });
  fs.writeFileSync(path.join(root, '.tally', 'facts', 'team.yaml'), OVERRIDE_PACK);
  fs.writeFileSync(path.join(root, 'draft.md'), OVERRIDE_DRAFT);
  return { root, uri: pathToFileURL(path.join(root, 'draft.md')).href };
}

async function codes(trusted: boolean): Promise<string[]> {
  const { root, uri } = workspace();
  server = await startServer({ rootDir: root, initializationOptions: { trusted }, refresh: true });
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: OVERRIDE_DRAFT } });
  return pulled(server, uri);
}

async function pulled(handle: ServerHandle, uri: string): Promise<string[]> {
  const report = (await handle.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: { code: string; severity: number }[] };
  return report.items.filter((d) => d.severity <= 2).map((d) => d.code);
}

describe('workspace trust', () => {
  it('a trusted workspace pack overrides the bundled fact', async () => {
    expect(await codes(true)).toEqual([]);
  });

  it('an untrusted workspace ignores the pack and uses the bundled facts only', async () => {
    expect(await codes(false)).toEqual(['fact.value-mismatch']);
  });

  it('a trust grant makes the running server read the pack and ask for diagnostics again', async () => {
    const { root, uri } = workspace();
    const handle = (server = await startServer({ rootDir: root, initializationOptions: { trusted: false }, refresh: true }));
    await handle.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: OVERRIDE_DRAFT } });
    expect(await pulled(handle, uri)).toEqual(['fact.value-mismatch']);
    const before = handle.refreshes();
    await handle.connection.sendNotification('tally/workspaceTrusted');
    await waitFor(() => (handle.refreshes() > before ? true : undefined));
    expect(await pulled(handle, uri)).toEqual([]);
    expect(handle.process.exitCode).toBe(null);
  });
});
