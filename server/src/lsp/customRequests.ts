/**
 * Tally's own requests, used by the VS Code client (other editors can ignore them):
 * - `tally/claims`  { uri } → every claim in the document with its verdict (the "Show Claims" quick pick);
 * - `tally/status`  { uri } → counts for the status bar, and whether the document was cut at the size limit;
 * - `tally/checkFiles` { uris } → diagnostics for files on disk (the "Check All Markdown Files" command),
 *   by worker threads when there are many (node/checkPool.ts).
 */
import * as fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import type { FactBase } from '../core/facts/index';
import type { Locale } from '../core/i18n/messages';
import type { Finding } from '../core/model';
import type { Options } from '../core/options';
import { autoJobs, CheckPool } from '../node/checkPool';
import { rangeOf, findingToDiagnostic } from './diagnostics';
import type { ServerState } from './server';

/** Workers of `tally/checkFiles` stop after this long without a batch. */
const POOL_IDLE_MS = 30_000;

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

  // Many files: worker threads check them (both cores, and this thread stays free for the editor). The
  // pool outlives one request (the client sends batches of 20) and is replaced when the facts change.
  let pool: { instance: CheckPool<Finding[]>; key: string; facts: FactBase } | undefined;
  const poolFor = (jobs: number): CheckPool<Finding[]> | undefined => {
    const factOptions = state.facts.settings;
    // Workers cannot start here (a broken install): stay on this thread.
    if (pool?.instance.problem) return undefined;
    const key = JSON.stringify(factOptions);
    const facts = state.facts.facts;
    if (pool && !pool.instance.isClosed && pool.key === key && pool.facts === facts) return pool.instance;
    if (pool) void pool.instance.close();
    pool = { instance: new CheckPool<Finding[]>({ size: jobs, facts: factOptions, want: 'findings', idleMs: POOL_IDLE_MS }), key, facts };
    return pool.instance;
  };

  connection.onRequest('tally/checkFiles', async (params: { uris: string[] }, token): Promise<{ uri: string; diagnostics: Diagnostic[] }[]> => {
    const files: { doc: TextDocument; options: Options; locale: Locale }[] = [];
    for (const uri of params.uris) {
      if (token.isCancellationRequested) break;
      let text: string;
      try {
        text = fs.readFileSync(uri.startsWith('file:') ? fileURLToPath(uri) : uri, 'utf8');
      } catch {
        continue;
      }
      const doc = TextDocument.create(uri.startsWith('file:') ? uri : pathToFileURL(uri).href, 'markdown', 0, text);
      const options = await state.settings.get(doc.uri);
      if (!options.enable) continue;
      files.push({ doc, options, locale: options.locale === 'auto' ? state.locale() : options.locale });
    }
    const serially = async (doc: TextDocument): Promise<Diagnostic[] | undefined> => {
      const analysis = await state.analysisOf(doc);
      state.states.close(doc.uri);
      return analysis?.findings.map((f) => findingToDiagnostic(doc, f));
    };
    const out: { uri: string; diagnostics: Diagnostic[] }[] = [];
    const jobs = autoJobs(files.length, files.reduce((n, f) => n + f.doc.getText().length, 0));
    const workers = jobs > 1 ? poolFor(jobs) : undefined;
    if (!workers) {
      for (const { doc } of files) {
        if (token.isCancellationRequested) break;
        const diagnostics = await serially(doc);
        if (diagnostics) out.push({ uri: doc.uri, diagnostics });
      }
      return out;
    }
    connection.console.info(`Tally: checking ${files.length} files on ${workers.workers} worker threads.`);
    const outcomes = await workers.run(
      files.map((f) => ({ label: f.doc.uri, text: f.doc.getText(), options: f.options, locale: f.locale })),
      { cancel: token },
    );
    for (const [i, { doc }] of files.entries()) {
      const outcome = outcomes[i];
      if (outcome?.ok) {
        out.push({ uri: doc.uri, diagnostics: outcome.value.map((f) => findingToDiagnostic(doc, f)) });
      } else if (outcome && !token.isCancellationRequested) {
        // Never lose a file: one whose worker failed is checked here, as without workers.
        connection.console.warn(`Tally: ${doc.uri}: ${outcome.error}; checked it on the main thread.`);
        const diagnostics = await serially(doc);
        if (diagnostics) out.push({ uri: doc.uri, diagnostics });
      }
    }
    return out;
  });
}
