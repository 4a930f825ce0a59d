/**
 * One left-to-right pass over the text. At each position a reader may find a number (Arabic digits,
 * a Chinese numeral, English words, a vague magnitude); assemble() then reads its surroundings. When
 * nothing is kept the scan resumes after the whole run that was read, never inside it, so the pass is
 * linear in the length of the text whatever the input (100k digits, 万万万…, 1,1,1,…).
 */
import type { Lang, Quantity } from '../model';
import { assemble } from './assemble';
import { combine } from './combine';
import type { Core } from './core';
import { inZhNonNumberWord } from './exclude';
import { LEXICON } from './lexicon';
import { readArabicAt } from './read-arabic';
import { HEDGED_MULTIPLE_WORDS, MULTIPLE_VERB_WORDS, readEnAt, readWord } from './read-en';
import { bareDigitRun, readDigitDiscount, readZhFixedWord, readZhNumber, readZhPercentPrefix } from './read-zh';
import { isAlnum, isAsciiLetter, isCjk, isDigit, isLineBreak, isPunct, type Source } from './text';
import { readEnVague, readZhVague } from './vague';
import { isZhNumeralChar, ZH_NUMERAL_CHARS } from './zh-numeral';

const FORMAL = new Set(LEXICON.zhFormalNumerals);
const ISOLATION_BEFORE = LEXICON.zhIsolation.before;
/** First characters of the fixed Chinese words the special readers know; other characters skip them. */
const ZH_SPECIAL_STARTS = new Set(
  [
    ...Object.keys(LEXICON.vague.zhPrefixes),
    ...Object.keys(LEXICON.vague.zhWords),
    ...LEXICON.percent.zhPrefix.map((p) => p.text),
    '佰',
    '仟',
    ...Object.keys(LEXICON.multiples.zhWords),
    ...LEXICON.multiples.zhHalf,
    ...Object.keys(LEXICON.zhShareWords),
    ...Object.keys(LEXICON.zhFixedNumbers),
  ].map((w) => w[0]!),
);

/** Words an English reader can start with; every other word is skipped at once. */
const EN_STARTS = new Set([
  ...Object.keys(LEXICON.enNumberWords.cardinals),
  ...Object.keys(LEXICON.enNumberWords.tens),
  ...LEXICON.enNumberWords.articles,
  ...LEXICON.enNumberWords.negatives,
  'half',
  ...Object.keys(MULTIPLE_VERB_WORDS),
  ...Object.keys(HEDGED_MULTIPLE_WORDS),
  ...Object.keys(LEXICON.vague.enPlurals),
  ...Object.keys(LEXICON.vague.enTensOf),
  ...LEXICON.vague.enQuantifiers.map((q) => q.split(' ')[0]!),
  ...LEXICON.percent.enPrefix.map((p) => p.split(' ')[0]!),
  ...Object.keys(LEXICON.multiples.enWords),
]);

/** Code units a reader can start at: digits, signs, letters, numeral and special Chinese characters. */
const MAY_START = new Uint8Array(65536);
for (let c = 0x30; c <= 0x39; c++) MAY_START[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) MAY_START[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) MAY_START[c] = 1;
for (const ch of ['.', '-', '负', ...ZH_SPECIAL_STARTS]) MAY_START[ch.charCodeAt(0)] = 1;
for (const ch of ZH_NUMERAL_CHARS) MAY_START[ch.charCodeAt(0)] = 1;

interface Found {
  core: Core | null;
  skipTo: number;
}

