/**
 * Tells Chinese from English prose. A sentence is Chinese when Han characters make up a fair share of
 * its letters: drafts mix scripts freely ("OpenAI的年化收入"), and a few Latin names do not make a
 * Chinese sentence English.
 */
import type { Lang } from '../model';

const HAN = /\p{Script=Han}/u;

/**
 * Whether each BMP code unit is a Han character, learnt from HAN on first sight (0: not yet, 1: Han,
 * 2: not): sentences are told apart per character, and a regex call per character cost more than the
 * rest of splitting.
 */
const hanCodes = new Uint8Array(0x10000);

function isHanCode(code: number): boolean {
  let known = hanCodes[code];
  if (known === 0) hanCodes[code] = known = HAN.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

export function detectLang(text: string): Lang {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) latin++;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A character beyond the BMP (CJK extension B and later): read as the one code point it is.
      if (HAN.test(text.slice(i, i + 2))) han++;
      i++;
    } else if (isHanCode(code)) han++;
  }
  // Han characters carry roughly a word each; Latin letters about a fifth of a word.
  return han > 0 && han * 5 >= latin ? 'zh' : 'en';
}
