/**
 * Entry point of the language server (dist/server.js). Transport comes from the command line:
 * `--stdio` for any editor, `--node-ipc` when started by the VS Code client, `--socket=<port>`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';

if (process.argv.includes('--version')) {
  process.stdout.write('tally-ls 0.1.0\n');
} else {
  startServer(createConnection(ProposedFeatures.all));
}
