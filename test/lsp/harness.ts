/**
 * A minimal LSP client for protocol tests: spawns the BUILT server (dist/server.js --stdio) and speaks
 * JSON-RPC to it, exactly as an editor would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface ServerHandle {
  connection: MessageConnection;
  process: ChildProcess;
  notifications: { method: string; params: unknown }[];
  /** How many times the server asked the client to pull diagnostics again. */
  refreshes: () => number;
  stderr: string[];
  stop(): Promise<void>;
}

export interface StartOptions {
  pull?: boolean; // advertise pull diagnostics support
  rootDir?: string;
  initializationOptions?: Record<string, unknown>;
  configuration?: Record<string, unknown>;
  /** advertise workspace/diagnostic/refresh support (as VS Code does) */
  refresh?: boolean;
  /** extra environment of the server process (e.g. TALLY_COMPILE_CACHE) */
  env?: Record<string, string>;
}

export async function startServer(options: StartOptions = {}): Promise<ServerHandle> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const notifications: { method: string; params: unknown }[] = [];
  const stderr: string[] = [];
  child.stderr!.on('data', (d) => stderr.push(String(d)));
  connection.onNotification((method, params) => {
    notifications.push({ method, params });
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => options.configuration ?? {}));
  connection.onRequest('client/registerCapability', () => null);
  let refreshes = 0;
  connection.onRequest('workspace/diagnostic/refresh', () => {
    refreshes++;
    return null;
  });
  connection.listen();
  const rootDir = options.rootDir ?? ROOT;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: 'file://' + rootDir,
    workspaceFolders: [{ uri: 'file://' + rootDir, name: 'ws' }],
    initializationOptions: options.initializationOptions ?? {},
    capabilities: {
      workspace: { configuration: true, ...(options.refresh ? { diagnostics: { refreshSupport: true } } : {}) },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        hover: { contentFormat: ['markdown'] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        ...(options.pull === false ? { publishDiagnostics: {} } : { diagnostic: { dynamicRegistration: false } }),
      },
    },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    notifications,
    refreshes: () => refreshes,
    stderr,
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // the process may already be gone
      }
      connection.dispose();
      child.kill();
    },
  };
}

/** Waits until `predicate` holds, polling; fails after `ms`. */
export async function waitFor<T>(fn: () => T | undefined, ms = 10_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = fn();
    if (v !== undefined) return v;
    if (Date.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
