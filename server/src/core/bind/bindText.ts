/**
 * Same-length views of the text that binding reads: soft line breaks as spaces, prose blocks' masked
 * copies laid over the document, measurements blanked; and sentences joined across soft breaks.
 * Part of binding (index.ts).
 */
import type { Lang, Quantity, Span } from '../model';
import type { BindInput } from './index';
import { containing } from './structure';

/** A sentence that ends at a line break without a stop ("reported net⏎income of $29.8B") goes on. */
const OPEN_LINE_END = /[^\s.!?。！？:：;；|*#>)\]）」』”"'’]$/;

/**
 * The sentences with those cut only by a soft line break joined again: the splitter ends a sentence at
 * every line break, but a line that stops mid-sentence in a Markdown paragraph is wrapped, not ended.
 */
export function joinSoftBreaks<T extends Span & { lang: Lang }>(text: string, sentences: readonly T[], paragraphs: readonly Span[]): T[] {
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  const byStart = [...paragraphs].sort((a, b) => a.start - b.start);
  const paragraphOf = (pos: number) => containing(byStart, pos);
  const out: T[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    const between = last ? text.slice(last.end, s.start) : '';
    if (
      last &&
      /^[ \t]*\r?\n[ \t]*$/.test(between) &&
      OPEN_LINE_END.test(text.slice(Math.max(last.start, last.end - 1), last.end)) &&
      /^[A-Za-z\u3400-\u9fff$€£¥0-9]/.test(text.slice(s.start, s.start + 1)) &&
      paragraphOf(last.start) === paragraphOf(s.start)
    ) {
      out[out.length - 1] = { ...last, end: s.end };
      continue;
    }
    out.push(s);
  }
  return out;
}

/** The text with each line break that does not end a paragraph written as a space (same length). */
export function softBreaksAsSpaces(text: string): string {
  return text.replace(/(?<=\S)[ \t]*\r?\n(?![ \t]*\r?\n)/g, (m) => ' '.repeat(m.length));
}

/** The document with each prose block's masked copy laid over it (same length, same offsets). */
export function maskedText(input: BindInput): string {
  const parts: string[] = [];
  let at = 0;
  for (const p of [...input.paragraphs].sort((a, b) => a.start - b.start)) {
    if (p.masked === undefined || p.masked.length !== p.end - p.start || p.start < at) continue;
    parts.push(input.text.slice(at, p.start), p.masked);
    at = p.end;
  }
  if (at === 0) return input.text;
  parts.push(input.text.slice(at));
  return parts.join('');
}

/**
 * A count written with a Chinese measure word after its digits ("2048块H800", "1万张卡"): never a year,
 * which takes 年. (An English count with a unit may be one: "In 2023 H100s sold out".)
 */
const CLASSIFIED_COUNT = /^[\d,.]+\s*[块颗张台枚片]/;

/** The text with the numbers of measurements ("1979 TFLOPS", "4.8TB/s", "2048块H800") blanked (same length). */
export function blankMeasurements(text: string, quantities: readonly Quantity[]): string {
  const measured = quantities.filter((q) => (q.kind === 'number' && q.unit !== undefined) || (q.kind === 'count' && CLASSIFIED_COUNT.test(q.text)));
  if (measured.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const q of measured) {
    if (q.start < at) continue;
    parts.push(text.slice(at, q.start), ' '.repeat(q.end - q.start));
    at = q.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
