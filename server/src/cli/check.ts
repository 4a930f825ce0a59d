/**
 * `tally check [paths|globs|-]`: the same checks as the editor, for the terminal and CI.
 * Exit codes: 0 clean, 1 findings at or above the threshold (or more warnings than --max-warnings),
 * 2 usage, configuration or fact-file errors.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../core/model';
import { severityRank } from '../core/checks/registry';
import { FactStore } from '../node/factStore';
import { readWorkspaceConfig } from '../node/workspaceConfig';
import { expandPaths } from './files';
import { checkText, type CheckContext, type FileResult } from './checkRun';
import { checkFiles } from './checkFiles';
import { effectiveSettings, parseCheckFlags, type CheckFlags } from './checkOptions';
import { runFixes, type FixOutcome } from './fix/runFixes';
import { formatText } from './format/text';
import { toJson } from './format/json';
import { toSarif } from './format/sarif';
import { formatGithub } from './format/github';
import { progress } from './progress';
import { CliError, originPrefix, type CliIO } from './io';

export const CHECK_HELP = `Usage: tally check [options] <paths|globs|->

Checks the figures in Markdown drafts against the bundled fact base and their own arithmetic.
Folders are searched for *.md and *.markdown; .gitignore files and the config's "ignore" patterns are
honoured there and in globs (a file named explicitly is always checked). "-" reads standard input.

Options:
  -f, --format <name>          text (default), json (stable, versioned), sarif (2.1.0, for code
                               scanning), github (workflow annotations)
      --max-warnings <n>       also exit 1 when there are more than n warnings
      --severity-threshold <s> lowest severity that makes the run fail: error (default), warning,
                               information or hint
      --check <ids>            run only these checks (comma-separated ids or families: fact,arith.sum)
      --disable <ids>          turn these checks off
      --facts <path>           extra fact pack file or folder (repeatable)
      --date <YYYY-MM-DD>      document date for drafts that state none
  -c, --config <file>          config file (default: .tally/config.yaml, .yml or .json)
      --stdin-filename <name>  name to report for text read from standard input
      --locale <en|zh-cn>      language of messages (default: TALLY_LOCALE, the config, then en)
  -j, --jobs <n>               threads that check files (default: one per core, up to 8, when there
                               are 8 or more files or 200 KB in all; otherwise 1); 1 = never use
                               worker threads
      --fix                    apply the fixes marked certain, in place (atomic writes; files that
                               changed while being checked are left alone)
      --fix-dry-run            print the certain fixes as a unified diff instead of writing them
  -q, --quiet                  report errors only (the exit code still counts everything)
  -h, --help                   show this help

Precedence: flags > config file > defaults. Exit codes: 0 clean, 1 findings at or above the
threshold or too many warnings, 2 usage, config or fact-file errors.

Examples:
  tally check drafts/
  tally check "posts/**/*.md" --format json > tally.json
  tally check . --format sarif > tally.sarif          # upload with github/codeql-action/upload-sarif
  tally check docs --format github --max-warnings 0   # annotations on the pull request
  cat draft.md | tally check - --stdin-filename draft.md
  tally check draft.md --fix-dry-run | less
