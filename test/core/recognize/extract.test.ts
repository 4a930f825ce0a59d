/**
 * `tally extract` (server/src/cli/extract.ts): jsonl reads one text per input line; text prints one
 * line per quantity; bad options exit 2.
 */
import { describe, expect, it } from 'vitest';
import { runExtract } from '../../../server/src/cli/extract';

function io(stdin = '', files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdin: async () => stdin,
      stdout: (s: string) => void out.push(s),
      stderr: (s: string) => void err.push(s),
      readFile: async (p: string) => {
        if (!(p in files)) throw new Error('ENOENT');
        return files[p]!;
      },
    },
  };
}

describe('tally extract', () => {
  it('--format jsonl: one JSON object per input line', async () => {
    const t = io('Revenue hit about $1.6B.\n营收为16亿美元。\n\n');
    expect(await runExtract(['--format', 'jsonl'], t.io)).toBe(0);
    const lines = t.out.join('').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].input).toBe('Revenue hit about $1.6B.');
    expect(lines[0].quantities[0]).toMatchObject({
      text: '$1.6B',
      start: 18,
      end: 23,
      kind: 'money',
      value: 1.6e9,
      currency: 'USD',
      unit: null,
      approx: 'about',
      numberStart: 19,
      numberEnd: 23,
    });
    expect(lines[1].quantities[0]).toMatchObject({ text: '16亿美元', value: 1.6e9, currency: 'USD', approx: null });
    expect(lines[2]).toEqual({ input: '', quantities: [] });
  });

  it('--format text: one line per quantity with its place', async () => {
    const t = io('', { 'draft.md': 'Intro.\nMeta bought 150k H100s.\n' });
    expect(await runExtract(['draft.md'], t.io)).toBe(0);
    expect(t.out.join('')).toMatch(/^draft\.md:2:13\t150k H100s\tcount 150000 \[149500, 150500\] exact unit=H100\n$/);
  });

  it('--format json and --lang', async () => {
    const t = io('三块钱');
    expect(await runExtract(['--format=json', '--lang', 'zh'], t.io)).toBe(0);
    const doc = JSON.parse(t.out.join(''));
    expect(doc.quantities[0]).toMatchObject({ text: '三块钱', kind: 'money', currency: 'CNY', value: 3 });
  });

  it('rejects unknown options and formats, and reports unreadable files', async () => {
    const a = io();
    expect(await runExtract(['--format', 'xml'], a.io)).toBe(2);
    expect(a.err.join('')).toContain('unknown format');
    const b = io();
    expect(await runExtract(['--bogus'], b.io)).toBe(2);
    const c = io();
    expect(await runExtract(['missing.md'], c.io)).toBe(2);
    expect(c.err.join('')).toContain('cannot read missing.md');
  });

  it('--help prints usage', async () => {
    const t = io();
    expect(await runExtract(['--help'], t.io)).toBe(0);
    expect(t.out.join('')).toContain('Usage: tally extract');
  });
});
