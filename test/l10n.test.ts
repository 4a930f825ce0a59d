/**
 * The client's UI strings follow VS Code's display language: every string passed to vscode.l10n.t in
 * client/src has a Simplified Chinese entry in l10n/bundle.l10n.zh-cn.json, and the bundle holds no
 * entry the code no longer uses.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');

function usedStrings(): Set<string> {
  const out = new Set<string>();
  const dir = path.join(ROOT, 'client', 'src');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const m of source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) out.add(m[1].replace(/\\'/g, "'"));
  }
  return out;
}

describe('client localisation', () => {
  const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
  const used = usedStrings();

  it('has a Chinese entry for every UI string, with the same placeholders', () => {
    expect(used.size).toBeGreaterThan(5);
    for (const s of used) {
      expect(bundle[s], s).toBeTruthy();
      const placeholders = (t: string) => [...t.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      expect(placeholders(bundle[s]), s).toEqual(placeholders(s));
    }
  });

  it('keeps no entries the client no longer uses', () => {
    for (const key of Object.keys(bundle)) expect(used.has(key), key).toBe(true);
  });
});
