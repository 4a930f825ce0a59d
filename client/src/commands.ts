/**
 * Commands (category "Tally"): Restart Server, Show Output, Show Claims in This Document, Check All
 * Markdown Files in Workspace (with progress and cancellation; results in the Problems panel), Open
 * Fact Source.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ServerLifecycle } from './lifecycle';
import type { StatusItem } from './status';

interface ClaimItem {
  text: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  kind: string;
  verdict: string;
  entity?: string;
  metric?: string;
  period?: string;
  findings: { check: string; severity: string; message: string }[];
}

const BATCH = 20;

export function registerCommands(
  context: vscode.ExtensionContext,
  client: () => LanguageClient,
  lifecycle: ServerLifecycle,
  output: vscode.LogOutputChannel,
  status: StatusItem,
): void {
  const workspaceDiagnostics = vscode.languages.createDiagnosticCollection('tally-workspace');
  context.subscriptions.push(
    workspaceDiagnostics,
    vscode.commands.registerCommand('tally.restartServer', async () => {
      await lifecycle.restart();
      status.refresh();
    }),
    vscode.commands.registerCommand('tally.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('tally.showClaims', () => showClaims(client())),
    vscode.commands.registerCommand('tally.checkWorkspace', () => checkWorkspace(client(), workspaceDiagnostics)),
    vscode.commands.registerCommand('tally.openFactSource', async (url?: string) => {
      const target = url ?? (await vscode.window.showInputBox({ prompt: vscode.l10n.t('Source URL to open') }));
      if (target && /^https?:\/\//.test(target)) await vscode.env.openExternal(vscode.Uri.parse(target));
    }),
    // Internal: the "Add as fact" quick fix opens the entry it appended so the author can add the source.
    vscode.commands.registerCommand('tally.revealFactEntry', async (uri: string, line: number) => {
      const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri));
      const position = new vscode.Position(line, 0);
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
    }),
    // Open documents are checked live; drop stale workspace results when a file is opened.
    vscode.workspace.onDidOpenTextDocument((doc) => workspaceDiagnostics.delete(doc.uri)),
  );
}

async function showClaims(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') return;
  const claims = await client.sendRequest<ClaimItem[]>('tally/claims', { uri: editor.document.uri.toString() });
  const items = claims.map((c) => ({
    label: `${c.findings.length ? (c.findings.some((f) => f.severity === 'error') ? '$(error)' : '$(warning)') : c.verdict === 'supported' ? '$(check)' : '$(circle-outline)'} ${c.text}`,
    description: [c.verdict, c.entity, c.metric, c.period].filter(Boolean).join(' · '),
    detail: c.findings.map((f) => f.message).join(' ') || undefined,
    claim: c,
  }));
  const pick = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('{0} claims in this document', claims.length), matchOnDescription: true });
  if (!pick) return;
  const r = pick.claim.range;
  const range = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function checkWorkspace(client: LanguageClient, collection: vscode.DiagnosticCollection): Promise<void> {
  const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/node_modules/**');
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  const toCheck = files.filter((f) => !open.has(f.toString()));
  collection.clear();
  let problems = 0;
  let checked = 0;
  let cancelled = false;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Tally: checking {0} Markdown files', files.length), cancellable: true },
    async (progress, token) => {
      for (let i = 0; i < toCheck.length && !token.isCancellationRequested; i += BATCH) {
        const batch = toCheck.slice(i, i + BATCH);
        let results: { uri: string; diagnostics: unknown[] }[];
        try {
          results = await client.sendRequest<{ uri: string; diagnostics: unknown[] }[]>('tally/checkFiles', { uris: batch.map((u) => u.toString()) }, token);
        } catch (error) {
          // A cancelled request may reject instead of answering with the files it finished.
          if (token.isCancellationRequested) break;
          throw error;
        }
        for (const r of results) {
          const diagnostics = await client.protocol2CodeConverter.asDiagnostics(r.diagnostics as never);
          collection.set(vscode.Uri.parse(r.uri), diagnostics);
          problems += diagnostics.length;
        }
        checked += results.length;
        progress.report({ increment: (batch.length / Math.max(1, toCheck.length)) * 100, message: `${Math.min(i + BATCH, toCheck.length)}/${toCheck.length}` });
      }
      cancelled = token.isCancellationRequested;
    },
  );
  // Say when the check was cancelled: a count of "all files" would claim files that were never read.
  void vscode.window.showInformationMessage(
    cancelled
      ? vscode.l10n.t('Tally: check cancelled after {0} of {1} files: {2} findings so far (see the Problems panel).', checked, toCheck.length, problems)
      : vscode.l10n.t('Tally checked {0} files: {1} findings (see the Problems panel).', files.length, problems),
  );
  await vscode.commands.executeCommand('workbench.actions.view.problems');
}
