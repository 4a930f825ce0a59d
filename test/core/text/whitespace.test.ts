import { describe, expect, it } from 'vitest';
import { isWhitespaceCode } from '../../../server/src/core/text/whitespace';

describe('isWhitespaceCode: \\s on one code unit', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const disagree: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isWhitespaceCode(code) !== /\s/.test(String.fromCharCode(code))) disagree.push(code);
    expect(disagree).toEqual([]);
  });

  it('spaces, tabs, line breaks, no-break and ideographic spaces are white space; letters, digits, zero-width joiners and CJK are not', () => {
    for (const ch of [' ', '\t', '\n', '\r', '\u00a0', '\u3000', '\u202f']) expect(isWhitespaceCode(ch.charCodeAt(0))).toBe(true);
    for (const ch of ['a', '7', '年', '\u200b', '\u200d', '_', '.']) expect(isWhitespaceCode(ch.charCodeAt(0))).toBe(false);
  });
});
