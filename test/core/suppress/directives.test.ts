import { describe, expect, it } from 'vitest';
import { applyDirectives, findDirectives } from '../../../server/src/core/suppress/directives';
import type { Finding } from '../../../server/src/core/model';

const known = new Set(['fact.value-mismatch', 'fact.wrong-period', 'arith.sum']);

function finding(text: string, needle: string, check = 'fact.value-mismatch'): Finding {
  const start = text.indexOf(needle);
  return { check, severity: 'error', message: 'm', start, end: start + needle.length, text: needle, evidence: [], fixes: [] };
}

describe('suppression comments', () => {
  it('disable-next-line silences only the next line, keeps the reason', () => {
    const text = 'a $1B\n<!-- tally-disable-next-line fact.value-mismatch -- quoting a rival -->\nb $2B\nc $3B\n';
    const ds = findDirectives(text, []);
    const { kept, suppressed } = applyDirectives([finding(text, '$1B'), finding(text, '$2B'), finding(text, '$3B')], ds, known);
    expect(kept.map((f) => f.text)).toEqual(['$1B', '$3B']);
    expect(suppressed[0].suppressed?.reason).toBe('quoting a rival');
  });

  it('disable … enable regions, with and without check ids', () => {
    const text = '<!-- tally-disable arith -- table of estimates -->\nx $1B y $2B\n<!-- tally-enable -->\nz $3B';
    const ds = findDirectives(text, []);
    const { kept, suppressed } = applyDirectives([finding(text, '$1B', 'arith.sum'), finding(text, '$2B'), finding(text, '$3B', 'arith.sum')], ds, known);
    expect(suppressed.map((f) => f.text)).toEqual(['$1B']);
    expect(kept.map((f) => f.text)).toEqual(['$2B', '$3B']);
  });

  it('disable-file silences everything', () => {
    const text = 'x $1B\n<!-- tally-disable-file -- archived post -->';
    const { kept, suppressed } = applyDirectives([finding(text, '$1B')], findDirectives(text, []), known);
    expect(kept).toEqual([]);
    expect(suppressed[0].suppressed?.reason).toBe('archived post');
  });

  it('warns about unknown check ids and ignores directives inside code', () => {
    const text = '<!-- tally-disable-next-line fact.nope -- x -->\n$1B\n```\n<!-- tally-disable-file -->\n```';
    const code = [{ start: text.indexOf('```'), end: text.length }];
    const ds = findDirectives(text, code);
    expect(ds).toHaveLength(1);
    const { problems, kept } = applyDirectives([finding(text, '$1B')], ds, known);
    expect(problems[0].code).toBe('suppression.unknown-check');
    expect(problems[0].message).toContain('fact.nope');
    expect(kept).toHaveLength(1);
  });

  it('works with CRLF line endings', () => {
    const text = '<!-- tally-disable-next-line -->\r\nb $2B\r\nc $3B';
    const { kept } = applyDirectives([finding(text, '$2B'), finding(text, '$3B')], findDirectives(text, []), known);
    expect(kept.map((f) => f.text)).toEqual(['$3B']);
  });
});
