/**
 * Problems found in fact files (schema errors, duplicate ids, unknown entities, missing sources,
 * impossible periods) are shown as diagnostics in the fact file itself, at the exact line.
 * These are pushed: fact files are not Markdown, so the client does not pull for them.
 */
import { pathToFileURL } from 'node:url';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import type { Problem } from '../core/model';
import { SOURCE, toLspSeverity } from './diagnostics';

/** Publishes per-file diagnostics and clears files that no longer have problems. Returns the files published. */
export function publishFactProblems(connection: Connection, problems: readonly Problem[], previous: Set<string>): Set<string> {
  const byUri = new Map<string, Diagnostic[]>();
  for (const p of problems) {
    if (!p.origin) continue;
    const uri = pathToFileURL(p.origin.file).href;
    const line = Math.max(0, p.origin.line - 1);
    const character = Math.max(0, p.origin.column - 1);
    const list = byUri.get(uri) ?? [];
    list.push({ range: { start: { line, character }, end: { line, character: character + 1000 } }, severity: toLspSeverity(p.severity), source: SOURCE, code: p.code, message: p.message });
    byUri.set(uri, list);
  }
  for (const uri of previous) if (!byUri.has(uri)) connection.sendDiagnostics({ uri, diagnostics: [] });
  for (const [uri, diagnostics] of byUri) connection.sendDiagnostics({ uri, diagnostics });
  return new Set(byUri.keys());
}
