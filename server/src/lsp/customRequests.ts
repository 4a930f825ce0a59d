/**
 * Tally's own requests, used by the VS Code client (other editors can ignore them):
 * - `tally/claims`  { uri } → every claim in the document with its verdict (the "Show Claims" quick pick);
 * - `tally/status`  { uri } → counts for the status bar, and whether the document was cut at the size limit;
 * - `tally/checkFiles` { paths } → diagnostics for files on disk (the "Check All Markdown Files" command).
 */
import * as fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import { rangeOf, findingToDiagnostic } from './diagnostics';
import type { ServerState } from './server';

export interface ClaimItem {
  text: string;
  range: ReturnType<typeof rangeOf>;
  kind: string;
  verdict: string;
  entity?: string;
  metric?: string;
  period?: string;
  findings: { check: string; severity: string; message: string }[];
}

export interface StatusInfo {
  claims: number;
  errors: number;
  warnings: number;
  others: number;
  truncated: boolean;
  analysedLength: number;
  length: number;
}

export function registerCustomRequests(state: ServerState): void {
  const { connection, documents } = state;

  connection.onRequest('tally/claims', async (params: { uri: string }): Promise<ClaimItem[]> => {
    const doc = documents.get(params.uri);
    if (!doc) return [];
    const analysis = await state.analysisOf(doc);
    if (!analysis) return [];
    return analysis.claims.map((c) => ({
      text: c.quantity.text,
      range: rangeOf(doc, c.quantity.start, c.quantity.end),
      kind: c.quantity.kind,
      verdict: c.verdict,
      entity: c.entity?.value,
      metric: c.metric?.value,
      period: c.period?.value.label,
      findings: analysis.findings
        .filter((f) => f.start < c.quantity.end && f.end > c.quantity.start)
        .map((f) => ({ check: f.check, severity: f.severity, message: f.message })),
    }));
  });

  connection.onRequest('tally/status', async (params: { uri: string }): Promise<StatusInfo | null> => {
    const doc = documents.get(params.uri);
    if (!doc) return null;
    const analysis = await state.analysisOf(doc);
    if (!analysis) return null;
    const count = (s: string) => analysis.findings.filter((f) => f.severity === s).length;
    return {
      claims: analysis.claimCount,
      errors: count('error'),
      warnings: count('warning'),
      others: analysis.findings.length - count('error') - count('warning'),
      truncated: analysis.analysedLength < doc.getText().length,
      analysedLength: analysis.analysedLength,
      length: doc.getText().length,
    };
  });

  connection.onRequest('tally/checkFiles', async (params: { uris: string[] }, token): Promise<{ uri: string; diagnostics: Diagnostic[] }[]> => {
    const out: { uri: string; diagnostics: Diagnostic[] }[] = [];
    for (const uri of params.uris) {
      if (token.isCancellationRequested) break;
      let text: string;
      try {
        text = fs.readFileSync(uri.startsWith('file:') ? fileURLToPath(uri) : uri, 'utf8');
      } catch {
        continue;
      }
      const doc = TextDocument.create(uri.startsWith('file:') ? uri : pathToFileURL(uri).href, 'markdown', 0, text);
      const analysis = await state.analysisOf(doc);
      state.states.close(doc.uri);
      if (analysis) out.push({ uri: doc.uri, diagnostics: analysis.findings.map((f) => findingToDiagnostic(doc, f)) });
    }
    return out;
  });
}
