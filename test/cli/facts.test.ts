/**
 * `tally facts lint|search|show` and `tally init` as a process.
 */
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';
import { fixture, tally, workspace } from './helpers';

const GOOD_PACK = `entities:
  - id: acme-ai
    kind: company
    names: { en: [Acme AI], zh: [阿克米智能] }
facts:
  - id: ACME-2024-REV
    entity: acme-ai
    metric: revenue
    value: 3.0e8
    unit: USD
    period: { start: 2024-01-01, end: 2024-12-31, label: "2024" }
    qualifiers: [reported]
    sources:
      - publisher: Acme AI
        url: https://example.com/acme-2024
        date: 2025-01-20
        quote: Revenue was $300 million.
    confidence: high
    fromMemory: false
`;

describe('tally facts lint', () => {
  it('passes a good pack and the bundled fact base', () => {
    const dir = workspace({ '.tally/facts/acme.yaml': GOOD_PACK });
    const r = tally(['facts', 'lint'], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^1 fact in 1 file: 0 errors, 0 warnings$/m);
    const bundled = tally(['facts', 'lint', '--bundled'], { cwd: dir });
    expect(bundled.code, bundled.stdout).toBe(0);
  });

  it('reports schema errors, duplicates and bad sources at file:line:col, and exits 2', () => {
    const factOf = (pack: string) => pack.split('facts:\n')[1];
    const invalid = factOf(GOOD_PACK).replace('ACME-2024-REV', 'ACME-BAD').replace('confidence: high', 'confidence: certain').replace('https://example.com/acme-2024', 'javascript:alert(1)');
    const bad = GOOD_PACK + factOf(GOOD_PACK) + invalid;
    const dir = workspace({ 'packs/acme.yaml': bad });
    const r = tally(['facts', 'lint', 'packs'], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('packs/acme.yaml:'));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const l of lines) expect(l).toMatch(/^packs\/acme\.yaml:\d+:\d+: (error|warning): .+ \[facts\.[a-z-]+\]$/);
    expect(r.stdout).toMatch(/\[facts\.duplicate-id\]/);
    expect(r.stdout).toMatch(/\[facts\.(schema|url-scheme)\]/);
    const line = Number(/acme\.yaml:(\d+):\d+: error: .*certain/.exec(r.stdout)?.[1]);
    expect(bad.split('\n')[line - 1]).toContain('confidence: certain');
  });

  it('exits 2 for a path that does not exist', () => {
    const r = tally(['facts', 'lint', 'nope'], { cwd: workspace() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope: no such file or folder/);
  });
});

describe('tally facts search and show', () => {
  it('finds facts by Chinese entity and metric words', () => {
    const r = tally(['facts', 'search', '英伟达', '市值']);
    expect(r.code, r.stderr).toBe(0);
    const first = r.stdout.split('\n')[0];
    expect(first).toMatch(/ nvidia · market-cap/);
    expect(tally(['facts', 'search', '英伟达市值']).stdout.split('\n')[0]).toBe(first);
  });

  it('finds facts by English words, ids and quotes, with pack facts included', () => {
    expect(tally(['facts', 'search', 'nvidia', 'revenue', 'FY2024']).stdout).toMatch(/^NVDA-FY24-REV /m);
    expect(tally(['facts', 'search', 'nvda-fy24-rev']).stdout).toMatch(/^NVDA-FY24-REV /);
    const dir = workspace({ '.tally/facts/acme.yaml': GOOD_PACK });
    expect(tally(['facts', 'search', '阿克米智能'], { cwd: dir }).stdout).toMatch(/^ACME-2024-REV /);
    expect(tally(['facts', 'search', 'Revenue was $300 million'], { cwd: dir }).stdout).toMatch(/^ACME-2024-REV /);
    const none = tally(['facts', 'search', 'zzzz-nothing']);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/No fact matches/);
  });

  it('shows every field and the sources with URLs', () => {
    const r = tally(['facts', 'show', 'NVDA-FY24-REV']);
    expect(r.code).toBe(0);
    for (const label of ['entity', 'metric', 'value', 'period', 'qualifiers', 'confidence', 'from memory', 'defined in', 'sources']) expect(r.stdout).toMatch(new RegExp(`^ {2}${label}`, 'm'));
    expect(r.stdout).toMatch(/url {4}https:\/\//);
    expect(r.stdout).toMatch(/defined in {2}data\/facts\/nvidia\.yaml:\d+:\d+/);
    const json = JSON.parse(tally(['facts', 'show', 'NVDA-FY24-REV', '--json']).stdout) as { id: string; sources: unknown[] };
    expect(json.id).toBe('NVDA-FY24-REV');
    const missing = tally(['facts', 'show', 'NVDA-FY24']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Did you mean: .*NVDA-FY24-REV/);
  });
});

describe('tally init', () => {
  it('creates a config with every setting and an example pack that lints clean, and never overwrites', () => {
    const dir = workspace({ 'a.md': fixture('clean.md') });
    const r = tally(['init'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const config = fs.readFileSync(path.join(dir, '.tally/config.yaml'), 'utf8');
    const parsed = parse(config) as Record<string, unknown>;
    for (const [key, value] of Object.entries(DEFAULT_OPTIONS)) expect(parsed[key], key).toEqual(value);
    expect(parsed.ignore).toEqual([]);
    expect(config).toMatch(/^# .*fact\.value-mismatch: error$/m);

    const lint = tally(['facts', 'lint'], { cwd: dir });
    expect(lint.code, lint.stdout).toBe(0);
    expect(lint.stdout).toMatch(/^1 fact in 1 file: 0 errors, 0 warnings$/m);
    const check = tally(['check', '.'], { cwd: dir });
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stderr).toBe('');

    fs.writeFileSync(path.join(dir, '.tally/config.yaml'), 'locale: en\n');
    const again = tally(['init'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/\.tally\/config\.yaml exists; left as it is/);
    expect(again.stderr).toMatch(/\.tally\/facts\/example\.yaml exists; left as it is/);
    expect(fs.readFileSync(path.join(dir, '.tally/config.yaml'), 'utf8')).toBe('locale: en\n');
  });
});
