// A minimal LSP client over stdio for the benchmark: spawns a server, answers the requests a server
// makes of its client, and measures request round trips as an editor would see them.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { peakRssMB } from './machine.mjs';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

/**
 * Starts `command args` and initialises it. `handlers` answers server→client requests by method name;
 * `workspace/configuration` gets `configuration` for every item unless a handler says otherwise.
 */
export async function startLsp({ command = process.execPath, args, rootUri, handlers = {}, configuration = {}, initializationOptions = {} }) {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr.on('data', () => {});
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => configuration));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('client/unregisterCapability', () => null);
  // A server may answer a long document's first pull with part of it and ask for a new pull later.
  let refreshes = 0;
  const refreshWaiters = [];
  connection.onRequest('workspace/diagnostic/refresh', () => {
    refreshes++;
    refreshWaiters.splice(0).forEach((resolve) => resolve());
    return null;
  });
  connection.onRequest('window/workDoneProgress/create', () => null);
  for (const [method, handler] of Object.entries(handlers)) connection.onRequest(method, handler);
  connection.onNotification(() => {});
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'bench' }],
    initializationOptions,
    capabilities: {
      workspace: { configuration: true, diagnostics: { refreshSupport: true } },
      textDocument: { synchronization: { dynamicRegistration: false }, diagnostic: { dynamicRegistration: false }, hover: { contentFormat: ['markdown'] } },
    },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    pid: child.pid,
    peakRssMB: () => peakRssMB(child.pid),
    refreshes: () => refreshes,
    /** Resolves at the next refresh request from the server. */
    nextRefresh: () => new Promise((resolve) => refreshWaiters.push(resolve)),
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await connection.sendNotification('exit');
      } catch {
        // already gone
      }
      connection.dispose();
      child.kill();
    },
  };
}

export async function openDocument(lsp, uri, text, version = 1) {
  await lsp.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
}

/**
 * Pulls a document's diagnostics the way VS Code does: with the resultId of the last full report, so a
 * server may answer "unchanged" and the client keeps the items it has.
 */
const lastReports = new Map();
export async function pullDiagnostics(lsp, uri) {
  const last = lastReports.get(uri);
  const params = last ? { textDocument: { uri }, previousResultId: last.resultId } : { textDocument: { uri } };
  const report = await lsp.connection.sendRequest('textDocument/diagnostic', params);
  if (report.kind === 'unchanged' && last) return last.items;
  const items = report.items ?? [];
  if (report.resultId) lastReports.set(uri, { resultId: report.resultId, items });
  else lastReports.delete(uri);
  return items;
}

/** LSP position of a UTF-16 offset (lines end at \n; the corpus has no CR). */
export function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}
