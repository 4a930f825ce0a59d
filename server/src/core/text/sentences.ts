/**
 * Sentence splitting for English and Chinese prose, on one prose segment at a time.
 *
 * Intl.Segmenter handles both scripts (。！？ as well as . ! ?), but it slows down sharply on long
 * strings (60k chars: 19 ms; 160k: 631 ms, measured here), so it is only ever given one segment, and
 * very long segments are cut at line breaks or hard stops first. Its English rules also break after
 * abbreviations ("U.S.", "Inc.", "approx.") and after a scale letter ending a sentence-internal number
 * ("$1.6B. in"): we re-join a break when the next sentence cannot start a sentence (lower case, digit).
 */
import type { Lang, Span } from '../model';
import { detectLang } from './lang';
import { isWhitespaceCode } from './whitespace';

export interface Sentence extends Span {
  lang: Lang;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'u.s.', 'u.k.', 'e.u.', 'u.n.', 'inc.', 'corp.', 'co.', 'ltd.', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'st.',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'approx.', 'est.', 'vs.', 'etc.', 'e.g.', 'i.e.', 'no.', 'fig.', 'p.', 'pp.', 'ca.',
]);

/** Longest piece handed to Intl.Segmenter in one call. */
const MAX_CHUNK = 4000;

/** Splits masked prose `text` (offsets relative to `base`) into sentences with their language. */
export function splitSentences(text: string, base = 0): Sentence[] {
  const raw: Span[] = [];
  for (const chunk of chunks(text)) {
    const piece = text.slice(chunk.start, chunk.end);
    if (isOneSentence(piece)) {
      raw.push(...splitBeforeCamelCase(text, chunk));
      continue;
    }
    for (const s of segmenter.segment(piece)) {
      raw.push(...splitBeforeCamelCase(text, { start: chunk.start + s.index, end: chunk.start + s.index + s.segment.length }));
    }
  }
  const merged: Span[] = [];
  for (const s of raw) {
    const prev = merged[merged.length - 1];
    if (prev && prev.end === s.start && shouldJoin(text, prev, s)) prev.end = s.end;
    else merged.push({ ...s });
  }
  const out: Sentence[] = [];
  for (const s of merged) {
    // Trim surrounding whitespace (masked characters are spaces too).
    let { start, end } = s;
    while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
    while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start: base + start, end: base + end, lang: detectLang(text.slice(start, end)) });
  }
  return out;
}

/**
 * A piece Intl.Segmenter returns whole, told without calling it (each call costs more than the rest of
 * the splitting of a short piece, and most prose segments are one sentence: a list item, a table cell).
 * Under the sentence-break rules (UAX #29) a sentence ends only after a line or paragraph separator or
 * after a terminator ("." "!" "?" 。！？ …) with its closing quotes and spaces. So a piece written in
 * characters whose class is known to be none of those (ASCII but for . ! ?, CJK ideographs, Chinese
 * commas, colons, quotes and brackets), with a "." only before a digit ("7.70": rule SB6), and any
 * terminators only at its end, is one sentence. Anything else goes to the segmenter.
 */
const ONE_SENTENCE =
  /^(?:[\t\x20\x22-\x2d\x2f-\x3e\x40-\x7e\u3400-\u4dbf\u4e00-\u9fff\u3001\uff0c\uff1b\uff1a\u201c\u201d\u2018\u2019\uff08\uff09\u300a\u300b\u3010\u3011\u2013\u2014\uff05]|\.(?=[0-9]))*(?:[.!?\u3002\uff01\uff1f]+["'\u201d\u2019)\]\uff09\u300b\u3011]*[\t ]*)?$/;

export function isOneSentence(piece: string): boolean {
  return ONE_SENTENCE.test(piece);
}

/** Cuts text into pieces of at most MAX_CHUNK characters, preferring line breaks, then spaces. */
function* chunks(text: string): Generator<Span> {
  let start = 0;
  while (text.length - start > MAX_CHUNK) {
    const window = text.slice(start, start + MAX_CHUNK);
    let cut = window.lastIndexOf('\n');
    if (cut < MAX_CHUNK / 2) cut = Math.max(window.lastIndexOf('。'), window.lastIndexOf('. '));
    if (cut < MAX_CHUNK / 2) cut = window.lastIndexOf(' ');
    if (cut < MAX_CHUNK / 2) cut = MAX_CHUNK - 1;
    // Never cut between the two halves of a surrogate pair.
    let end = start + cut + 1;
    const c = text.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff) end++;
    yield { start, end };
    start = end;
  }
  if (start < text.length) yield { start, end: text.length };
}

/** A full stop, then a name written in lower camel case ("xAI", "iPhone", "eBay") or lower case with digits ("o3", "o4-mini"). */
const CAMEL_CASE_START = /[.!?]["”’)]*\s+(?=[a-z]+[A-Z\d])/g;

/**
 * Intl.Segmenter never starts a sentence with a lower-case letter, so "…this year. xAI is valued at…"
 * stays one sentence; a brand written in lower camel case, or a model named in lower case with digits
 * ("…roughly $90. o3 got a cut…"), does start one after a full stop (not after an abbreviation: "e.g. xAI").
 */
function splitBeforeCamelCase(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  const piece = text.slice(span.start, span.end);
  for (const m of piece.matchAll(CAMEL_CASE_START)) {
    const at = span.start + (m.index ?? 0);
    const lastWord = text.slice(start, at + 1).trimEnd();
    if (ABBREVIATIONS.has(lastWord.slice(lastWord.lastIndexOf(' ') + 1).toLowerCase())) continue;
    const end = at + m[0].length;
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: span.end });
  return out;
}

function shouldJoin(text: string, prev: Span, next: Span): boolean {
  const before = text.slice(prev.start, prev.end).trimEnd();
  const after = text.slice(next.start, next.end).trimStart();
  if (!after) return true;
  // A Chinese full stop always ends a sentence.
  if (/[。！？]$/.test(before)) return false;
  if (!before.endsWith('.')) return false;
  const lastWord = before.slice(before.lastIndexOf(' ') + 1).toLowerCase();
  if (ABBREVIATIONS.has(lastWord)) return true;
  // "U.S." style initials.
  if (/^(?:[a-z]\.){2,}$/.test(lastWord)) return true;
  // A full stop after an ordinary word (no abbreviation, no scale letter) ends its sentence before a
  // digit too: "What the 2023 fleet cost. 150,000 GPUs at…" (a run-in heading, then its paragraph).
  if (/^\d/.test(after) && /(?:^|[^\w.])[A-Za-z]*[a-z]{2,}\.$/.test(before)) return false;
  // The next piece cannot start a sentence: lower case or a digit (but "xAI", "iPhone", "o3" can).
  return /^[a-z0-9]/.test(after) && !/^[a-z]+[A-Z\d]/.test(after);
}
