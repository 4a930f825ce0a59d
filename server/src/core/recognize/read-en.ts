/**
 * Readers that start at an English word: number words ("twenty-one trillion", "three quarters"),
 * "percent of 10", multiples written as one word ("tenfold") and "half".
 */
import { baseCore, FRACTION_PLACE, type Core } from './core';
import { parseEnWords, startsNumberWord } from './en-words';
import { LEXICON, table, wordSet } from './lexicon';
import { readArabicAt } from './read-arabic';
import { isAsciiLetter, isDigit, isSpace, skipSpaces, type Source } from './text';

const PERCENT_OF = wordSet(LEXICON.percent.enPrefix);
const NEGATIVES = LEXICON.enNumberWords.negatives;
const MULTIPLE_WORDS = table(LEXICON.multiples.enWords);
/**
 * Multiples written as a verb ("revenue tripled", "doubling in a year"). The bare "double" / "triple" and
 * "twice" are left out: adjectives far more often ("double-digit", "triple A"), "twice" often a count
 * of events ("delayed twice").
 */
export const MULTIPLE_VERB_WORDS: Record<string, number> = { doubled: 2, doubling: 2, tripled: 3, tripling: 3, quadrupled: 4, quadrupling: 4 };
const MULTIPLE_VERBS = table(MULTIPLE_VERB_WORDS);
/**
 * The bare "double" / "triple" / "quadruple" after a hedge that only a multiple takes ("more than triple
 * today's level", "nearly double the May price", "roughly triple"): the hedge rules out the adjective
 * ("double-digit", "a triple play"), and "than" / "nearly" before it makes it an amount.
 */
export const HEDGED_MULTIPLE_WORDS: Record<string, number> = { double: 2, triple: 3, quadruple: 4 };
const HEDGED_MULTIPLES = table(HEDGED_MULTIPLE_WORDS);
const MULTIPLE_HEDGE_BEFORE = new Set(['than', 'nearly', 'almost', 'roughly', 'about', 'around', 'approximately']);
/** "more than double-digit", "nearly double digits", "roughly double down": not a multiple. */
const NOT_MULTIPLE_AFTER = /^(?:-|\s+(?:digits?|down|up|check|counting|dip|whammy)\b)/;
/** "no one", "first half", "the other half": words that make the next number word not a number. */
const NOT_A_NUMBER_AFTER: Record<string, string[]> = {
  one: ['no', 'any', 'every', 'some', 'each', 'this', 'that', 'which', 'the', 'day'],
  half: ['first', 'second', 'latter', 'other', 'back', 'front', 'the', 'better'],
};

export function readWord(src: Source, at: number): string {
  let j = at;
  while (j < src.lower.length && isAsciiLetter(src.lower[j]) && j - at < 24) j++;
  return src.lower.slice(at, j);
}

export function readEnAt(src: Source, at: number, word: string): Core | null {
  const pct = PERCENT_OF.at(src.lower, at, (e) => !isAsciiLetter(src.lower[e]));
  if (pct) return percentOf(src, at, pct.end);
  const mult = MULTIPLE_WORDS.at(src.lower, at, (e) => !isAsciiLetter(src.lower[e]));
  if (mult) return baseCore({ start: at, end: mult.end, value: mult.data, place: 1, source: 'words', kind: 'multiple' });
  const verb = MULTIPLE_VERBS.at(src.lower, at, (e) => !isAsciiLetter(src.lower[e]) && src.lower[e] !== '-');
  if (verb) {
    return baseCore({ start: at, end: verb.end, value: verb.data, place: 1, source: 'words', kind: 'multiple' });
  }
  const hedged = HEDGED_MULTIPLES.at(src.lower, at, (e) => !isAsciiLetter(src.lower[e]));
  if (hedged && MULTIPLE_HEDGE_BEFORE.has(previousWord(src, at)) && !NOT_MULTIPLE_AFTER.test(src.lower.slice(hedged.end, hedged.end + 12))) {
    return baseCore({ start: at, end: hedged.end, value: hedged.data, place: 1, source: 'words', kind: 'multiple' });
  }
  // "minus 5", "negative 3.2": a sign word before digits.
  if (NEGATIVES.includes(word) && isSpace(src.norm[at + word.length]) && isDigit(src.norm[at + word.length + 1])) {
    const r = readArabicAt(src, at + word.length + 1, at);
    return r.core;
  }
  if (!startsNumberWord(word) && word !== 'half') return null;
  const blockers = NOT_A_NUMBER_AFTER[word];
  if (blockers && blockers.includes(previousWord(src, at))) return null;
  const w = parseEnWords(src, at);
  if (!w) return null;
  return baseCore({
    start: w.start,
    end: w.end,
    value: w.value,
    // Fractions and mixed numbers ("three quarters", "one and a half") are read to ±5%.
    place: w.fraction || w.place === 0 ? FRACTION_PLACE * Math.abs(w.value) : w.place,
    source: 'words',
    ...(w.fraction ? { kind: 'ratio' as const } : {}),
  });
}

/** "percent of 10", "per cent of twenty-two": the number comes after. */
function percentOf(src: Source, start: number, after: number): Core | null {
  const p = skipSpaces(src.norm, after, 2);
  if (p === after) return null;
  let inner: Core | null = null;
  if (isDigit(src.norm[p])) inner = readArabicAt(src, p, -1).core;
  else if (isAsciiLetter(src.norm[p])) inner = readEnAt(src, p, readWord(src, p));
  if (!inner || inner.kind) return null;
  return { ...inner, start, kind: 'percent' };
}

function previousWord(src: Source, at: number): string {
  let j = at;
  // A hyphen joins the words as a space does: "first-half 2024", "no-one".
  while (j > 0 && (isSpace(src.lower[j - 1]) || src.lower[j - 1] === '-') && at - j < 2) j--;
  if (j === at) return '';
  let k = j;
  while (k > 0 && isAsciiLetter(src.lower[k - 1]) && j - k < 12) k--;
  return src.lower.slice(k, j);
}
