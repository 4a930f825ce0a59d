/**
 * Tells Chinese from English prose. A sentence is Chinese when Han characters make up a fair share of
 * its letters: drafts mix scripts freely ("OpenAI的年化收入"), and a few Latin names do not make a
 * Chinese sentence English.
 */
import type { Lang } from '../model';

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;

export function detectLang(text: string): Lang {
  let han = 0;
  let latin = 0;
  for (const ch of text) {
    if (HAN.test(ch)) han++;
    else if (LATIN.test(ch)) latin++;
  }
  // Han characters carry roughly a word each; Latin letters about a fifth of a word.
  return han > 0 && han * 5 >= latin ? 'zh' : 'en';
}
