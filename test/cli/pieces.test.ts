/**
 * The CLI's pure pieces, without a build: annotation escaping, byte-exact fix splicing, the unified
 * diff, the caret excerpt and search normalisation. The built CLI is tested in the other files here.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import type { Finding } from '../../server/src/core/model';
import { escapeData, escapeProperty } from '../../server/src/cli/format/github';
import { applyToBytes, applyToText, planFixes } from '../../server/src/cli/fix/plan';
import { unifiedDiff } from '../../server/src/cli/fix/unifiedDiff';
import { decodeBytes } from '../../server/src/cli/textFile';
import { excerpt, width } from '../../server/src/cli/format/excerpt';
import { normalize } from '../../server/src/cli/facts/search';

function finding(text: string, needle: string, newText: string, certain = true): Finding {
  const start = text.indexOf(needle);
  return { check: 'fact.value-mismatch', severity: 'error', message: 'm', text: needle, start, end: start + needle.length, evidence: [], fixes: [{ title: `Replace with ${newText}`, certain, edits: [{ start, end: start + needle.length, newText }] }] };
}

function fileOf(bytes: Buffer) {
  return { path: 'x.md', bytes, ...decodeBytes(bytes), mtimeMs: 0, size: bytes.length };
}

describe('github annotation escaping', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('50% of 1,000: a\r\nb')).toBe('50%25 of 1,000: a%0D%0Ab');
    expect(escapeProperty('dir:a,b%.md')).toBe('dir%3Aa%2Cb%25.md');
  });
});

describe('fix planning and byte splicing', () => {
  const text = '\tRevenue was $2.6 billion.  \r\n| a | $2.6B |\r\n';
  it('applies only certain fixes, and none that overlap or change nothing', () => {
    const a = finding(text, '$2.6 billion', '$1.6 billion');
    const overlapping = { ...a, check: 'fact.stale' };
    const uncertain = finding(text, '$2.6B', '$1.6B', false);
    const noop = finding(text, '| a |', '| a |');
    const plan = planFixes(text, [a, overlapping, uncertain, noop]);
    expect(plan.fixed).toEqual([a]);
    expect(applyToText(text, plan.edits)).toBe('\tRevenue was $1.6 billion.  \r\n| a | $2.6B |\r\n');
  });

  it('keeps a UTF-8 BOM, CRLF, tabs and trailing spaces byte for byte', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    const file = fileOf(bytes);
    const out = applyToBytes(file, planFixes(file.text, [finding(file.text, '$2.6 billion', '$1.6 billion')]).edits);
    expect(out.toString('hex')).toBe(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace('$2.6 billion', '$1.6 billion'), 'utf8')]).toString('hex'));
  });

  it('keeps UTF-16LE and UTF-16BE files in their encoding', () => {
    for (const enc of ['utf16le', 'utf16be'] as const) {
      const le = Buffer.from('营收为26亿美元。\n', 'utf16le');
      const body = enc === 'utf16le' ? le : Buffer.from(le).swap16();
      const bom = enc === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff];
      const file = fileOf(Buffer.concat([Buffer.from(bom), body]));
      expect(file.encoding).toBe(enc);
      const out = applyToBytes(file, planFixes(file.text, [finding(file.text, '26亿美元', '16亿美元')]).edits);
      expect(decodeBytes(out).text).toBe('营收为16亿美元。\n');
      expect(out.subarray(0, 2)).toEqual(Buffer.from(bom));
    }
  });

  it('copies bytes outside the edits exactly, whatever surrounds them (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.constantFrom('', '\r\n', '\n', '\t  '), (before, after, eol) => {
        const text = `${before}${eol}$2.6B${eol}${after}`;
        const file = fileOf(Buffer.from(text, 'utf8'));
        fc.pre(file.exact);
        const start = before.length + eol.length;
        const out = applyToBytes(file, [{ start, end: start + 5, newText: '$1.6B' }]);
        expect(out.equals(Buffer.from(`${before}${eol}$1.6B${eol}${after}`, 'utf8'))).toBe(true);
      }),
    );
  });
});

describe('unified diff', () => {
  it('is exact and applies with patch', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`);
    lines[2] = 'OpenAI made $2.6B.';
    lines[19] = 'Then $2.6B again, no newline at the end';
    const text = lines.join('\n');
    const edits = [lines[2], lines[19]].map((l) => {
      const start = text.indexOf(l) + l.indexOf('$2.6B');
      return { start, end: start + 5, newText: '$1.6B' };
    });
    const diff = unifiedDiff('draft.md', text, edits);
    expect(diff).toContain('@@ -1,6 +1,6 @@\n line 1\n line 2\n-OpenAI made $2.6B.\n+OpenAI made $1.6B.\n');
    expect(diff).toContain('\\ No newline at end of file');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-diff-'));
    fs.writeFileSync(path.join(dir, 'draft.md'), text);
    fs.writeFileSync(path.join(dir, 'fix.patch'), diff);
    try {
      execFileSync('patch', ['-p1', '-i', 'fix.patch'], { cwd: dir, stdio: 'pipe' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return; // no patch(1) on this machine
      throw err;
    }
    expect(fs.readFileSync(path.join(dir, 'draft.md'), 'utf8')).toBe(applyToText(text, edits));
  });
});

describe('caret excerpt', () => {
  it('puts carets under a claim after CJK text and tabs', () => {
    const line = '\t英伟达营收为609亿美元';
    const from = line.indexOf('609');
    const e = excerpt(line, from, line.length);
    expect(e.pad).toBe('\t' + ' '.repeat(width('英伟达营收为')));
    expect(e.carets).toBe(width('609亿美元'));
  });

  it('cuts a long line to a window around the claim', () => {
    const line = 'x'.repeat(300) + '$2.6B' + 'y'.repeat(300);
    const e = excerpt(line, 300, 305);
    expect(e.line.startsWith('…')).toBe(true);
    expect(e.line.endsWith('…')).toBe(true);
    expect(e.line.length).toBeLessThan(100);
    expect(e.line.slice(e.pad.length, e.pad.length + 5)).toBe('$2.6B');
  });
});

describe('search normalisation', () => {
  it('ignores case, width and spaces', () => {
    expect(normalize('Ｏｐｅｎ AI')).toBe('openai');
  });
});
