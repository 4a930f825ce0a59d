/**
 * Reads numbers written in English words: "twenty-one trillion three hundred", "two hundred point
 * zero three", "three quarters", "one and a half", "a hundred trillionths", "three dozens".
 *
 * Fractions follow the usual reading: an ordinal directly after a tens word joins it into the
 * denominator when something comes before the tens word ("one hundred thirty fifths" = 100/35) or a
 * hyphen binds them ("three twenty-firsts" = 3/21); "and" blocks that ("one hundred and thirty
 * fifths" = 130/5). A single unit after the last "and" before an ordinal makes a mixed number
 * ("one hundred and three quarters" = 100.75). A singular ordinal needs a numerator of one.
 */
import { parseInteger, type IntResult } from './en-integer';
import { tokenize, type Tok } from './en-tokens';
import { isAsciiLetter, isSpace, type Source } from './text';

export { startsNumberWord } from './en-tokens';

export interface EnWordsNumber {
  start: number;
  end: number;
  value: number;
  place: number;
  /** A pure fraction ("three quarters"): the caller makes it a ratio. */
  fraction: boolean;
}

export function parseEnWords(src: Source, start: number): EnWordsNumber | null {
  const t = tokenize(src, start);
  if (t.length === 0) return null;
  let i = 0;
  let sign = 1;
  if (t[0]!.type === 'neg') {
    sign = -1;
    i = 1;
    if (t.length < 2) return null;
  }
  const r = parseAt(t, i, src);
  if (!r) return null;
  return { start: t[0]!.start, end: r.end, value: sign * r.value, place: r.place, fraction: r.fraction };
}

interface Parsed {
  end: number;
  value: number;
  place: number;
  fraction: boolean;
}

function parseAt(t: Tok[], i: number, src: Source): Parsed | null {
  const first = t[i];
  if (!first) return null;
  // "half a dozen", "half" alone, "a half", "one half".
  if (first.type === 'ord' && first.word === 'half') {
    if (t[i + 1]?.type === 'article' && t[i + 2]?.type === 'dozen') {
      return { end: t[i + 2]!.end, value: 6, place: 1, fraction: false };
    }
    return { end: first.end, value: 0.5, place: 0, fraction: true };
  }
  if (first.type === 'article') {
    const n = t[i + 1];
    if (n?.type === 'ord' && !n.plural && articleFractionOk(src, n)) {
      return { end: n.end, value: 1 / n.value, place: 0, fraction: true };
    }
    // "a twenty-first": article, then an ordinal phrase.
    if (n && (n.type === 'tens' || n.type === 'unit')) {
      const den = ordinalPhrase(t, i + 1);
      if (den && !den.plural) return { end: den.end, value: 1 / den.value, place: 0, fraction: true };
    }
  }
  const int = parseInteger(t, i);
  if (!int) return null;
  const lastTok = t[int.last]!;
  const end = lastTok.end;
  const value = int.value;
  const next = t[int.next];

  // Decimals: "two hundred point zero three", "nine point nought four".
  if (next?.type === 'point' && !int.fromArticle) {
    const dec = decimalDigits(t, int.next + 1);
    if (dec) return { end: dec.end, value: Number(`${value}.${dec.digits}`), place: Math.pow(10, -dec.digits.length), fraction: false };
  }

  // Mixed numbers and fractions.
  if (next?.type === 'and') {
    const frac = fractionAfterAnd(t, int.next + 1);
    if (frac) return { end: frac.end, value: value + frac.value, place: 0, fraction: false };
  }
  if (next?.type === 'ord') {
    const f = fractionWithOrdinal(t, i, int, next);
    if (f) return f;
    return { end, value, place: int.place, fraction: false };
  }
  // Numerator, then an ordinal phrase: "one one hundred fifth", "three twenty-firsts", "twenty twenty fifths".
  if (next && (next.type === 'unit' || next.type === 'tens' || next.type === 'teen') && !next.hyphen) {
    const den = ordinalPhrase(t, int.next);
    if (den && den.plural === (value !== 1) && !int.andBeforeLast) {
      return { end: den.end, value: value / den.value, place: 0, fraction: true };
    }
  }
  return { end, value, place: int.place, fraction: false };
}

