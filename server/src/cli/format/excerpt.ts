/**
 * The line excerpt under a finding and the padding that puts the carets under the claim.
 * Chinese paragraphs are often one long line, so a long line is cut to a window around the claim.
 * Widths are terminal columns: CJK and full-width characters take two; a tab is kept as a tab in the
 * padding too, so it expands to the same tab stop in both lines.
 */

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1faff}]|[\u{20000}-\u{3fffd}]/u;
const MAX_WIDTH = 120;
const BEFORE = 40;
const AFTER = 40;

/** Display width of a string in terminal columns. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

function padFor(s: string): string {
  let pad = '';
  for (const ch of s) pad += ch === '\t' ? '\t' : ' '.repeat(WIDE.test(ch) ? 2 : 1);
  return pad;
}

/** Moves an index off the low half of a surrogate pair so a cut never splits a character. */
function safeIndex(s: string, i: number): number {
  const code = s.charCodeAt(i);
  return i > 0 && i < s.length && code >= 0xdc00 && code <= 0xdfff ? i - 1 : i;
}

export interface Excerpt {
  line: string;
  pad: string;
  carets: number;
}

/** `from`/`to` are UTF-16 columns of the claim within `line` (to exclusive). */
export function excerpt(line: string, from: number, to: number): Excerpt {
  const visible = line.replace(/\s+$/, '');
  let start = 0;
  let end = visible.length;
  if (width(visible) > MAX_WIDTH) {
    start = safeIndex(visible, Math.max(0, from - BEFORE));
    end = safeIndex(visible, Math.min(visible.length, Math.max(to, from + 1) + AFTER));
  }
  const head = start > 0 ? '…' : '';
  const tail = end < visible.length ? '…' : '';
  const shown = head + visible.slice(start, end) + tail;
  const pad = (head ? ' ' : '') + padFor(visible.slice(start, Math.max(start, from)));
  const carets = Math.max(1, width(line.slice(from, Math.max(from, to))));
  return { line: shown, pad, carets };
}
