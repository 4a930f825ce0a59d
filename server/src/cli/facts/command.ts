/**
 * `tally facts lint|search|show`: the fact base as the checks see it (bundled facts plus the
 * workspace's packs from the config's factPaths and --facts), through the same FactStore as the editor.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { Fact } from '../../core/model';
import { FactStore } from '../../node/factStore';
import { bundledDataDir } from '../../node/factFiles';
import { mergeOptions, readWorkspaceConfig } from '../../node/workspaceConfig';
import { workspacePackPaths } from '../checkOptions';
import { CliError, originPrefix, type CliIO } from '../io';
import { factDetails, factLine, type Lookup } from './describe';
import { lintFacts } from './lint';
import { normalize, searchFacts } from './search';

export const FACTS_HELP = `Usage: tally facts <lint|search|show> [options]

  tally facts lint [paths]      validate fact pack files or folders (default: the config's factPaths);
                                file:line:col messages; exit 2 on errors
  tally facts search <words>    facts whose entity, metric, id, period, source or quote contain every
                                word (English or Chinese; case and full-width forms ignored)
  tally facts show <id>         one fact with every field and its sources (with URLs)

Options:
      --facts <path>      extra fact pack file or folder (repeatable)
  -c, --config <file>     config file (default: .tally/config.yaml)
      --bundled           lint: also report problems in the bundled fact base
      --json              search, show: print JSON instead of text
      --limit <n>         search: at most n facts (default 20)
  -h, --help              show this help

Examples:
  tally facts lint .tally/facts
  tally facts search nvidia revenue 2024
  tally facts search 英伟达 市值
  tally facts show NVDA-FY24-REV
`;

interface FactsFlags {
  facts: string[];
  config?: string;
  bundled: boolean;
  json: boolean;
  limit: number;
  help: boolean;
  positionals: string[];
}

function parseFactsFlags(argv: string[]): FactsFlags {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        facts: { type: 'string', multiple: true },
        config: { type: 'string', short: 'c' },
        bundled: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        limit: { type: 'string', default: '20' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  const v = parsed.values;
  const limit = Number(v.limit);
  if (!Number.isSafeInteger(limit) || limit < 1) throw new CliError(`--limit needs a whole number ≥ 1, got “${v.limit}”`);
  return { facts: v.facts ?? [], config: v.config, bundled: v.bundled ?? false, json: v.json ?? false, limit, help: v.help ?? false, positionals: parsed.positionals };
}

export function runFacts(argv: string[], io: CliIO): number {
  const [sub, ...rest] = argv;
  try {
    if (sub === undefined || sub === '-h' || sub === '--help' || sub === 'help') {
      io.stdout(FACTS_HELP);
      return 0;
    }
    const flags = parseFactsFlags(rest);
    if (flags.help) {
      io.stdout(FACTS_HELP);
      return 0;
    }
    switch (sub) {
      case 'lint':
        return lint(flags, io);
      case 'search':
        return search(flags, io);
      case 'show':
        return show(flags, io);
      default:
        throw new CliError(`unknown subcommand “${sub}” (lint, search, show)`);
    }
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    io.stderr(`tally facts: ${err.message}\nRun “tally facts --help” for usage.\n`);
    return err.exitCode;
  }
}

function relativeTo(cwd: string): (file: string) => string {
  return (file) => {
    const rel = path.relative(cwd, file);
    return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
  };
}

/** The workspace's packs: the config's factPaths (and --facts), or the paths given to lint. */
function packPathsOf(flags: FactsFlags, io: CliIO, explicit?: string[]): string[] {
  const config = readWorkspaceConfig(io.cwd, flags.config);
  const errors = config.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new CliError(errors.map((p) => `${originPrefix(p.origin, relativeTo(io.cwd))}${p.message}`).join('\n'));
  for (const p of [...(explicit ?? []), ...flags.facts]) {
    if (!fs.existsSync(path.resolve(io.cwd, p))) throw new CliError(`${p}: no such file or folder`);
  }
  return [...(explicit ?? workspacePackPaths(mergeOptions(config.raw), config, io.cwd)), ...flags.facts];
}

function lookupOf(store: FactStore): Lookup {
  return { entity: (id) => store.facts.entities.get(id), metric: (id) => store.facts.metrics.get(id) };
}

function lint(flags: FactsFlags, io: CliIO): number {
  const explicit = flags.positionals.length > 0 ? flags.positionals : undefined;
  const packPaths = packPathsOf(flags, io, explicit);
  const store = new FactStore({ packPaths, cwd: io.cwd, trusted: true });
  const roots = packPaths.map((p) => path.resolve(io.cwd, p));
  if (flags.bundled) roots.push(bundledDataDir());
  const report = lintFacts(store.facts, roots, relativeTo(io.cwd));
  io.stdout(report.text);
  return report.errors > 0 ? 2 : 0;
}

function search(flags: FactsFlags, io: CliIO): number {
  if (flags.positionals.length === 0) throw new CliError('search needs words, e.g. “tally facts search nvidia revenue”');
  const store = new FactStore({ packPaths: packPathsOf(flags, io), cwd: io.cwd, trusted: true });
  const lookup = lookupOf(store);
  const hits = searchFacts({ facts: store.facts.facts, ...lookup }, flags.positionals);
  const shown = hits.slice(0, flags.limit);
  if (flags.json) {
    io.stdout(JSON.stringify({ query: flags.positionals, total: hits.length, facts: shown.map((h) => ({ score: h.score, ...withoutOrigin(h.fact) })) }, null, 2) + '\n');
    return hits.length > 0 ? 0 : 1;
  }
  if (hits.length === 0) {
    io.stderr(`No fact matches “${flags.positionals.join(' ')}”. Try fewer words, an entity name (英伟达, OpenAI) or a metric (revenue, 估值).\n`);
    return 1;
  }
  for (const h of shown) io.stdout(factLine(h.fact) + '\n');
  const more = hits.length > shown.length ? ` (showing ${shown.length}; --limit ${hits.length} for all)` : '';
  io.stdout(`\n${hits.length === 1 ? '1 fact matches' : `${hits.length} facts match`}${more}. Details: tally facts show <id>\n`);
  return 0;
}

function withoutOrigin(f: Fact): Omit<Fact, 'origin'> {
  const copy: Fact = { ...f };
  delete copy.origin;
  return copy;
}

function show(flags: FactsFlags, io: CliIO): number {
  if (flags.positionals.length === 0) throw new CliError('show needs a fact id, e.g. “tally facts show NVDA-FY24-REV” (find ids with “tally facts search”)');
  const store = new FactStore({ packPaths: packPathsOf(flags, io), cwd: io.cwd, trusted: true });
  const byId = new Map(store.facts.facts.map((f) => [normalize(f.id), f]));
  let status = 0;
  const found: Fact[] = [];
  for (const id of flags.positionals) {
    const fact = byId.get(normalize(id));
    if (fact) {
      found.push(fact);
      continue;
    }
    const near = [...byId.values()].filter((f) => normalize(f.id).includes(normalize(id))).slice(0, 5);
    io.stderr(`No fact with id “${id}”.${near.length > 0 ? ` Did you mean: ${near.map((f) => f.id).join(', ')}?` : ' Find ids with “tally facts search <words>”.'}\n`);
    status = 1;
  }
  if (flags.json) io.stdout(JSON.stringify(found.length === 1 && flags.positionals.length === 1 ? found[0] : found, null, 2) + '\n');
  else io.stdout(found.map((f) => factDetails(f, lookupOf(store), relativeTo(io.cwd))).join('\n'));
  return status;
}
