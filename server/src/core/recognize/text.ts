/**
 * The recogniser reads three aligned copies of its input. They have exactly the same length, so an
 * offset found in one is an offset in the others and in the original:
 * - `text`: the original, used only to slice spans out;
 * - `norm`: full-width ASCII folded to ASCII (１．６ -> 1.6, ％ -> %), traditional numerals and
 *   unit characters folded to simplified (萬 -> 万), a few look-alike signs unified (− -> -);
 * - `lower`: `norm` with ASCII letters lower-cased (per code unit, so the length never changes).
 */
import { LEXICON } from './lexicon';

export interface Source {
  text: string;
  norm: string;
  lower: string;
}

const FOLD: Record<number, number> = {
  0x3000: 0x20, // ideographic space
  0xffe5: 0xa5, // full-width yen sign ￥ -> ¥
  0xffe1: 0xa3, // full-width pound sign ￡ -> £
  0x2212: 0x2d, // minus sign
  0xfe63: 0x2d, // small hyphen-minus
};

const TRADITIONAL = new Map<number, number>(
  Object.entries(LEXICON.traditionalToSimplified).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]),
);

export function prepare(text: string): Source {
  const n = text.length;
  const normCodes = new Array<number>(n);
  const lowerCodes = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c in FOLD) c = FOLD[c]!;
    else if (c >= 0x3400) c = TRADITIONAL.get(c) ?? c;
    normCodes[i] = c;
    lowerCodes[i] = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  }
  return { text, norm: codesToString(normCodes), lower: codesToString(lowerCodes) };
}

/** String.fromCharCode over chunks: a single spread of 100k arguments would overflow the stack. */
function codesToString(codes: number[]): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

export function isAsciiLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

export function isAlnum(c: string | undefined): boolean {
  return isDigit(c) || isAsciiLetter(c);
}

export function isCjk(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

export function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\u202f' || c === '\u2009';
}

export function isLineBreak(c: string | undefined): boolean {
  return c === '\n' || c === '\r';
}

/** Punctuation, quotes and brackets of both scripts: the things that end a word or a clause. */
export function isPunct(c: string | undefined): boolean {
  if (c === undefined) return false;
  if (isSpace(c) || isLineBreak(c)) return true;
  const code = c.charCodeAt(0);
  if (code < 0x80) return !isAlnum(c) && c !== '_';
  return '。、；：？！“”‘’（）《》【】「」『』…—·〈〉〔〕'.includes(c) || (code >= 0x2010 && code <= 0x205e);
}

/** Skip spaces (not line breaks) forward from `i`, at most `max` of them. */
export function skipSpaces(s: string, i: number, max = 3): number {
  let j = i;
  while (j < s.length && j - i < max && isSpace(s[j])) j++;
  return j;
}

/**
 * True when `i` starts a line: only spaces and Markdown block markers (#, >, *, +) between it and
 * the previous line break or the start ("## 3. Results", "> 1) point").
 */
export function atLineStart(s: string, i: number): boolean {
  let j = i;
  while (j > 0 && i - j < 12 && (isSpace(s[j - 1]) || s[j - 1] === '#' || s[j - 1] === '>' || s[j - 1] === '*' || s[j - 1] === '+')) j--;
  return j === 0 || isLineBreak(s[j - 1]);
}
