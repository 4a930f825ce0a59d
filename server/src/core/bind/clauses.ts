/**
 * Cuts a sentence into clauses: the pieces between commas, semicolons and dashes (both widths; not a
 * dash joining two numbers, rangeDash.ts), and
 * before "while"/"whereas". Binding looks for the entity, metric and period of a number in its own
 * clause first. Colons do not cut ("Revenue: $60.9B" keeps the label with its value), nor do commas
 * inside numbers ("150,000") or the Chinese enumeration comma 、 (1%、3%、6%).
 */
import type { Span } from '../model';
import { lastAtOrBefore } from '../sortedSearch';
import { dashJoinsRange } from './rangeDash';

const CUT_CHARS = new Set([',', ';', '，', '；', '—', '―']);
const DIGIT = /[0-9０-９]/;
const CUT_WORDS = /\s(?:while|whereas)\s/gi;

export function clauseSpans(text: string, sentence: Span): Span[] {
  const cuts: { at: number; width: number }[] = [];
  for (let i = sentence.start; i < sentence.end; i++) {
    const ch = text[i];
    if (CUT_CHARS.has(ch)) {
      // Grouping commas sit between digits.
      if (ch === ',' && DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? '')) continue;
      // "4—6月", "2025—2027年": a dash between two numbers joins a range (rangeDash.ts).
      if (dashJoinsRange(text, i)) continue;
      cuts.push({ at: i, width: 1 });
    } else if ((ch === '–' || ch === '-') && text[i - 1] === ' ' && text[i + 1] === ' ') {
      // A spaced dash separates clauses; an unspaced one joins a range ("$25k–$40k").
      cuts.push({ at: i, width: 1 });
    }
  }
  const slice = text.slice(sentence.start, sentence.end);
  CUT_WORDS.lastIndex = 0;
  for (let m = CUT_WORDS.exec(slice); m; m = CUT_WORDS.exec(slice)) cuts.push({ at: sentence.start + m.index, width: 1 });
  cuts.sort((a, b) => a.at - b.at);
  const clauses: Span[] = [];
  let start = sentence.start;
  for (const cut of cuts) {
    if (cut.at > start) clauses.push({ start, end: cut.at });
    start = Math.max(start, cut.at + cut.width);
  }
  if (sentence.end > start) clauses.push({ start, end: sentence.end });
  return clauses.length > 0 ? clauses : [{ ...sentence }];
}

/** The clause containing offset `pos` (or the last one starting before it when `pos` falls on a cut). */
export function clauseAt(clauses: Span[], pos: number): Span {
  return clauses[Math.max(0, lastAtOrBefore(clauses, pos, (c) => c.start))];
}