export function scan(src: Source, lang: Lang): Quantity[] {
  const s = src.norm;
  const out: Quantity[] = [];
  let i = 0;
  let floor = 0;
  let modelChainEnd = -1;
  while (i < s.length) {
    if (MAY_START[s.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const found = readAt(src, i);
    if (found.core) {
      const a = assemble(found.core, { src, lang, floor, modelChainEnd });
      if (a.modelEnd !== undefined) modelChainEnd = a.modelEnd;
      if (a.q) {
        out.push(a.q);
        floor = a.q.end;
        i = Math.max(a.q.end, i + 1);
        continue;
      }
      i = Math.max(a.skipTo, i + 1);
      continue;
    }
    i = Math.max(found.skipTo, i + 1);
  }
  return combine(src, lang, out);
}

function readAt(src: Source, i: number): Found {
  const s = src.norm;
  const c = s[i]!;
  if (isDigit(c) || (c === '.' && isDigit(s[i + 1]) && !isAlnum(s[i - 1]))) {
    return readArabicAt(src, i, -1);
  }
  if (c === '-' && signAllowed(s, i) && (isDigit(s[i + 1]) || (s[i + 1] === '.' && isDigit(s[i + 2])))) {
    return readArabicAt(src, i + 1, i);
  }
  // "- 10 k" is a signed number only when nothing else is on the line; "- 10 GPUs" is a list item.
  if (c === '-' && s[i + 1] === ' ' && isDigit(s[i + 2]) && signAllowed(s, i) && lineIsBareNumber(s, i + 2)) {
    return readArabicAt(src, i + 2, i);
  }
  if (c === '负') return readNegativeZh(src, i);
  if (isCjk(c)) return readCjkAt(src, i);
  if (isAsciiLetter(c) && !isAsciiLetter(s[i - 1]) && !isDigit(s[i - 1])) {
    const word = readWord(src, i);
    const skipTo = i + Math.max(word.length, 1);
    if (!EN_STARTS.has(word) && !word.startsWith('multi')) return { core: null, skipTo };
    const core = readEnVague(src, i) ?? readEnAt(src, i, word);
    return { core, skipTo };
  }
  return { core: null, skipTo: i + 1 };
}

/** A minus sign, not a hyphen: nothing word-like or numeric right before it ("GPT-4", "30-40"). */
function signAllowed(s: string, i: number): boolean {
  const p = s[i - 1];
  if (p === undefined) return true;
  if (isAlnum(p) || p === ')' || p === '%' || p === '-' || isZhNumeralChar(p)) return false;
  return isPunct(p) || isCjk(p);
}

function lineIsBareNumber(s: string, from: number): boolean {
  let letters = 0;
  for (let j = from; j < s.length && !isLineBreak(s[j]); j++) {
    const c = s[j]!;
    if (isAsciiLetter(c)) {
      if (++letters > 2) return false;
    } else if (!isDigit(c) && c !== ' ' && c !== '/' && c !== '.' && c !== ',') return false;
  }
  return true;
}

function readNegativeZh(src: Source, i: number): Found {
  const s = src.norm;
  if (isDigit(s[i + 1])) return readArabicAt(src, i + 1, i);
  if (isZhNumeralChar(s[i + 1])) {
    const core = readZhNumber(src, i + 1);
    if (core) {
      core.start = i;
      core.numStart = i;
      core.value = -core.value;
      core.weak = false;
      return { core, skipTo: core.end };
    }
  }
  return { core: null, skipTo: i + 1 };
}

function readCjkAt(src: Source, i: number): Found {
  const s = src.norm;
  const c = s[i]!;
  const numeral = isZhNumeralChar(c);
  if (numeral) {
    const wordEnd = inZhNonNumberWord(src, i);
    if (wordEnd !== null) return { core: null, skipTo: wordEnd };
    // A formal numeral right after another character is part of a word (大陆, 入伍, 收拾).
    const prev = s[i - 1];
    if (FORMAL.has(c) && isCjk(prev) && !isZhNumeralChar(prev) && !ISOLATION_BEFORE.includes(prev!)) return { core: null, skipTo: i + 1 };
  }
  if (ZH_SPECIAL_STARTS.has(c)) {
    const special = readZhVague(src, i) ?? readZhPercentPrefix(src, i) ?? readZhFixedWord(src, i);
    if (special) return { core: special, skipTo: special.end };
  }
  if (!numeral) return { core: null, skipTo: i + 1 };
  const discount = readDigitDiscount(src, i);
  if (discount) return { core: discount, skipTo: discount.end };
  const bare = bareDigitRun(src, i);
  if (bare > 0) return { core: null, skipTo: i + bare };
  const core = readZhNumber(src, i);
  if (core) return { core, skipTo: core.end };
  let j = i + 1;
  while (j < s.length && isZhNumeralChar(s[j]) && j - i < 40) j++;
  return { core: null, skipTo: j };
}
