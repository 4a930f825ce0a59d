/**
 * Temporary workspaces for the end-to-end robustness tests: a folder with drafts and `.tally/facts`
 * packs, the built CLI run on it, and a language server started in it.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../lsp/harness';

export const DRAFT = "# Run-rate\n\nOpenAI's annualized revenue was $2.6 billion in December 2023, according to The Information.\n";

/** A valid workspace fact (a figure the bundled base lacks), with an https source. */
export const GOOD_FACT = `  - id: TEAM-OPENAI-JUN-2024
    entity: openai
    metric: revenue.annualized
    value: 3400000000
    unit: USD
    period: { start: 2024-06-01, end: 2024-06-30, label: June 2024 }
    qualifiers: [annualized]
    sources:
      - publisher: Example Research
        url: https://example.com/openai-run-rate
        date: 2024-07-01
    confidence: medium
    fromMemory: false
`;

export function makeWorkspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-ws-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (node dist/cli.js …) in `cwd`, with extra node options (e.g. a --require preload). */
export function runCli(args: string[], cwd: string, nodeArgs: string[] = [], env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, [...nodeArgs, path.join(ROOT, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 120_000, maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
