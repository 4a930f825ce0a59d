/**
 * The workspace config file `.tally/config.yaml` (or `.tally/config.json`), read by the CLI and the
 * language server alike so that the editor and CI agree. Its keys are the `tally.*` settings without
 * the prefix. Precedence: defaults < config file < explicit editor settings or CLI flags.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Problem } from '../core/model';
import { DEFAULT_OPTIONS, sanitizeOptions, type Options } from '../core/options';
import { yamlLib } from '../core/facts/yamlLib';

export const CONFIG_CANDIDATES = ['.tally/config.yaml', '.tally/config.yml', '.tally/config.json'];

export interface WorkspaceConfig {
  /** The file that was read, if any. */
  file?: string;
  /** Raw keys as written (before defaults), for merging with settings. */
  raw: Record<string, unknown>;
  problems: Problem[];
}

export function findConfigFile(root: string): string | undefined {
  for (const candidate of CONFIG_CANDIDATES) {
    const file = path.join(root, candidate);
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}

export function readWorkspaceConfig(root: string, explicitFile?: string): WorkspaceConfig {
  const file = explicitFile ? path.resolve(root, explicitFile) : findConfigFile(root);
  if (!file) return { raw: {}, problems: [] };
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return { file, raw: {}, problems: [{ severity: 'error', code: 'config.unreadable', message: `Cannot read ${file}: ${(err as Error).message}`, origin: { file, line: 1, column: 1 } }] };
  }
  const { LineCounter, parseDocument } = yamlLib();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems: Problem[] = doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return { severity: 'error' as const, code: 'config.syntax', message: `${path.basename(file)}: ${e.message.split('\n')[0]}`, origin: { file, line: pos.line, column: pos.col } };
  });
  if (problems.length > 0) return { file, raw: {}, problems };
  const value: unknown = doc.toJS({ maxAliasCount: 50 });
  if (value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value))) {
    return { file, raw: {}, problems: [{ severity: 'error', code: 'config.shape', message: `${path.basename(file)} must hold a mapping of settings (enable, severity, reportUnverified, factPaths, documentDate, ...).`, origin: { file, line: 1, column: 1 } }] };
  }
  const raw = (value ?? {}) as Record<string, unknown>;
  // `ignore` (glob patterns of drafts not to check) is read by the CLI and the workspace check only.
  const known = new Set([...Object.keys(DEFAULT_OPTIONS), 'ignore']);
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) {
      problems.push({ severity: 'warning', code: 'config.unknown-key', message: `Unknown setting “${key}” in ${path.basename(file)}; known: ${[...known].join(', ')}.`, origin: { file, line: 1, column: 1 } });
    }
  }
  return { file, raw, problems };
}

/** defaults < config file < overrides (explicit editor settings or CLI flags); severities merge key by key. */
export function mergeOptions(config: Record<string, unknown>, overrides: Record<string, unknown> = {}): Options {
  const fromConfig = sanitizeOptions(config, DEFAULT_OPTIONS);
  const merged = sanitizeOptions(overrides, fromConfig);
  return merged;
}
