/**
 * The per-check pages in data/checks/<id>.md: SARIF rule help and `--help` links point at them.
 * The bundle (dist/cli.js) and the sources (server/src/cli) sit at different depths, so the data folder
 * is found by walking up from this file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const CHECK_DOCS_URL = 'https://github.com/tally-dev/tally/blob/main/data/checks/';

export function checkDocUrl(id: string): string {
  return `${CHECK_DOCS_URL}${id}.md`;
}

let checksDir: string | null | undefined;

function findChecksDir(): string | null {
  for (let dir = __dirname, i = 0; i < 6; i++, dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'data', 'checks');
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/** The Markdown page of a check, or undefined when the data folder is not shipped alongside. */
export function checkDoc(id: string): string | undefined {
  checksDir ??= findChecksDir();
  if (!checksDir) return undefined;
  try {
    return fs.readFileSync(path.join(checksDir, `${id}.md`), 'utf8');
  } catch {
    return undefined;
  }
}
