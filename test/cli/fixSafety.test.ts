/**
 * `--fix` leaves alone a file that changed on disk between reading and writing (size, modification
 * time or content), and a file whose bytes are not valid UTF-8. The race cannot be timed from outside a
 * process, so this drives the same functions the CLI runs, between its read and its write.
 */
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';
import { checkFile, type CheckContext } from '../../server/src/cli/checkRun';
import { runFixes } from '../../server/src/cli/fix/runFixes';
import { bundledFacts } from '../helpers/facts';
import { fixture } from './helpers';

const ctx = (): CheckContext => ({ facts: bundledFacts(), options: DEFAULT_OPTIONS, locale: 'en' });

function draft(content: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-race-'));
  const file = path.join(dir, 'w.md');
  fs.writeFileSync(file, content);
  fs.utimesSync(file, new Date('2024-01-01T00:00:00Z'), new Date('2024-01-01T00:00:00Z'));
  return file;
}

describe('--fix and files that change while being checked', () => {
  const text = fixture('wrong.md');

  it('fixes a file that did not change', () => {
    const file = draft(text);
    const outcome = runFixes([checkFile(file, 'w.md', ctx())], ctx(), false);
    expect(outcome.skipped).toEqual([]);
    expect(outcome.fixed.length).toBeGreaterThan(0);
    expect(fs.readFileSync(file, 'utf8')).not.toBe(text);
  });

  const changes: [string, (file: string) => void, RegExp][] = [
    ['grew', (f) => fs.appendFileSync(f, '\nA new paragraph.\n'), /size changed/],
    ['was touched', (f) => fs.utimesSync(f, new Date(), new Date()), /modification time changed/],
    [
      'changed in place, same size and time',
      (f) => {
        const before = fs.statSync(f);
        fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('# Revenue', '# Turnove'));
        fs.utimesSync(f, before.atime, before.mtime);
      },
      /content changed/,
    ],
    ['was deleted', (f) => fs.rmSync(f), /can no longer be read/],
  ];
  for (const [name, change, reason] of changes) {
    it(`leaves alone a file that ${name}`, () => {
      const file = draft(text);
      const result = checkFile(file, 'w.md', ctx());
      change(file);
      const after = fs.existsSync(file) ? fs.readFileSync(file) : undefined;
      const outcome = runFixes([result], ctx(), false);
      expect(outcome.skipped).toHaveLength(1);
      expect(outcome.skipped[0].reason).toMatch(reason);
      expect(outcome.fixed).toEqual([]);
      if (after) expect(fs.readFileSync(file).equals(after)).toBe(true);
    });
  }

  it('leaves alone a file that is not valid UTF-8', () => {
    // 0xff 0xfe after the text: not a BOM (that would be at the start), and never valid UTF-8.
    const file = draft(Buffer.concat([Buffer.from(text), Buffer.from([0xff, 0xfe, 0x0a])]));
    const outcome = runFixes([checkFile(file, 'w.md', ctx())], ctx(), false);
    expect(outcome.skipped[0]?.reason).toMatch(/not valid UTF-8/);
  });
});
