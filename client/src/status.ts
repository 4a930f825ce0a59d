/**
 * Status bar item for Markdown editors: claims checked and problems in this file. A click opens the
 * claims list. When a document exceeds the size limit it says so here (and the server logs it): Tally
 * never skips silently.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface StatusInfo {
  claims: number;
  errors: number;
  warnings: number;
  others: number;
  truncated: boolean;
  analysedLength: number;
  length: number;
}

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('tally.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Tally';
    this.item.command = 'tally.showClaims';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.refreshSoon();
      }),
      vscode.languages.onDidChangeDiagnostics(() => this.refreshSoon()),
    );
  }

  refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 300);
  }

  async refresh(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown' || !this.client.isRunning()) {
      this.item.hide();
      return;
    }
    let info: StatusInfo | null = null;
    try {
      info = await this.client.sendRequest<StatusInfo | null>('tally/status', { uri: editor.document.uri.toString() });
    } catch {
      info = null;
    }
    if (!info) {
      this.item.text = '$(circle-slash) Tally';
      this.item.tooltip = vscode.l10n.t('Tally is disabled for this document.');
      this.item.show();
      return;
    }
    const problems = info.errors + info.warnings;
    const icon = info.errors ? '$(error)' : info.warnings ? '$(warning)' : '$(check)';
    // Localised like the tooltip; "Tally:" stays as is (it names the extension).
    const claims = info.claims === 1 ? vscode.l10n.t('1 claim') : vscode.l10n.t('{0} claims', info.claims);
    const problemCount = problems === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', problems);
    this.item.text = `${icon} Tally: ${claims} · ${problemCount}${info.truncated ? ` · ${vscode.l10n.t('partial')}` : ''}`;
    const summary = info.truncated
      ? vscode.l10n.t('Document too large: checked the first {0} of {1} characters (tally.maxDocumentSize).', info.analysedLength, info.length)
      : vscode.l10n.t('{0} claims checked: {1} errors, {2} warnings, {3} other findings. Click to list the claims.', info.claims, info.errors, info.warnings, info.others);
    // In Restricted Mode the server ignores workspace fact packs; say so where the counts are.
    this.item.tooltip = vscode.workspace.isTrusted ? summary : `${summary}\n${vscode.l10n.t('Restricted Mode: checked against the bundled facts only; workspace fact packs are ignored.')}`;
    this.item.backgroundColor = info.truncated ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
