/**
 * Expands the paths given to `tally check` into Markdown files: files as given, directories recursed
 * into *.md / *.markdown, globs expanded. `.gitignore` files (the root's and every folder's below it,
 * each applying to its own subtree) and the config's `ignore` patterns are honoured for directories
 * and globs, never for a file named explicitly: naming a file is asking for it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globToRegExp, isDynamicPattern, staticBase, walkFiles } from './glob';

const MARKDOWN = /\.(md|markdown|mdown|mkd)$/i;
const ALWAYS_IGNORED = ['node_modules/', '.git/'];

export interface ExpandResult {
  files: string[];
  /** Paths that matched nothing: a usage error. */
  missing: string[];
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/** Ignore rules rooted at `root`: ALWAYS_IGNORED and the extra patterns there, .gitignore files below. */
class IgnoreRules {
  private readonly perDir = new Map<string, Ignore | null>();
  private readonly base: Ignore;

  constructor(
    private readonly root: string,
    extra: string[],
  ) {
    this.base = ignore().add(ALWAYS_IGNORED).add(extra);
  }

  private gitignoreOf(dir: string): Ignore | null {
    let rules = this.perDir.get(dir);
    if (rules === undefined) {
      const file = path.join(dir, '.gitignore');
      rules = fs.existsSync(file) ? ignore().add(fs.readFileSync(file, 'utf8')) : null;
      this.perDir.set(dir, rules);
    }
    return rules;
  }

  /** Whether a file (or, with isDir, a folder) under the root is ignored. */
  ignores(abs: string, isDir = false): boolean {
    const rel = path.relative(this.root, abs);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return false;
    const slash = isDir ? '/' : '';
    if (this.base.ignores(toPosix(rel) + slash)) return true;
    // Each .gitignore from the root down to the path's folder applies to the paths below it. Folders on
    // the way were asked already while walking (and pruned); a file named in a glob is asked here whole.
    const parts = rel.split(path.sep);
    let dir = this.root;
    for (let i = 0; i < parts.length; i++) {
      const rules = this.gitignoreOf(dir);
      if (rules && rules.ignores(parts.slice(i).join('/') + slash)) return true;
      dir = path.join(dir, parts[i]);
    }
    return false;
  }
}

export function expandPaths(inputs: string[], cwd: string, ignorePatterns: string[] = []): ExpandResult {
  const atCwd = new IgnoreRules(cwd, ignorePatterns);
  const rulesFor = (abs: string) => {
    const rel = path.relative(cwd, abs);
    return rel.startsWith('..') || path.isAbsolute(rel) ? new IgnoreRules(abs, []) : atCwd;
  };
  const files = new Set<string>();
  const missing: string[] = [];
  for (const input of inputs) {
    if (isDynamicPattern(input)) {
      const pattern = toPosix(path.isAbsolute(input) ? path.relative(cwd, input) : input).replace(/^\.\//, '');
      const matcher = globToRegExp(pattern);
      const base = path.resolve(cwd, staticBase(pattern));
      const found = walkFiles(base, (abs, isDir) => atCwd.ignores(abs, isDir))
        .filter((f) => MARKDOWN.test(f) && matcher.test(toPosix(path.relative(cwd, f))));
      if (found.length === 0) missing.push(input);
      found.forEach((f) => files.add(f));
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
      const rules = rulesFor(abs);
      for (const f of walkFiles(abs, (p, isDir) => rules.ignores(p, isDir))) if (MARKDOWN.test(f)) files.add(f);
    } else {
      files.add(abs);
    }
  }
  return { files: [...files].sort(), missing };
}
