/**
 * The small part of glob syntax `tally check` needs (`*`, `**`, `?`, `[abc]`, `{a,b}`), matched against
 * `/`-separated paths, and a directory walk that prunes ignored folders before entering them.
 * Written here rather than taken from a glob library: the ESM builds of those need `import.meta.url`,
 * which the CommonJS bundle does not have, and pruning by .gitignore needs the walk in our hands anyway.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export function isDynamicPattern(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern);
}

function escape(ch: string): string {
  return /[.+^$()|\\/]/.test(ch) ? `\\${ch}` : ch;
}

/** A glob as a RegExp over a whole `/`-separated relative path. `*` and `?` never match `/` or a leading dot. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    const atSegmentStart = i === 0 || glob[i - 1] === '/';
    if (ch === '*' && glob[i + 1] === '*' && atSegmentStart && (glob[i + 2] === '/' || i + 2 === glob.length)) {
      // "**/" matches any number of folders (none included); a trailing "**" anything below.
      re += glob[i + 2] === '/' ? '(?:(?!\\.)[^/]*/)*' : '(?:(?!\\.)[^/]*(?:/|$))*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (ch === '*') {
      re += atSegmentStart ? '(?!\\.)[^/]*' : '[^/]*';
    } else if (ch === '?') {
      re += atSegmentStart ? '(?!\\.)[^/]' : '[^/]';
    } else if (ch === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close === -1) re += '\\[';
      else {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = close;
      }
    } else if (ch === '{') {
      braces++;
      re += '(?:';
    } else if (ch === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (ch === ',' && braces > 0) {
      re += '|';
    } else {
      re += escape(ch);
    }
  }
  return new RegExp(`^${re}$`);
}

/** The folder part of a pattern before its first wildcard ("docs/**\/*.md" → "docs"). */
export function staticBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return fixed.join('/');
}

/**
 * Every file below `dir` (absolute paths), skipping dot-folders, dot-files and whatever `skip` says
 * (asked with a trailing "/" for folders, so a folder is pruned before it is read). Symbolic links to
 * files are followed; links to folders are not, so a cycle cannot trap the walk.
 */
export function walkFiles(dir: string, skip: (abs: string, isDir: boolean) => boolean): string[] {
  const out: string[] = [];
  const visit = (current: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch {
      return; // unreadable folder: nothing to check there
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const abs = path.join(current, e.name);
      const isDir = e.isDirectory();
      const isFile = e.isFile() || (e.isSymbolicLink() && isFileLink(abs));
      if (!isDir && !isFile) continue;
      if (skip(abs, isDir)) continue;
      if (isDir) visit(abs);
      else out.push(abs);
    }
  };
  visit(dir);
  return out;
}

function isFileLink(abs: string): boolean {
  try {
    return fs.statSync(abs).isFile();
  } catch {
    return false;
  }
}