`;

export async function runCheck(argv: string[], io: CliIO): Promise<number> {
  try {
    return await check(argv, io);
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    io.stderr(`tally check: ${err.message}\nRun “tally check --help” for usage.\n`);
    return err.exitCode;
  }
}

function displayPath(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs) || path.basename(abs);
  return rel.split(path.sep).join('/');
}

async function check(argv: string[], io: CliIO): Promise<number> {
  const flags = parseCheckFlags(argv);
  if (flags.help) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  if (flags.paths.length === 0) throw new CliError('no paths given (use “.” for the current folder, or “-” for standard input)');
  if (flags.paths.filter((p) => p === '-').length > 1) throw new CliError('standard input (-) can be read only once');
  const cwd = io.cwd;
  const rel = (f: string) => displayPath(cwd, f);

  const config = readWorkspaceConfig(cwd, flags.config);
  let configErrors = 0;
  for (const p of config.problems) {
    if (p.severity === 'error') configErrors++;
    io.stderr(`${originPrefix(p.origin, rel)}${p.severity}: ${p.message}\n`);
  }
  if (configErrors > 0) return 2;

  const settings = effectiveSettings(flags, config, process.env, cwd);
  for (const pack of flags.facts) {
    if (!fs.existsSync(path.resolve(cwd, pack))) throw new CliError(`--facts ${pack}: no such file or folder`);
  }
  const factOptions = { packPaths: settings.packPaths, cwd, trusted: true };
  const store = new FactStore(factOptions);
  let factErrors = 0;
  for (const p of store.problems) {
    if (p.severity === 'error') factErrors++;
    if (p.severity === 'error' || p.severity === 'warning') io.stderr(`${originPrefix(p.origin, rel)}${p.severity}: ${p.message}${p.code ? ` [${p.code}]` : ''}\n`);
  }
  if (factErrors > 0) {
    io.stderr(`tally check: ${factErrors} error${factErrors === 1 ? '' : 's'} in fact files; fix them (see “tally facts lint”) and run again.\n`);
    return 2;
  }
  const ctx: CheckContext = { facts: store.facts, options: settings.options, locale: settings.locale };

  const t0 = performance.now();
  const expanded = expandPaths(flags.paths.filter((p) => p !== '-'), cwd, settings.ignore);
  if (expanded.missing.length > 0) throw new CliError(`no such file, or no Markdown file matches: ${expanded.missing.join(', ')}`);
  let results: FileResult[] = [];
  if (flags.paths.includes('-')) results.push(checkText(flags.stdinFilename ?? '<stdin>', await io.stdin(), ctx.facts, ctx.options, ctx.locale));
  const bar = progress(flags.format === 'text' && io.interactive === true && !flags.quiet, expanded.files.length, io.stderr);
  try {
    const files = expanded.files.map((abs) => ({ abs, rel: rel(abs) }));
    results.push(...(await checkFiles(files, ctx, { jobs: flags.jobs, facts: factOptions, onProgress: (i, current) => bar.tick(i, current), warn: io.stderr })));
  } finally {
    bar.done();
  }

  let fixes: FixOutcome | undefined;
  if (flags.fix || flags.fixDryRun) {
    fixes = runFixes(results, ctx, flags.fixDryRun);
    results = fixes.results;
    reportFixes(fixes, flags, io);
  }
  const totalMs = performance.now() - t0;
  io.stdout(render(results, flags, fixes, totalMs, cwd, io.color));
  return exitCode(results.flatMap((r) => r.analysis.findings), flags);
}

function render(results: FileResult[], flags: CheckFlags, fixes: FixOutcome | undefined, totalMs: number, cwd: string, color: boolean): string {
  switch (flags.format) {
    case 'json': {
      const shown = flags.quiet ? results.map(errorsOnly) : results;
      const fixed = fixes?.fixed.map(({ path: p, finding: f }) => ({ path: p, check: f.check, text: f.text, offset: { start: f.start, end: f.end } }));
      return JSON.stringify(toJson(shown, totalMs, { fixed, skipped: fixes?.skipped }), null, 2) + '\n';
    }
    case 'sarif':
      return JSON.stringify(toSarif(results, { cwd, quiet: flags.quiet }), null, 2) + '\n';
    case 'github':
      return formatGithub(results, { quiet: flags.quiet });
    default:
      // A dry run's output is the diff (pipe it to `git apply`); the report would get in its way.
      if (flags.fixDryRun) return fixes?.diff ?? '';
      return formatText(results, { color, quiet: flags.quiet, totalMs });
  }
}

function errorsOnly(r: FileResult): FileResult {
  const a = r.analysis;
  return { ...r, analysis: { ...a, findings: a.findings.filter((f) => f.severity === 'error'), problems: a.problems.filter((p) => p.severity === 'error') } };
}

function reportFixes(fixes: FixOutcome, flags: CheckFlags, io: CliIO): void {
  for (const s of fixes.skipped) io.stderr(`tally: ${s.path} not fixed: ${s.reason}.\n`);
  if (flags.quiet) return;
  const n = fixes.fixed.length;
  const what = `${n} finding${n === 1 ? '' : 's'} in ${fixes.filesChanged} file${fixes.filesChanged === 1 ? '' : 's'}`;
  io.stderr(flags.fixDryRun ? `tally: --fix would fix ${what} (dry run, nothing written).\n` : `tally: fixed ${what}.\n`);
}

function exitCode(findings: Finding[], flags: CheckFlags): number {
  const failing = findings.some((f) => severityRank(f.severity) >= severityRank(flags.threshold));
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return failing || (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) ? 1 : 0;
}
