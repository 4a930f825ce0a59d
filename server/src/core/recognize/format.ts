/**
 * formatLike: the replacement for a quantity's text with a new value, in the author's own style —
 * same currency sign or word, same scale word and language, same decimals unless more are needed to
 * tell the new value from the old one, Chinese numerals kept as numerals when possible.
 *   $2.6B -> 1.6e9 gives $1.6B; 16亿美元 -> 2e9 gives 20亿美元; 1.6 billion dollars -> 2e9 gives
 *   2 billion dollars; 150k H100s -> 120000 gives 120k H100s; 十亿 -> 2e9 gives 二十亿.
 * The text outside the number (currency, unit, a hedge inside the span) is kept as written.
 */
import type { Quantity } from '../model';
import { toChineseNumeral } from './zh-format';

const SEPARATORS = [',', '，', ' ', '\u00a0', '\u202f', '\u2009'];
const MAX_EXTRA_DECIMALS = 6;

export function formatLike(original: Quantity, newValue: number): string {
  const st = original.style;
  const ns = st.numberSpan;
  const text = original.text;
  const before = text.slice(0, Math.max(0, ns.start));
  const after = text.slice(Math.min(text.length, ns.end));
  const numberText = text.slice(ns.start, ns.end);
  return before + formatNumber(original, numberText, newValue) + after;
}

function formatNumber(q: Quantity, numberText: string, newValue: number): string {
  const st = q.style;
  const scale = st.scale || 1;
  const inner = q.hedge && numberText.includes(q.hedge) && numberText.endsWith(q.hedge + st.scaleWord) ? q.hedge : '';
  const wordsWritten = /^[-\s]*[a-z]/i.test(numberText);

  if (st.scaleWord === '' && (st.numerals === 'mixed' || wordsWritten) && Math.abs(newValue / scale) >= 1e4) {
    return withUnitWord(newValue / scale, wordsWritten);
  }
  const written = newValue / scale;
  let decimals = decimalsFor(q.value / scale, written, st.decimals);
  // "1.6 billion" -> "2 billion": trailing zeros only when the author writes them ("$1.60").
  if (!writesTrailingZeros(numberText, st.scaleWord)) decimals = trimmedDecimals(written, decimals);
  let digits: string;
  if (st.numerals === 'chinese' && Number.isInteger(Number(written.toFixed(decimals)))) {
    digits = toChineseNumeral(Number(written.toFixed(decimals)), 0);
  } else if (st.numerals === 'chinese' && decimals <= 3) {
    digits = toChineseNumeral(written, decimals);
  } else {
    digits = arabic(written, decimals, st.grouping ? separatorOf(numberText) : '');
    if (st.fullWidth) digits = toFullWidth(digits);
    if (written < 0 && numberText.trimStart().startsWith('负')) digits = '负' + digits.replace(/^[-－]/, '');
  }
  return digits + inner + st.scaleWord;
}

function writesTrailingZeros(numberText: string, scaleWord: string): boolean {
  const digits = scaleWord && numberText.endsWith(scaleWord) ? numberText.slice(0, -scaleWord.length) : numberText;
  const point = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf('．'), digits.lastIndexOf('点'));
  if (point < 0) return false;
  const last = digits.trimEnd().slice(-1);
  return last === '0' || last === '０' || last === '零';
}

/** The fewest decimals (at most `decimals`) that write `value` exactly as it rounds at `decimals`. */
function trimmedDecimals(value: number, decimals: number): number {
  const target = value.toFixed(decimals);
  let d = decimals;
  while (d > 0 && Number(value.toFixed(d - 1)) === Number(target)) d--;
  return d;
}

/** Same decimals, unless the new value would look like the old one at that precision (or like 0). */
function decimalsFor(oldWritten: number, newWritten: number, decimals: number): number {
  let d = decimals;
  while (d < decimals + MAX_EXTRA_DECIMALS) {
    const same = newWritten.toFixed(d) === oldWritten.toFixed(d) && Math.abs(newWritten - oldWritten) > 1e-12 * Math.abs(oldWritten);
    const zero = Number(newWritten.toFixed(d)) === 0 && newWritten !== 0;
    if (!same && !zero) break;
    d++;
  }
  return d;
}

function arabic(value: number, decimals: number, separator: string): string {
  const [whole = '0', frac] = Math.abs(value).toFixed(decimals).split('.');
  const int = separator ? groupThousands(whole, separator) : whole;
  return (value < 0 ? '-' : '') + int + (frac ? '.' + frac : '');
}

/** Inserts a separator every three digits from the right, without a regular expression. */
function groupThousands(digits: string, separator: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

function separatorOf(numberText: string): string {
  for (let i = 1; i < numberText.length - 1; i++) {
    const c = numberText[i]!;
    if (SEPARATORS.includes(c) && /[0-9０-９]/.test(numberText[i - 1]!) && /[0-9０-９]/.test(numberText[i + 1]!)) return c;
  }
  return ',';
}

function toFullWidth(s: string): string {
  return s.replace(/[0-9.,-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** Numbers written with mixed units (3万4000) or in words: write digits with one scale word. */
function withUnitWord(written: number, words: boolean): string {
  const units: [number, string][] = words
    ? [[1e12, ' trillion'], [1e9, ' billion'], [1e6, ' million'], [1e3, ' thousand']]
    : [[1e8, '亿'], [1e4, '万']];
  const abs = Math.abs(written);
  for (const [u, word] of units) {
    if (abs >= u) {
      const m = written / u;
      const d = trimmedDecimals(m, MAX_EXTRA_DECIMALS);
      return arabic(m, d, '') + word;
    }
  }
  return arabic(written, 0, '');
}
