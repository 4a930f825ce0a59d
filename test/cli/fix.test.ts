/**
 * `tally check --fix` and `--fix-dry-run` as a process: only certain fixes, byte-for-byte preservation
 * of everything else (BOM, CRLF, tabs, trailing spaces, UTF-16), idempotence, permissions, no temp
 * files left, and a dry-run diff that `patch` applies to the same result.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixture, tally, workspace } from './helpers';

const WRONG = fixture('wrong.md');
const WRONG_ZH = fixture('wrong.zh.md');

interface Edit {
  offset: { start: number; end: number };
  newText: string;
}

/** The certain edits the CLI proposes for a text, from the JSON format. */
function certainEdits(text: string): Edit[] {
  const r = tally(['check', '-', '--format', 'json'], { input: text });
  const report = JSON.parse(r.stdout) as { files: { findings: { fixes: { certain: boolean; edits: Edit[] }[] }[] }[] };
  return report.files[0].findings.flatMap((f) => f.fixes.filter((x) => x.certain).slice(0, 1).flatMap((x) => x.edits));
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset.start - a.offset.start)) out = out.slice(0, e.offset.start) + e.newText + out.slice(e.offset.end);
  return out;
}

/** Tabs, trailing spaces and CRLF line ends in every line of a draft. */
function messy(text: string): string {
  return text
    .split('\n')
    .map((l, i) => (i % 3 === 0 ? `${l}  ` : i % 3 === 1 && l ? `\t${l}` : l))
    .join('\r\n');
}

describe('--fix', () => {
  it('has certain fixes to apply in the fixtures', () => {
    expect(certainEdits(WRONG).length).toBeGreaterThan(0);
    expect(certainEdits(WRONG_ZH).length).toBeGreaterThan(0);
  });

  const variants: [string, (text: string) => Buffer][] = [
    ['LF', (t) => Buffer.from(t)],
    ['CRLF, tabs and trailing spaces', (t) => Buffer.from(messy(t))],
    ['UTF-8 BOM with CRLF', (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(messy(t))])],
    ['UTF-16LE with BOM', (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(messy(t), 'utf16le')])],
  ];

  for (const [name, encode] of variants) {
    it(`changes only the claims fixed, byte for byte (${name}), and a second run changes nothing`, () => {
      const texts = { 'en.md': WRONG, 'zh.md': WRONG_ZH };
      const dir = workspace(Object.fromEntries(Object.entries(texts).map(([f, t]) => [f, encode(t)])));
      fs.chmodSync(path.join(dir, 'en.md'), 0o640);
      const first = tally(['check', '--fix', 'en.md', 'zh.md'], { cwd: dir });
      expect(first.stderr).toMatch(/fixed [1-9]\d* findings? in 2 files/);
      for (const [file, text] of Object.entries(texts)) {
        const decoded = name.startsWith('UTF-16') ? messy(text) : encode(text).toString('utf8').replace(/^\uFEFF/, '');
        const expected = applyEdits(decoded, certainEdits(decoded));
        const bom = name.includes('BOM') ? (name.startsWith('UTF-16') ? Buffer.from([0xff, 0xfe]) : Buffer.from([0xef, 0xbb, 0xbf])) : Buffer.alloc(0);
        const bytes = Buffer.concat([bom, Buffer.from(expected, name.startsWith('UTF-16') ? 'utf16le' : 'utf8')]);
        expect(fs.readFileSync(path.join(dir, file)).equals(bytes), `${file} (${name})`).toBe(true);
      }
      expect(fs.statSync(path.join(dir, 'en.md')).mode & 0o777).toBe(0o640);
      expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      const after = Object.fromEntries(Object.keys(texts).map((f) => [f, fs.readFileSync(path.join(dir, f))]));
      const second = tally(['check', '--fix', 'en.md', 'zh.md'], { cwd: dir });
      expect(second.stderr).toMatch(/fixed 0 findings in 0 files/);
      for (const f of Object.keys(texts)) expect(fs.readFileSync(path.join(dir, f)).equals(after[f])).toBe(true);
    });
  }

  it('reports what remains after fixing, and exits on that', () => {
    const dir = workspace({ 'w.md': WRONG });
    const r = tally(['check', '--fix', '--format', 'json', 'w.md'], { cwd: dir });
    const report = JSON.parse(r.stdout) as { files: { findings: { fixes: { certain: boolean }[] }[] }[]; fixed: unknown[] };
    expect(report.fixed.length).toBeGreaterThan(0);
    expect(report.files[0].findings.filter((f) => f.fixes.some((x) => x.certain))).toEqual([]);
    expect(r.code).toBe(report.files[0].findings.length > 0 ? 1 : 0);
  });

  it('does not write stdin anywhere', () => {
    const r = tally(['check', '--fix', '-'], { input: WRONG });
    expect(r.stderr).toMatch(/<stdin> not fixed: text read from stdin cannot be fixed in place/);
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff that patch applies to the same bytes --fix writes, and writes nothing', () => {
    const original = Buffer.from(messy(WRONG));
    const dir = workspace({ 'docs/w.md': original, 'docs/z.md': WRONG_ZH });
    const dry = tally(['check', '--fix-dry-run', 'docs'], { cwd: dir });
    expect(dry.stdout).toMatch(/^--- a\/docs\/w\.md\n\+\+\+ b\/docs\/w\.md\n@@ -\d+,\d+ \+\d+,\d+ @@\n/);
    expect(dry.stderr).toMatch(/would fix [1-9]\d* findings? in 2 files \(dry run/);
    expect(fs.readFileSync(path.join(dir, 'docs/w.md')).equals(original)).toBe(true);

    const patched = workspace({ 'docs/w.md': original, 'docs/z.md': WRONG_ZH, 'fix.patch': dry.stdout });
    execFileSync('patch', ['-p1', '--binary', '-i', 'fix.patch'], { cwd: patched, stdio: 'pipe' });
    tally(['check', '--fix', 'docs'], { cwd: dir });
    for (const f of ['docs/w.md', 'docs/z.md']) expect(fs.readFileSync(path.join(patched, f)).equals(fs.readFileSync(path.join(dir, f))), f).toBe(true);
  });
});
