import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');

/** Every module of server/src, as a path from the repository's root. */
function modules(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const p = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) out.push(p);
    }
  };
  walk('server/src');
  return out.sort();
}

/**
 * The modules ARCHITECTURE.md's Code map lists: a heading names a folder ("### `server/src/core/bind/`"),
 * each line under it one module of that folder ("- `periods.ts` — …").
 */
function mapped(): string[] {
  const text = fs.readFileSync(path.join(ROOT, 'ARCHITECTURE.md'), 'utf8');
  const start = text.indexOf('\n## Code map\n');
  const end = text.indexOf('\n## ', start + 1);
  const out: string[] = [];
  let folder: string | undefined;
  for (const line of text.slice(start, end).split('\n')) {
    const heading = /^### `(server\/src\/[^`]*)`/.exec(line) ?? /^### /.exec(line);
    if (heading) folder = heading[1];
    const item = /^- `([^`/]+\.ts)`/.exec(line);
    if (item && folder) out.push(folder + item[1]);
  }
  return out;
}

// A new module gets its line under its folder's heading; a removed or renamed one loses or changes its line.
describe('the Code map of ARCHITECTURE.md', () => {
  it('lists every module of server/src once, and no module that is gone', () => {
    const listed = mapped();
    const twice = listed.filter((m, i) => listed.indexOf(m) !== i);
    expect(twice).toEqual([]);
    const all = modules();
    expect(all.filter((m) => !listed.includes(m))).toEqual([]); // missing from the map
    expect(listed.filter((m) => !all.includes(m))).toEqual([]); // in the map, not in server/src
  });

  it('names only files that exist wherever it gives a path', () => {
    const text = fs.readFileSync(path.join(ROOT, 'ARCHITECTURE.md'), 'utf8');
    const map = text.slice(text.indexOf('\n## Code map\n'), text.indexOf('\n## Performance notes'));
    const paths = [...map.matchAll(/`((?:server|client|scripts|test|data)\/[^`\s]*\.(?:ts|mjs|json))`/g)].map((m) => m[1]);
    expect(paths.filter((p) => !fs.existsSync(path.join(ROOT, p)))).toEqual([]);
  });
});
