/**
 * JavaScript's `\s` as a test on one UTF-16 code unit, without a regular expression call or a
 * one-character string per character: loops over every character of a block (counting non-space
 * characters, trimming masked sentences) ran `/\s/.test(text[i])` for each one.
 */

/** True exactly when `/\s/.test(String.fromCharCode(code))` (test/core/text/whitespace.test.ts checks every code unit). */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
