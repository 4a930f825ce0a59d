/**
 * The client's side of incremental sync, written independently of vscode-languageserver-textdocument so
 * the protocol tests do not check the server's position arithmetic against itself: UTF-16 offsets ↔ LSP
 * positions (lines end at \n, \r\n or \r), random edits, and a seeded random source.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Offsets where each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

export function positionAt(starts: number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

export function rangeOf(starts: number[], start: number, end: number): Range {
  return { start: positionAt(starts, start), end: positionAt(starts, end) };
}

/** mulberry32: reproducible edit sequences from a printed seed. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] };
}

/** What a typist (and a paste, an undo, a refactoring) inserts: figures, claims, line breaks, Markdown syntax. */
const INSERTS = [
  'a', '1', '6', '.', ' ', '$', '亿', '万', '%', 'x', '\n', '\n\n', '\r\n', '\t', '  ', '- ', '> ', '# ', '| ', '`', '```\n', '<!--', '-->',
  "OpenAI's annualized revenue was $2.6 billion in December 2023, according to The Information. ",
  "Nvidia's net income for fiscal 2024 was $60.9 billion.\n\n",
  '据The Information报道，OpenAI在2023年12月的年化收入为26亿美元。',
  '<!-- tally-disable-next-line fact.value-mismatch -- quoted -->\n',
  '| Nvidia | FY2024 revenue | $69.0B |\n', '😀', '\ud83d', '\u0301', '\u202e', '',
];

export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * LSP positions cannot point between the \r and \n of a CRLF (a character past the line's end means
 * its end), so an edit boundary there moves before the pair. Boundaries inside surrogate pairs stay:
 * UTF-16 positions can express them, and the server must cope.
 */
function representable(text: string, offset: number): number {
  return offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10 ? offset - 1 : offset;
}

/** A random edit of `text`: mostly typing-sized, sometimes a paste or a deletion of a whole region. */
export function randomEdit(rand: ReturnType<typeof seededRandom>, text: string): OffsetEdit {
  const start = representable(text, rand.int(0, text.length));
  const kind = rand.next();
  const removed = kind < 0.55 ? 0 : kind < 0.9 ? rand.int(0, 3) : rand.int(0, 200);
  const end = Math.max(start, representable(text, Math.min(text.length, start + removed)));
  return { start, end, text: kind < 0.9 || rand.next() < 0.5 ? rand.pick(INSERTS) : '' };
}

export function applyEdit(text: string, e: OffsetEdit): string {
  return text.slice(0, e.start) + e.text + text.slice(e.end);
}
