/**
 * The language server: the only code besides the client that knows LSP. It wires the core to the
 * protocol and keeps no logic of its own beyond caching, debouncing and position conversion.
 *
 * Diagnostics are pulled (textDocument/diagnostic) when the client supports it and pushed otherwise
 * (Neovim 0.7 and other older clients only know publishDiagnostics).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DocumentDiagnosticReportKind,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toLocale, type Locale } from '../core/i18n/messages';
import { DEFAULT_OPTIONS } from '../core/options';
import { CHECKS } from '../core/checks/registry';
import type { Analysis } from '../core/analyze';
import { FactStore } from '../node/factStore';
import { readWorkspaceConfig } from '../node/workspaceConfig';
import { DocumentStates, throwIfCancelled } from './documentState';
import { SettingsCache } from './settings';
import { findingToDiagnostic, problemToDiagnostic, sameDiagnostics } from './diagnostics';
import { hover } from './hover';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { registerCustomRequests } from './customRequests';
import { VisibleRanges } from './visibleFirst';
import { BlockDiagnostics } from './blockDiagnostics';
import { MemoryKeeper } from './memory';
import { previewAnalysis } from '../core/document/preview';
import { publishFactProblems } from './factDiagnostics';
import { scheduleAfterFirstCheck } from './afterFirstCheck';

export interface ServerState {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  states: DocumentStates;
  facts: FactStore;
  settings: SettingsCache;
  locale: () => Locale;
  root: () => string;
  /** The current version's analysis; rejects with RequestCancelled once `token` is cancelled. */
  analysisOf: (doc: TextDocument, token?: CancellationToken) => Promise<Analysis | undefined>;
}

export interface ServerHooks {
  /** Called once, some time after the first document's diagnostics were sent (main.ts saves its code cache); see afterFirstCheck.ts. */
  afterFirstCheck?: () => void;
}