/** "a fifth" is a fraction at the end of a clause or before "of"; "a third round" is not. */
function articleFractionOk(src: Source, ord: Tok): boolean {
  const s = src.lower;
  let j = ord.end;
  while (isSpace(s[j])) j++;
  if (j >= s.length || !isAsciiLetter(s[j])) return true;
  return s.startsWith('of', j) && !isAsciiLetter(s[j + 2]);
}

/** After "and": "a half", "a quarter", "three fifths", "two thirds". */
function fractionAfterAnd(t: Tok[], i: number): { end: number; value: number } | null {
  const a = t[i];
  const b = t[i + 1];
  if (!a || !b || b.type !== 'ord') return null;
  if (a.type === 'article' && !b.plural) return { end: b.end, value: 1 / b.value };
  if ((a.type === 'unit' || a.type === 'teen') && b.plural === (a.value !== 1) && !isCompoundOnly(b)) {
    return { end: b.end, value: a.value / b.value };
  }
  return null;
}

/** "first" and "second" only make denominators inside compounds ("twenty-first"). */
function isCompoundOnly(o: Tok): boolean {
  return o.value === 1 || (o.value === 2 && !o.word.startsWith('hal'));
}

function fractionWithOrdinal(t: Tok[], i: number, int: IntResult, ord: Tok): Parsed | null {
  const lastTok = t[int.last]!;
  // Tens + unit ordinal make the denominator when bound by a hyphen or preceded by other words.
  if (lastTok.type === 'tens' && ord.value < 10) {
    const joined = ord.hyphen || (int.last > i && !int.andBeforeLast && !int.fromArticle);
    if (joined) {
      const numerator = int.last > i ? parseInteger(t.slice(0, int.last), i) : null;
      if (!numerator || numerator.next !== int.last) return null;
      const den = lastTok.value + ord.value;
      if (ord.plural !== (numerator.value !== 1)) return null;
      return { end: ord.end, value: numerator.value / den, place: 0, fraction: true };
    }
  }
  if (isCompoundOnly(ord)) return null;
  // Mixed: "one hundred and three quarters" = 100 + 3/4.
  if (int.andBeforeLast && (lastTok.type === 'unit' || lastTok.type === 'article')) {
    const whole = parseInteger(t.slice(0, int.last - 1), i);
    if (whole && ord.plural === (lastTok.value !== 1)) {
      return { end: ord.end, value: whole.value + lastTok.value / ord.value, place: 0, fraction: false };
    }
  }
  if (ord.plural !== (int.value !== 1)) return null;
  return { end: ord.end, value: int.value / ord.value, place: 0, fraction: true };
}

/** An integer followed by an ordinal, read as one ordinal number: "one hundred fifth" = 105. */
function ordinalPhrase(t: Tok[], i: number): { value: number; end: number; plural: boolean } | null {
  const int = parseInteger(t, i);
  if (!int) {
    return null;
  }
  let k = int.next;
  if (t[k]?.type === 'and') k++;
  const ord = t[k];
  if (!ord || ord.type !== 'ord' || ord.word.startsWith('hal') || ord.word.startsWith('quarter')) return null;
  const lastTok = t[int.last]!;
  if (ord.value < 10 && lastTok.type !== 'tens' && lastTok.type !== 'mult') return null;
  if (ord.value < 10 && lastTok.type === 'tens' && int.value % 10 !== 0) return null;
  return { value: int.value + ord.value, end: ord.end, plural: ord.plural };
}

/** Digits after "point": units give one digit each, teens and tens give theirs ("point seventy-one"). */
function decimalDigits(t: Tok[], i: number): { digits: string; end: number } | null {
  let digits = '';
  let end = -1;
  for (let k = i; k < t.length; k++) {
    const tok = t[k]!;
    if (tok.type === 'zero' || tok.type === 'unit' || tok.type === 'teen') {
      digits += String(tok.value);
    } else if (tok.type === 'tens') {
      const n = t[k + 1];
      if (n && n.type === 'unit') {
        digits += String(tok.value + n.value);
        k++;
        end = n.end;
        continue;
      }
      digits += String(tok.value);
    } else break;
    end = tok.end;
  }
  return digits ? { digits, end } : null;
}
