/**
 * Flags of `tally check` → validated settings. Precedence: flags > config file > defaults, with the
 * same merge as the language server (node/workspaceConfig.ts) so CI and the editor agree.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { Severity } from '../core/model';
import type { Options } from '../core/options';
import { CHECK_IDS, checkInfo } from '../core/checks/registry';
import { toLocale, type Locale } from '../core/i18n/messages';
import { mergeOptions, type WorkspaceConfig } from '../node/workspaceConfig';
import { CliError, listFlag } from './io';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];
const SEVERITIES: readonly Severity[] = ['hint', 'information', 'warning', 'error'];


export interface CheckFlags {
  format: Format;
  maxWarnings?: number;
  threshold: Severity;
  selected: string[];
  disabled: string[];
  facts: string[];
  date?: string;
  config?: string;
  stdinFilename?: string;
  locale?: string;
  quiet: boolean;
  fix: boolean;
  fixDryRun: boolean;
  /** Threads to check files with (--jobs); undefined: decided by the number and size of the files. */
  jobs?: number;
  help: boolean;
  paths: string[];
}

export function parseCheckFlags(argv: string[]): CheckFlags {
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
        config: { type: 'string', short: 'c' },
        'stdin-filename': { type: 'string' },
        locale: { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        jobs: { type: 'string', short: 'j' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  const v = parsed.values;
  const format = v.format as Format;
  if (!FORMATS.includes(format)) throw new CliError(`unknown format “${v.format}” (${FORMATS.join(', ')})`);
  const threshold = v['severity-threshold'] as Severity;
  if (!SEVERITIES.includes(threshold)) throw new CliError(`unknown severity “${threshold}” (${SEVERITIES.join(', ')})`);
  if (v.date !== undefined && !isIsoDate(v.date)) throw new CliError(`--date must be a real date written YYYY-MM-DD, got “${v.date}”`);
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!/^\d+$/.test(v['max-warnings'].trim()) || !Number.isSafeInteger(maxWarnings)) throw new CliError(`--max-warnings needs a whole number ≥ 0, got “${v['max-warnings']}”`);
  }
  let jobs: number | undefined;
  if (v.jobs !== undefined) {
    jobs = Number(v.jobs);
    if (!/^\d+$/.test(v.jobs.trim()) || !Number.isSafeInteger(jobs) || jobs < 1) throw new CliError(`--jobs needs a whole number ≥ 1, got “${v.jobs}”`);
  }
  if (v.fix && v['fix-dry-run']) throw new CliError('use either --fix or --fix-dry-run, not both');
  if (v.locale !== undefined && !['en', 'zh-cn', 'zh'].includes(v.locale.toLowerCase())) throw new CliError(`unknown locale “${v.locale}” (en, zh-cn)`);
  const selected = listFlag(v.check);
  const disabled = listFlag(v.disable);
  for (const id of [...selected, ...disabled]) {
    if (!isKnownCheck(id)) throw new CliError(`unknown check id “${id}”; known: ${[...CHECK_IDS].join(', ')} (or a family: fact, arith)`);
  }
  return {
    format,
    maxWarnings,
    threshold,
    selected,
    disabled,
    facts: v.facts ?? [],
    date: v.date,
    config: v.config,
    stdinFilename: v['stdin-filename'],
    locale: v.locale,
    quiet: v.quiet ?? false,
    fix: v.fix ?? false,
    fixDryRun: v['fix-dry-run'] ?? false,
    jobs,
    help: v.help ?? false,
    paths: parsed.positionals,
  };
}

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A check id, or a family prefix of ids ("fact", "arith"). */
function isKnownCheck(id: string): boolean {
  return CHECK_IDS.has(id) || [...CHECK_IDS].some((k) => k.startsWith(id + '.'));
}

function matchesAny(check: string, list: string[]): boolean {
  return list.some((id) => check === id || check.startsWith(id + '.'));
}

export interface EffectiveSettings {
  options: Options;
  locale: Locale;
  /** Fact pack paths: the config's factPaths, then --facts. */
  packPaths: string[];
  /** Extra ignore patterns for directory and glob expansion (config `ignore`). */
  ignore: string[];
}

/** defaults < config file < flags. */
export function effectiveSettings(flags: CheckFlags, config: WorkspaceConfig, env: Record<string, string | undefined>, cwd: string): EffectiveSettings {
  const severity: Record<string, string> = {};
  const configured = (config.raw.severity ?? {}) as Record<string, unknown>;
  for (const check of CHECK_IDS) {
    const notSelected = flags.selected.length > 0 && !matchesAny(check, flags.selected);
    if (notSelected || matchesAny(check, flags.disabled)) severity[check] = 'off';
    // Naming a check with --check runs it even when the config file turned it off.
    else if (matchesAny(check, flags.selected) && configured[check] === 'off') severity[check] = checkInfo(check)?.defaultSeverity ?? 'warning';
  }
  const overrides: Record<string, unknown> = { severity };
  if (flags.date) overrides.documentDate = flags.date;
  const options = mergeOptions(config.raw, overrides);
  const configLocale = options.locale === 'auto' ? undefined : options.locale;
  const locale = toLocale(flags.locale || env.TALLY_LOCALE || configLocale || 'en');
  const rawIgnore = config.raw.ignore;
  const ignore = typeof rawIgnore === 'string' ? [rawIgnore] : Array.isArray(rawIgnore) ? rawIgnore.filter((p): p is string => typeof p === 'string') : [];
  return { options, locale, packPaths: [...workspacePackPaths(options, config, cwd), ...flags.facts], ignore };
}

/**
 * The config's factPaths. The default (.tally/facts) is optional: a workspace without it simply has no
 * packs. A path the config names explicitly must exist (the loader reports it when it does not).
 */
export function workspacePackPaths(options: Options, config: WorkspaceConfig, cwd: string): string[] {
  if (Array.isArray(config.raw.factPaths)) return options.factPaths;
  return options.factPaths.filter((p) => fs.existsSync(path.resolve(cwd, p)));
}
