/**
 * Tokens of English number words: each word is classified (unit, teen, tens, multiplier, dozen,
 * ordinal, "and", article, "point", sign) and joined to the previous one by spaces or a hyphen
 * ("sixty-one", "fifty - two").
 */
import { LEXICON } from './lexicon';
import { isAsciiLetter, isSpace, type Source } from './text';

export type TokType = 'unit' | 'zero' | 'teen' | 'tens' | 'mult' | 'dozen' | 'ord' | 'and' | 'article' | 'point' | 'neg';

export interface Tok {
  type: TokType;
  word: string;
  value: number;
  plural: boolean;
  start: number;
  end: number;
  /** How this token is joined to the previous one. */
  hyphen: boolean;
}

const W = LEXICON.enNumberWords;
const ORDINALS = new Map<string, { value: number; plural: boolean }>();
for (const [w, v] of Object.entries(W.ordinals)) {
  ORDINALS.set(w, { value: v, plural: w === 'halves' });
  if (w !== 'half' && w !== 'halves') ORDINALS.set(`${w}s`, { value: v, plural: true });
}

function classify(word: string): { type: TokType; value: number; plural: boolean } | null {
  const c = W.cardinals[word];
  if (c !== undefined) return { type: c === 0 ? 'zero' : c < 10 ? 'unit' : 'teen', value: c, plural: false };
  const t = W.tens[word];
  if (t !== undefined) return { type: 'tens', value: t, plural: false };
  const m = W.multipliers[word];
  if (m !== undefined) return { type: 'mult', value: m, plural: false };
  const d = W.dozens[word];
  if (d !== undefined) return { type: 'dozen', value: d, plural: word.endsWith('s') };
  const o = ORDINALS.get(word);
  if (o) return { type: 'ord', value: o.value, plural: o.plural };
  if (word === 'and') return { type: 'and', value: 0, plural: false };
  if (W.articles.includes(word)) return { type: 'article', value: 1, plural: false };
  if (word === 'point') return { type: 'point', value: 0, plural: false };
  if (W.negatives.includes(word)) return { type: 'neg', value: 0, plural: false };
  return null;
}

/** True when the word at `start` is one the number-words reader could begin with. */
export function startsNumberWord(word: string): boolean {
  const k = classify(word);
  return k !== null && k.type !== 'and' && k.type !== 'point' && k.type !== 'ord' && k.type !== 'dozen';
}

const MAX_TOKENS = 40;

export function tokenize(src: Source, start: number): Tok[] {
  const s = src.lower;
  const toks: Tok[] = [];
  let j = start;
  let hyphen = false;
  while (j < s.length && toks.length < MAX_TOKENS) {
    let k = j;
    while (k < s.length && isAsciiLetter(s[k]) && k - j < 20) k++;
    if (k === j || isAsciiLetter(s[k])) break;
    const word = s.slice(j, k);
    const kind = classify(word);
    if (!kind) break;
    // Built field by field: an object spread here was the hot spot of the whole scan.
    toks.push({ type: kind.type, word, value: kind.value, plural: kind.plural, start: j, end: k, hyphen });
    // Separator: spaces, or a hyphen with optional spaces ("fifty - two", "sixty-one").
    let m = k;
    while (m < s.length && isSpace(s[m]) && m - k < 4) m++;
    hyphen = false;
    if (s[m] === '-') {
      hyphen = true;
      m++;
      while (m < s.length && isSpace(s[m]) && m - k < 8) m++;
    }
    if (m === k || !isAsciiLetter(s[m])) break;
    j = m;
  }
  return toks;
}
