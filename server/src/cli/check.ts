/**
 * `tally check [paths|globs|-]`: the same checks as the editor, for CI.
 * Exit codes: 0 clean, 1 findings at or above the threshold (or more warnings than --max-warnings),
 * 2 usage, configuration or fact-file errors.
 */
import { parseArgs } from 'node:util';
import * as path from 'node:path';
import type { Severity } from '../core/model';
import { CHECK_IDS, severityRank } from '../core/checks/registry';
import { toLocale } from '../core/i18n/messages';
import { FactStore } from '../node/factStore';
import { mergeOptions, readWorkspaceConfig } from '../node/workspaceConfig';
import { expandPaths } from './files';
import { checkFile, checkText, type FileResult } from './checkRun';
import { formatText } from './format/text';
import { toJson } from './format/json';
import type { CliIO } from './io';

export const CHECK_HELP = `Usage: tally check [options] <paths|globs|->

Checks the figures in Markdown drafts against the bundled fact base and their own arithmetic.

Options:
  -f, --format <text|json>     output format (default: text)
      --max-warnings <n>       exit 1 when there are more than n warnings
      --severity-threshold <s> lowest severity that fails the run: error|warning|information|hint (default: error)
      --check <ids>            only these checks (comma-separated ids or families, e.g. fact,arith.sum)
      --disable <ids>          turn these checks off
      --facts <path>           extra fact pack file or folder (repeatable)
      --date <YYYY-MM-DD>      document date for drafts that state none
      --config <file>          workspace config file (default: .tally/config.yaml)
      --stdin-filename <name>  name to report for text read from stdin (-)
      --locale <en|zh-cn>      language of messages
  -q, --quiet                  report errors only
  -h, --help                   show this help

Examples:
  tally check drafts/
  tally check "posts/**/*.md" --format json > tally.json
  cat draft.md | tally check - --stdin-filename draft.md
`;

const SEVERITIES: Severity[] = ['hint', 'information', 'warning', 'error'];

export async function runCheck(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        'max-warnings': { type: 'string' },
        'severity-threshold': { type: 'string', default: 'error' },
        check: { type: 'string', multiple: true },
        disable: { type: 'string', multiple: true },
        facts: { type: 'string', multiple: true },
        date: { type: 'string' },
        config: { type: 'string' },
        'stdin-filename': { type: 'string' },
        locale: { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    io.stderr(`tally check: ${(err as Error).message}\n\n${CHECK_HELP}`);
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  const format = v.format ?? 'text';
  if (!['text', 'json'].includes(format)) return usage(io, `unknown format “${format}” (text, json)`);
  const threshold = v['severity-threshold'] as Severity;
  if (!SEVERITIES.includes(threshold)) return usage(io, `unknown severity “${threshold}”`);
  if (v.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v.date)) return usage(io, `--date must be YYYY-MM-DD, got “${v.date}”`);
  const maxWarnings = v['max-warnings'] !== undefined ? Number(v['max-warnings']) : undefined;
  if (maxWarnings !== undefined && !Number.isInteger(maxWarnings)) return usage(io, '--max-warnings needs an integer');
  if (parsed.positionals.length === 0) return usage(io, 'no paths given');

  const cwd = io.cwd;
  const config = readWorkspaceConfig(cwd, v.config);
  const configErrors = config.problems.filter((p) => p.severity === 'error');
  for (const p of config.problems) io.stderr(`${p.origin ? `${p.origin.file}:${p.origin.line}:${p.origin.column}: ` : ''}${p.severity}: ${p.message}\n`);
  if (configErrors.length > 0) return 2;

  // Flags > config file > defaults.
  const severity: Record<string, string> = {};
  const ids = (list?: string[]) => (list ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  const selected = ids(v.check);
  const disabled = ids(v.disable);
  for (const id of [...selected, ...disabled]) {
    if (!CHECK_IDS.has(id) && ![...CHECK_IDS].some((k) => k.startsWith(id + '.'))) return usage(io, `unknown check id “${id}”`);
  }
  const matchesAny = (check: string, list: string[]) => list.some((id) => check === id || check.startsWith(id + '.'));
  for (const check of CHECK_IDS) {
    if ((selected.length > 0 && !matchesAny(check, selected)) || matchesAny(check, disabled)) severity[check] = 'off';
  }
  const overrides: Record<string, unknown> = { severity };
  if (v.date) overrides.documentDate = v.date;
  const options = mergeOptions(config.raw, overrides);
  const packPaths = [...options.factPaths, ...(v.facts ?? [])];

  const store = new FactStore({ packPaths, cwd, trusted: true });
  const factErrors = store.problems.filter((p) => p.severity === 'error');
  for (const p of store.problems) io.stderr(`${p.origin ? `${p.origin.file}:${p.origin.line}:${p.origin.column}: ` : ''}${p.severity}: ${p.message}\n`);
  if (factErrors.length > 0) return 2;
  const locale = toLocale(v.locale ?? process.env.TALLY_LOCALE);

  const t0 = performance.now();
  const results: FileResult[] = [];
  const stdinIndex = parsed.positionals.indexOf('-');
  const inputs = parsed.positionals.filter((p) => p !== '-');
  const expanded = expandPaths(inputs, cwd, Array.isArray(config.raw.ignore) ? (config.raw.ignore as string[]) : []);
  if (expanded.missing.length > 0) return usage(io, `no such file or no Markdown match: ${expanded.missing.join(', ')}`);
  if (stdinIndex !== -1) results.push(checkText(v['stdin-filename'] ?? '<stdin>', await io.stdin(), store.facts, options, locale));
  for (const file of expanded.files) {
    try {
      const r = checkFile(file, store.facts, options, locale);
      results.push({ ...r, path: path.relative(cwd, file) || file });
    } catch (err) {
      io.stderr(`tally: cannot read ${file}: ${(err as Error).message}\n`);
      return 2;
    }
  }
  const totalMs = performance.now() - t0;

  if (format === 'json') io.stdout(JSON.stringify(toJson(results, totalMs), null, 2) + '\n');
  else io.stdout(formatText(results, { color: io.color, quiet: v.quiet ?? false }));

  const all = results.flatMap((r) => r.analysis.findings);
  const failing = all.some((f) => severityRank(f.severity) >= severityRank(threshold));
  const warnings = all.filter((f) => f.severity === 'warning').length;
  return failing || (maxWarnings !== undefined && warnings > maxWarnings) ? 1 : 0;
}

function usage(io: CliIO, message: string): number {
  io.stderr(`tally check: ${message}\nRun “tally check --help” for usage.\n`);
  return 2;
}