export function startServer(connection: Connection, hooks: ServerHooks = {}): void {
  const states = new DocumentStates();
  // The editor's change events are applied as usual, and also noted, so that the next analysis knows
  // where the text changed without comparing two versions of a long report.
  const documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    update(doc, changes, version) {
      for (const change of changes) {
        if ('range' in change) {
          const start = doc.offsetAt(change.range.start);
          states.noteEdit(doc.uri, doc.getText(), start, Math.max(start, doc.offsetAt(change.range.end)), change.text.length);
        } else {
          // A whole new text says nothing about where it differs: let the analysis compare.
          states.forgetEdits(doc.uri);
        }
        doc = TextDocument.update(doc, [change], version);
      }
      return doc;
    },
  });
  let root = process.cwd();
  let trusted = true;
  let locale: Locale = 'en';
  let pullDiagnostics = false;
  let canPullConfig = false;
  let canRefreshDiagnostics = false;
  const visible = new VisibleRanges();
  visible.listen(connection);
  let configRaw: Record<string, unknown> = {};
  const facts = new FactStore({ packPaths: [], cwd: root, trusted });
  const settings = new SettingsCache(connection, () => canPullConfig, () => configRaw);
  let publishedFactFiles = new Set<string>();

  /** Re-reads the config file and the fact pack list (from settings of the workspace root). */
  const reloadWorkspace = async (): Promise<void> => {
    const config = readWorkspaceConfig(root);
    configRaw = config.raw;
    for (const p of config.problems) connection.console.warn(p.message);
    settings.clear();
    const options = await settings.get(fileUri(root));
    facts.configure({ cwd: root, trusted, packPaths: existingPackPaths(options.factPaths, root) });
    states.invalidateAll();
  };

  // Cancellation: a request the client cancelled (VS Code cancels a pull when the document changes
  // again) stops at its next pause — after the settings arrive, or between slices of a long analysis.
  const analysisOf = async (doc: TextDocument, token?: CancellationToken): Promise<Analysis | undefined> => {
    throwIfCancelled(token);
    const options = await settings.get(doc.uri);
    if (!options.enable) return undefined;
    const effectiveLocale = options.locale === 'auto' ? locale : options.locale;
    return states.analysisForAsync(doc, facts.facts, options, effectiveLocale, token);
  };

  const blockDiagnostics = new BlockDiagnostics();
  const checked = scheduleAfterFirstCheck(connection, hooks.afterFirstCheck);
  const diagnosticsOf = async (doc: TextDocument, token?: CancellationToken) => {
    const analysis = await analysisOf(doc, token);
    if (!analysis) return [];
    checked();
    const blocks = analysis.findingBlocks;
    return [
      ...(blocks ? blockDiagnostics.of(doc, blocks) : analysis.findings.map((f) => findingToDiagnostic(doc, f))),
      ...analysis.problems.filter((p) => !p.origin).map((p) => problemToDiagnostic(doc, p)),
    ];
  };

  const state: ServerState = { connection, documents, states, facts, settings, locale: () => locale, root: () => root, analysisOf };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    if (folder?.startsWith('file:')) root = fileURLToPath(folder);
    const init = (params.initializationOptions ?? {}) as { trusted?: boolean; locale?: string };
    trusted = init.trusted !== false;
    locale = toLocale(init.locale ?? params.locale);
    pullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined;
    canPullConfig = params.capabilities.workspace?.configuration === true;
    canRefreshDiagnostics = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
    configRaw = readWorkspaceConfig(root).raw;
    facts.configure({ cwd: root, trusted, packPaths: existingPackPaths(DEFAULT_OPTIONS.factPaths, root) });
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND], resolveProvider: false },
        ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'tally-ls', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    await reloadWorkspace();
    publishedFactFiles = publishFactProblems(connection, facts.problems, publishedFactFiles);
    if (!trusted) connection.console.info('Untrusted workspace: using bundled facts only.');
    connection.console.info(`Tally ready: ${facts.facts.facts.length} facts, ${CHECKS.length} checks, root ${root}`);
  });

  // Pull model: the client asks; results for a version are cached and shared with hover/code actions.
  // Most keystrokes change no diagnostic (typing on a line moves nothing on other lines), so when the
  // list equals the one the client last received (its previousResultId) the answer is "unchanged"
  // instead of re-sending a report that can hold a thousand entries.
  const lastReports = new Map<string, { resultId: string; items: Diagnostic[] }>();
  const memory = new MemoryKeeper();
  let nextResultId = 1;
  connection.languages.diagnostics.on(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const items = (await previewDiagnostics(doc)) ?? (await diagnosticsOf(doc, token));
    const last = lastReports.get(doc.uri);
    if (last && params.previousResultId === last.resultId && sameDiagnostics(last.items, items)) {
      memory.afterAnalysis(doc.getText().length);
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
    }
    memory.afterAnalysis(doc.getText().length);
    const resultId = String(nextResultId++);
    lastReports.set(doc.uri, { resultId, items });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  });

  // A long report's first request gets the visible part at once; the rest follows with a refresh.
  const previewDiagnostics = async (doc: TextDocument): Promise<Diagnostic[] | undefined> => {
    if (!canRefreshDiagnostics || !visible.wantsPreview(doc, states.hasAnalysis(doc.uri))) return undefined;
    const options = await settings.get(doc.uri);
    if (!options.enable) return undefined;
    visible.markPreviewed(doc.uri);
    const effectiveLocale = options.locale === 'auto' ? locale : options.locale;
    const preview = previewAnalysis(doc.getText(), visible.visibleSpan(doc), { facts: facts.facts, options, locale: effectiveLocale });
    if (!preview) return undefined;
    void states.analyseInBackground(doc, facts.facts, options, effectiveLocale).then(
      () => connection.languages.diagnostics.refresh(),
      () => undefined,
    );
    return preview.findings.map((f) => findingToDiagnostic(doc, f));
  };

  // Push model: debounce typing, drop results for versions that are no longer current.
  const timers = new Map<string, NodeJS.Timeout>();
  const schedulePush = async (doc: TextDocument) => {
    if (pullDiagnostics) return;
    clearTimeout(timers.get(doc.uri));
    const delay = (await settings.get(doc.uri)).debounceMs;
    timers.set(
      doc.uri,
      setTimeout(async () => {
        const current = documents.get(doc.uri);
        if (!current || current.version !== doc.version) return;
        const diagnostics = await diagnosticsOf(current);
        connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics });
        memory.afterAnalysis(current.getText().length);
      }, delay),
    );
  };
  documents.onDidOpen((e) => void schedulePush(e.document));
  documents.onDidChangeContent((e) => void schedulePush(e.document));
  documents.onDidClose((e) => {
    states.close(e.document.uri);
    lastReports.delete(e.document.uri);
    visible.close(e.document.uri);
    settings.clear(e.document.uri);
    clearTimeout(timers.get(e.document.uri));
    if (!pullDiagnostics) connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  const refreshAll = () => {
    states.invalidateAll();
    publishedFactFiles = publishFactProblems(connection, facts.problems, publishedFactFiles);
    if (pullDiagnostics) void connection.languages.diagnostics.refresh();
    else for (const doc of documents.all()) void schedulePush(doc);
  };

  connection.onDidChangeConfiguration(async () => {
    await reloadWorkspace();
    refreshAll();
  });
  connection.onDidChangeWatchedFiles(async () => {
    await reloadWorkspace();
    refreshAll();
  });
  // The VS Code client's answer to a trust grant (no restart): read the workspace fact packs, check again.
  connection.onNotification('tally/workspaceTrusted', async () => {
    if (trusted) return;
    trusted = true;
    connection.console.info('Workspace trusted: reading the workspace fact packs.');
    await reloadWorkspace();
    refreshAll();
  });

  connection.onHover(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const analysis = await analysisOf(doc, token);
    return analysis ? hover(doc, params.position, analysis, facts.facts, locale) : null;
  });

  connection.onCodeAction(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    return codeActions(doc, params, await analysisOf(doc, token), { locale, packRoot: trusted && doc.uri.startsWith('file:') ? root : undefined });
  });

  registerCustomRequests(state);
  documents.listen(connection);
  connection.listen();
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/** The default pack folder is optional; a path the user configured must exist (a missing one is reported). */
function existingPackPaths(paths: string[], root: string): string[] {
  return paths.filter((p) => !DEFAULT_OPTIONS.factPaths.includes(p) || fs.existsSync(path.resolve(root, p)));
}
