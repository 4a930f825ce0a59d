/**
 * The VS Code client: starts the language server over IPC for Markdown (files and untitled), and adds
 * the commands, the status bar item and the workspace check. All checking happens in the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { explicitSettings } from './settings';
import { StatusItem } from './status';
import { registerCommands } from './commands';
import { trackVisibleRanges } from './visibleRanges';
import { restartingErrorHandler, ServerLifecycle } from './lifecycle';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const output = vscode.window.createOutputChannel('Tally', { log: true });
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // A function, so that a server restarted after a trust grant starts trusted.
    initializationOptions: () => ({ trusted: vscode.workspace.isTrusted, locale: vscode.env.language }),
    errorHandler: restartingErrorHandler('Tally'),
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.tally/**') },
    diagnosticPullOptions: { onChange: true, onSave: true, onTabs: false },
    middleware: {
      workspace: {
        // Send only the settings the user set explicitly, so the workspace config file (.tally/config.yaml)
        // still applies where VS Code merely has a default. Explicit settings override it.
        configuration: (params) => params.items.map((item) => (item.section === 'tally' ? explicitSettings(item.scopeUri) : null)),
      },
    },
  };
  client = new LanguageClient('tally', 'Tally', serverOptions, clientOptions);
  const lifecycle = new ServerLifecycle(client, (message) => output.warn(message));
  const status = new StatusItem(client);
  context.subscriptions.push(status, output);
  registerCommands(context, () => client!, lifecycle, output, status);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('tally')) void client?.sendNotification('workspace/didChangeConfiguration', { settings: null });
    }),
    // No restart: the running server reads the workspace fact packs and checks the open drafts again.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void grantTrust(lifecycle, output)),
  );
  if (!vscode.workspace.isTrusted) output.info('Untrusted workspace: Tally uses its bundled facts only and ignores workspace fact packs.');
  await lifecycle.start();
  context.subscriptions.push(trackVisibleRanges(() => client));
  status.refresh();
  return client;
}

/** Tells the server, once it is up, that the workspace is trusted now (a server started later is told at start). */
async function grantTrust(lifecycle: ServerLifecycle, output: vscode.LogOutputChannel): Promise<void> {
  await lifecycle.settled();
  if (!client?.isRunning()) return;
  output.info('Workspace trusted: Tally now reads the workspace fact packs.');
  await client.sendNotification('tally/workspaceTrusted').catch((error: unknown) => output.error(String(error)));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
