import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_OPTIONS } from '../server/src/core/options';

const root = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const nlsEn = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8'));
const nlsZh = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.zh-cn.json'), 'utf8'));
const props = pkg.contributes.configuration.properties as Record<string, { default: unknown; description: string; enum?: string[] }>;

describe('package.json manifest', () => {
  it('contributes every core option with the same default', () => {
    for (const [key, value] of Object.entries(DEFAULT_OPTIONS)) {
      const prop = props[`tally.${key}`];
      expect(prop, `tally.${key} is contributed`).toBeDefined();
      expect(prop.default, `default of tally.${key}`).toEqual(value);
    }
  });

  it('contributes no setting the core does not know (besides the client-side trace)', () => {
    const known = new Set(Object.keys(DEFAULT_OPTIONS).map((k) => `tally.${k}`).concat('tally.trace.server'));
    expect(Object.keys(props).filter((k) => !known.has(k))).toEqual([]);
  });

  it('describes every setting and command in English and Chinese', () => {
    const keys = [...Object.values(props).map((p) => p.description), ...pkg.contributes.commands.map((c: { title: string }) => c.title)];
    for (const k of keys) {
      expect(k).toMatch(/^%.+%$/);
      const id = k.slice(1, -1);
      expect(nlsEn[id], `en ${id}`).toBeTruthy();
      expect(nlsZh[id], `zh-cn ${id}`).toBeTruthy();
    }
  });

  it('registers every contributed command in the client, in category Tally', () => {
    const sources = ['client/src/extension.ts', 'client/src/commands.ts'].map((f) => fs.readFileSync(path.join(root, f), 'utf8')).join('\n');
    for (const c of pkg.contributes.commands) {
      expect(c.category).toBe('Tally');
      expect(sources).toContain(`'${c.command}'`);
    }
  });

  it('accepts VS Code 1.100 and ships only an allow-list', () => {
    expect(pkg.engines.vscode).toBe('^1.100.0');
    const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');
    expect(ignore.split('\n')[1]).toBe('**');
  });
});

describe('check documentation', () => {
  it('has one page in data/checks/ per check id, and no orphan pages', async () => {
    const { CHECKS } = await import('../server/src/core/checks/registry');
    const pages = fs.readdirSync(path.join(root, 'data', 'checks')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
    expect(pages).toEqual(CHECKS.map((c) => c.id).sort());
  });
});
