/**
 * Issue #9, "check the visible region first": a long report's first diagnostics are those of the part on
 * screen, the whole report follows after the server asks the client to pull again, and the early
 * findings are exactly the full analysis's findings there. Also: a pull that changes nothing is answered
 * "unchanged", and a client that cannot refresh gets the full list at once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { generateDocument } from '../../bench/generate.mjs';
import { startServer, waitFor, type ServerHandle } from './harness';

const uri = 'file:///tmp/tally-visible/report.md';
const text = generateDocument(500_000, 11);
const lines = text.split('\n').length;
const firstVisible = Math.floor(lines / 2);

interface Diag { range: { start: { line: number } }; code: string; message: string }
interface Report { kind: 'full' | 'unchanged'; resultId?: string; items?: Diag[] }

let server: ServerHandle | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function pull(s: ServerHandle, previousResultId?: string): Promise<Report> {
  return (await s.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) })) as Report;
}

const key = (d: Diag) => JSON.stringify([d.range, d.code, d.message]);

describe('very large documents: the visible part first', () => {
  it('answers with the visible findings, then refreshes with all of them', { timeout: 120_000 }, async () => {
    server = await startServer({ refresh: true });
    await server.connection.sendNotification('tally/visibleRanges', { uri, ranges: [{ start: { line: firstVisible }, end: { line: firstVisible + 40 } }] });
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const preview = await pull(server);
    expect(preview.kind).toBe('full');
    const early = preview.items!;
    expect(early.length).toBeGreaterThan(0);
    // A window of a few thousand characters around the visible lines, cut at block boundaries.
    for (const d of early) expect(Math.abs(d.range.start.line - firstVisible)).toBeLessThan(400);

    await waitFor(() => (server!.refreshes() > 0 ? true : undefined), 100_000);
    const full = await pull(server, preview.resultId);
    expect(full.kind).toBe('full');
    expect(full.items!.length).toBeGreaterThan(early.length);
    const all = new Set(full.items!.map(key));
    for (const d of early) expect(all.has(key(d)), key(d)).toBe(true);

    // Nothing changed since: the server says so instead of re-sending the list.
    expect((await pull(server, full.resultId)).kind).toBe('unchanged');
  });

  it('gives a client that cannot refresh the whole list at once', { timeout: 120_000 }, async () => {
    server = await startServer();
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const report = await pull(server);
    expect(report.items!.length).toBeGreaterThan(100);
    expect(server.refreshes()).toBe(0);
  });
});
