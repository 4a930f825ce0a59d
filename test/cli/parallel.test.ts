/**
 * `tally check` on many files with worker threads (--jobs): the same report as one thread, in the same
 * order, in every format; a worker that crashes loses no file; --jobs is validated.
 * (No timings here: `node scripts/bench-cli.mjs` measures the speed-up.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import { generateDocument } from '../../bench/generate.mjs';
import { tally, workspace, type Run } from './helpers';

const COUNT = 30;
let dir: string;

beforeAll(() => {
  const files: Record<string, string> = {};
  // Sizes vary (2–12 KB) so drafts finish out of order across threads.
  for (let i = 0; i < COUNT; i++) files[`drafts/draft-${String(i).padStart(3, '0')}.md`] = generateDocument(2_000 + ((i * 3_371) % 8_000), i + 1);
  files['drafts/sub/notes.md'] = 'Nvidia reported revenue of $60.9 billion for fiscal 2024, up 126%.\n';
  dir = workspace(files);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The report without its timings (the only part that may differ between runs). */
function normalized(r: Run, format: string): string {
  expect(r.stderr.includes('internal error'), r.stderr).toBe(false);
  if (format === 'json') {
    const report = JSON.parse(r.stdout) as { timings?: unknown; files: { timings?: unknown }[] };
    delete report.timings;
    for (const f of report.files) delete f.timings;
    return JSON.stringify(report, null, 1);
  }
  return r.stdout.replace(/ in \d+(\.\d+)? m?s\b/g, ' in <time>');
}

describe('tally check --jobs', () => {
  it('reports exactly what one thread reports, in the same order (json, sarif, text)', () => {
    for (const format of ['json', 'sarif', 'text']) {
      const serial = tally(['check', 'drafts', '--format', format, '--jobs', '1'], { cwd: dir });
      expect([0, 1], serial.stderr).toContain(serial.code);
      const expected = normalized(serial, format);
      // 3 forces worker threads even on a one-core machine; the default decides by itself.
      for (const jobs of [['--jobs', '3'], []]) {
        const r = tally(['check', 'drafts', '--format', format, ...jobs], { cwd: dir });
        expect(r.code, `${format} ${jobs.join(' ')}: ${r.stderr}`).toBe(serial.code);
        expect(r.stderr, `${format} ${jobs.join(' ')}`).toBe(serial.stderr);
        expect(normalized(r, format), `${format} ${jobs.join(' ')}`).toBe(expected);
      }
    }
    const report = JSON.parse(tally(['check', 'drafts', '--format', 'json', '-j', '2'], { cwd: dir }).stdout) as { files: { path: string; claims: unknown[] }[] };
    expect(report.files.map((f) => f.path)).toEqual([...report.files.map((f) => f.path)].sort());
    expect(report.files).toHaveLength(COUNT + 1);
    expect(report.files.reduce((n, f) => n + f.claims.length, 0)).toBeGreaterThan(COUNT * 5);
  }, 300_000);

  it('checks again on the main thread a draft whose worker crashed, and exits as usual', () => {
    const serial = tally(['check', 'drafts', '--format', 'json', '--jobs', '1'], { cwd: dir });
    const r = tally(['check', 'drafts', '--format', 'json', '--jobs', '3'], { cwd: dir, env: { TALLY_TEST_WORKER_CRASH: 'draft-007' } });
    expect(r.code).toBe(serial.code);
    expect(r.stderr).toMatch(/drafts\/draft-007\.md: its worker thread crashed: .*test crash on drafts\/draft-007\.md.*; checking it again on the main thread/);
    expect(r.stderr.match(/worker thread crashed/g)).toHaveLength(1);
    expect(normalized(r, 'json')).toBe(normalized(serial, 'json'));
  }, 120_000);

  it('keeps replacing workers that crash one after another (ten drafts in a row)', () => {
    const serial = tally(['check', 'drafts', '--format', 'json', '--jobs', '1'], { cwd: dir });
    const r = tally(['check', 'drafts', '--format', 'json', '--jobs', '3'], { cwd: dir, env: { TALLY_TEST_WORKER_CRASH: 'draft-00' } });
    expect(r.code).toBe(serial.code);
    expect(r.stderr.match(/worker thread crashed/g)).toHaveLength(10);
    expect(normalized(r, 'json')).toBe(normalized(serial, 'json'));
  }, 120_000);

  it('keeps --fix working on many files (the fixes themselves are applied on one thread)', () => {
    const copy = workspace();
    fs.cpSync(dir, copy, { recursive: true });
    const serialCopy = workspace();
    fs.cpSync(dir, serialCopy, { recursive: true });
    const a = tally(['check', 'drafts', '--format', 'json', '--fix', '--jobs', '3'], { cwd: copy });
    const b = tally(['check', 'drafts', '--format', 'json', '--fix', '--jobs', '1'], { cwd: serialCopy });
    expect(a.code).toBe(b.code);
    expect(normalized(a, 'json')).toBe(normalized(b, 'json'));
    for (let i = 0; i < COUNT; i++) {
      const name = `drafts/draft-${String(i).padStart(3, '0')}.md`;
      expect(fs.readFileSync(`${copy}/${name}`, 'utf8'), name).toBe(fs.readFileSync(`${serialCopy}/${name}`, 'utf8'));
    }
    fs.rmSync(copy, { recursive: true, force: true });
    fs.rmSync(serialCopy, { recursive: true, force: true });
  }, 120_000);

  it('rejects a --jobs that is not a whole number ≥ 1, and documents it', () => {
    for (const bad of ['0', '-1', 'two', '1.5']) {
      const r = tally(['check', 'drafts', `--jobs=${bad}`], { cwd: dir });
      expect(r.code, bad).toBe(2);
      expect(r.stderr, bad).toMatch(/--jobs needs a whole number/);
    }
    expect(tally(['check', '--help']).stdout).toMatch(/-j, --jobs <n>/);
  });
});
