/**
 * `tally init [folder]`: writes .tally/config.yaml and .tally/facts/example.yaml. An existing file is
 * never overwritten: it is named and left as it is, and the exit code is 1 when anything was left.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIG_CANDIDATES } from '../../node/workspaceConfig';
import type { CliIO } from '../io';
import { EXAMPLE_FACTS, configTemplate } from './templates';

export const INIT_HELP = `Usage: tally init [folder]

Creates, in the folder (default: the current one):
  .tally/config.yaml          every setting with a comment and its default value
  .tally/facts/example.yaml   one commented example fact in the fact-pack schema

Existing files are never overwritten (a .tally/config.yml or .json counts as an existing config).

Examples:
  tally init
  tally init docs-site && tally facts lint docs-site/.tally/facts
`;

export function runInit(argv: string[], io: CliIO): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h', default: false } } });
  } catch (err) {
    io.stderr(`tally init: ${(err as Error).message}\n${INIT_HELP}`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  if (parsed.positionals.length > 1) {
    io.stderr(`tally init: one folder at most\n${INIT_HELP}`);
    return 2;
  }
  const root = path.resolve(io.cwd, parsed.positionals[0] ?? '.');
  const existingConfig = CONFIG_CANDIDATES.map((c) => path.join(root, c)).find((f) => fs.existsSync(f));
  const plan = [
    { file: path.join(root, '.tally', 'config.yaml'), text: configTemplate(), existing: existingConfig },
    { file: path.join(root, '.tally', 'facts', 'example.yaml'), text: EXAMPLE_FACTS, existing: undefined as string | undefined },
  ];
  let left = 0;
  const shown = (f: string) => path.relative(io.cwd, f) || f;
  for (const item of plan) {
    const existing = item.existing ?? (fs.existsSync(item.file) ? item.file : undefined);
    if (existing) {
      io.stderr(`tally init: ${shown(existing)} exists; left as it is.\n`);
      left++;
      continue;
    }
    fs.mkdirSync(path.dirname(item.file), { recursive: true });
    fs.writeFileSync(item.file, item.text, { flag: 'wx' }); // wx: never replace a file created meanwhile
    io.stdout(`created ${shown(item.file)}\n`);
  }
  if (left < plan.length) io.stdout('Next: tally facts lint .tally/facts && tally check .\n');
  return left > 0 ? 1 : 0;
}
