// Runs the built CLI (dist/cli.js) and returns its JSON output. Shared by the eval, the seed report
// and the seed test so all three call Tally the same way.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

export const BUILD_HINT = 'dist/cli.js not found: run npm run build first';

/**
 * `node dist/cli.js check --format json ...args`, run from the repository root. The CLI exits
 * non-zero when it finds errors, so only missing JSON counts as a failure (thrown as an Error).
 */
export function runCheckJson(root, args) {
  const cli = path.join(root, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) throw new Error(BUILD_HINT);
  const run = spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.error) throw new Error(`could not run dist/cli.js: ${run.error.message}`);
  let output;
  try {
    output = JSON.parse(run.stdout);
  } catch {
    throw new Error(`dist/cli.js exited with ${run.status} and printed no JSON.\n${(run.stderr || run.stdout).trim().slice(0, 2000)}`);
  }
  if (output.version !== 1) throw new Error(`expected CLI JSON version 1, got ${JSON.stringify(output.version)}`);
  return output;
}
