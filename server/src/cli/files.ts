/**
 * Expands the paths given to `tally check` into Markdown files: files as given, directories recursed
 * into *.md / *.markdown, globs expanded. `.gitignore` files (at the root and in subfolders) and the
 * `ignore` patterns of the config are honoured for directories and globs, never for a file named
 * explicitly.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import ignore, { type Ignore } from 'ignore';

const MARKDOWN = /\.(md|markdown|mdown|mkd)$/i;
const ALWAYS_IGNORED = ['node_modules/', '.git/'];

export interface ExpandResult {
  files: string[];
  /** Paths that matched nothing: a usage error. */
  missing: string[];
}

function gitignoreFor(root: string, extra: string[]): Ignore {
  const ig = ignore().add(ALWAYS_IGNORED).add(extra);
  const gi = path.join(root, '.gitignore');
  if (fs.existsSync(gi)) ig.add(fs.readFileSync(gi, 'utf8'));
  return ig;
}

export function expandPaths(inputs: string[], cwd: string, ignorePatterns: string[] = []): ExpandResult {
  const ig = gitignoreFor(cwd, ignorePatterns);
  const isIgnored = (abs: string) => {
    const rel = path.relative(cwd, abs);
    return rel !== '' && !rel.startsWith('..') && ig.ignores(rel.split(path.sep).join('/'));
  };
  const files = new Set<string>();
  const missing: string[] = [];
  for (const input of inputs) {
    if (isDynamicPattern(input)) {
      const found = globSync(input, { cwd, absolute: true, dot: false, ignore: ['**/node_modules/**'] }).filter((f) => MARKDOWN.test(f) && !isIgnored(f));
      if (found.length === 0) missing.push(input);
      found.forEach((f) => files.add(path.normalize(f)));
      continue;
    }
    const abs = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      missing.push(input);
      continue;
    }
    if (stat.isDirectory()) {
      const found = globSync('**/*.{md,markdown,mdown,mkd}', { cwd: abs, absolute: true, ignore: ['**/node_modules/**'] });
      const nested = nestedGitignores(abs);
      for (const f of found) if (!isIgnored(f) && !nested(f)) files.add(path.normalize(f));
    } else {
      files.add(abs);
    }
  }
  return { files: [...files].sort(), missing };
}

/** `.gitignore` files below the root apply to their own subtree. */
function nestedGitignores(dir: string): (file: string) => boolean {
  const rules: { base: string; ig: Ignore }[] = [];
  for (const gi of globSync('**/.gitignore', { cwd: dir, absolute: true, dot: true, ignore: ['**/node_modules/**'] })) {
    rules.push({ base: path.dirname(gi), ig: ignore().add(fs.readFileSync(gi, 'utf8')) });
  }
  return (file) =>
    rules.some(({ base, ig }) => {
      const rel = path.relative(base, file);
      return !rel.startsWith('..') && ig.ignores(rel.split(path.sep).join('/'));
    });
}
