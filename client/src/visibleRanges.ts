/**
 * Tells the server which lines of each Markdown editor are visible, so that a long report opened in
 * an editor gets the findings of what is on screen first (server/src/lsp/visibleFirst.ts).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** Scrolling sends many events; the server only needs where the writer settled. */
const DEBOUNCE_MS = 100;

export function trackVisibleRanges(client: () => LanguageClient | undefined): vscode.Disposable {
  const timers = new Map<string, NodeJS.Timeout>();
  const send = (editor: vscode.TextEditor | undefined) => {
    if (!editor || editor.document.languageId !== 'markdown' || editor.visibleRanges.length === 0) return;
    const uri = editor.document.uri.toString();
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        const ranges = editor.visibleRanges.map((r) => ({ start: { line: r.start.line }, end: { line: r.end.line } }));
        void client()?.sendNotification('tally/visibleRanges', { uri, ranges });
      }, DEBOUNCE_MS),
    );
  };
  send(vscode.window.activeTextEditor);
  return vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => send(e.textEditor)),
    vscode.window.onDidChangeActiveTextEditor(send),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
}
