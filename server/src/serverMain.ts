/**
 * The language server proper (dist/serverMain.js), loaded by the entry point (main.ts) through its code
 * cache. `afterFirstCheck` runs once, after the first document's diagnostics are worked out.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer, type ServerHooks } from './lsp/server';

export function run(hooks: ServerHooks = {}): void {
  startServer(createConnection(ProposedFeatures.all), hooks);
}
