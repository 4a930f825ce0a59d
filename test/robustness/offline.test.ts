/**
 * Issue #8, "nothing leaves the machine": the language server and the CLI run with every network entry
 * point of Node replaced by a trap (netTrap.cjs, loaded with --require) that records and throws. They
 * work through a workspace whose fact pack cites https sources (a tempting thing to fetch): open,
 * diagnostics, hover, code actions, custom requests, reloads, `tally check` in every format,
 * `tally extract`. The test fails on any recorded attempt. A first test proves the trap does trap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from '../lsp/harness';
import { DRAFT, GOOD_FACT, makeWorkspace, runCli } from './workspace';

const TRAP = path.join(__dirname, 'netTrap.cjs');
let log: string;
let workspace: string;

beforeAll(() => {
  log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tally-net-')), 'attempts.log');
  fs.writeFileSync(log, '');
  workspace = makeWorkspace({ 'draft.md': DRAFT, 'notes/zh.md': '据The Information报道，OpenAI在2023年12月的年化收入为26亿美元。\n', '.tally/facts/team.yaml': `facts:\n${GOOD_FACT}` });
});

afterAll(() => {
  fs.rmSync(workspace, { recursive: true, force: true });
});

const attempts = () => fs.readFileSync(log, 'utf8').trim();
/** How many processes ran with the trap loaded (it notes its pid when it loads). */
const trappedProcesses = () => (fs.existsSync(`${log}.loaded`) ? fs.readFileSync(`${log}.loaded`, 'utf8').trim().split('\n').filter(Boolean).length : 0);

describe('the network trap', () => {
  it('records and blocks fetch, http, dns and sockets', () => {
    const probe = `for (const f of [() => fetch('https://example.com'), () => require('https').get('https://example.com'), () => require('dns').lookup('example.com', () => {}), () => require('net').connect(80, 'example.com')]) { try { f(); } catch {} }`;
    const r = spawnSync(process.execPath, ['--require', TRAP, '-e', probe], { env: { ...process.env, TALLY_NET_TRAP_LOG: log }, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(attempts().split('\n')).toHaveLength(4);
    fs.writeFileSync(log, '');
  });
});

describe('nothing leaves the machine', () => {
  it('the language server, through every feature', async () => {
    const saved = { NODE_OPTIONS: process.env.NODE_OPTIONS, TALLY_NET_TRAP_LOG: process.env.TALLY_NET_TRAP_LOG };
    process.env.NODE_OPTIONS = `${saved.NODE_OPTIONS ?? ''} --require ${TRAP}`.trim();
    process.env.TALLY_NET_TRAP_LOG = log;
    const server = await startServer({ rootDir: workspace });
    process.env.NODE_OPTIONS = saved.NODE_OPTIONS ?? '';
    if (saved.NODE_OPTIONS === undefined) delete process.env.NODE_OPTIONS;
    if (saved.TALLY_NET_TRAP_LOG === undefined) delete process.env.TALLY_NET_TRAP_LOG;
    try {
      const uri = pathToFileURL(path.join(workspace, 'draft.md')).href;
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
      const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: { range: { start: { line: number; character: number } } }[] };
      expect(report.items.length).toBeGreaterThan(0);
      const position = report.items[0].range.start;
      await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
      await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: report.items } });
      await server.connection.sendRequest('tally/claims', { uri });
      await server.connection.sendRequest('tally/status', { uri });
      await server.connection.sendRequest('tally/checkFiles', { uris: [uri, pathToFileURL(path.join(workspace, 'notes/zh.md')).href] });
      await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(workspace, '.tally/facts/team.yaml')).href, type: 2 }] });
      await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    } finally {
      await server.stop();
    }
    expect(trappedProcesses()).toBeGreaterThanOrEqual(1);
    expect(attempts()).toBe('');
  });

  it('the CLI: check in every format, with fact packs, and extract', () => {
    const env = { TALLY_NET_TRAP_LOG: log };
    const before = trappedProcesses();
    const trap = ['--require', TRAP];
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const r = runCli(['check', '.', '--format', format, '--facts', '.tally/facts'], workspace, trap, env);
      expect([0, 1], `${format}: ${r.stderr}`).toContain(r.status);
    }
    const extract = runCli(['extract', 'draft.md'], workspace, trap, env);
    expect(extract.status, extract.stderr).toBe(0);
    expect(trappedProcesses() - before).toBe(5);
    expect(attempts()).toBe('');
  });
});
