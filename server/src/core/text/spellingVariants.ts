/**
 * The English spellings of one fixed phrase (a metric trigger): British and American endings and the
 * three ways of writing a compound. "data center" is also "data centre", "data-center", "data-centre",
 * "datacenter" and "datacentre"; "annualized" is also "annualised". Writers use any of them for the same
 * words, so a trigger listed in one spelling must be found in all: the word lists in data/ stay one
 * spelling each, and the variants are made here, once, when the knowledge is loaded.
 *
 * Only changes that keep the word are made: -tre/-ter after t or b (centre, fibre, metre, litre,
 * theatre), -ise/-ize in a longer word (annualise, monetise, capitalisation, but not rise or size), and a
 * space or a hyphen between two words of Latin letters, or nothing when both have three letters or more
 * ("datacenter", "topline"; not "putin" for "put in"). A variant that is no English word only never
 * matches. -our/-or is left out: "for" is not "four". Text with other letters (Chinese) is returned as it is.
 */

/** Words of two or more parts this many at the most have their separators varied (3^(n-1) spellings). */
const MAX_COMPOUND_WORDS = 3;
/** Two words are written joined only when both are this long: "put in" is not "putin", "bet on" not "beton". */
const MIN_JOINED_LETTERS = 3;

/** "centre"/"center", "fibres"/"fibers": -re and -er after t or b, at least two letters before. */
const TRE_TER = /^([a-z]{2,}[tb])(re|er)(s?)$/i;
/** "annualised"/"annualized", "capitalisation": -is-/-iz- before a verb or noun ending, three letters before. */
const ISE_IZE = /^([a-z]{3,}i)([sz])(e|ed|es|ing|ation|ations|er|ers)$/i;

/** The spellings of one word (itself first). */
function wordSpellings(word: string): string[] {
  const out = [word];
  const tre = TRE_TER.exec(word);
  if (tre) out.push(tre[1] + swapCase(tre[2], tre[2].toLowerCase() === 're' ? 'er' : 're') + tre[3]);
  const ise = ISE_IZE.exec(word);
  if (ise) out.push(ise[1] + swapCase(ise[2], ise[2].toLowerCase() === 's' ? 'z' : 's') + ise[3]);
  return out;
}

/** `to` written in the case of `like` ("RE" → "ER"). */
function swapCase(like: string, to: string): string {
  return like === like.toUpperCase() ? to.toUpperCase() : to;
}

/** Latin words, and what stands between them (one space or hyphen); anything else keeps the phrase as written. */
const LATIN_PHRASE = /^[A-Za-z]+(?:[ -][A-Za-z]+)*$/;

/** Every spelling of `phrase`, the phrase itself first, without repeats. */
export function spellingVariants(phrase: string): string[] {
  if (!LATIN_PHRASE.test(phrase)) return [phrase];
  const words = phrase.split(/[ -]/);
  const separators = [...phrase.matchAll(/[ -]/g)].map((m) => m[0]);
  let spellings: string[] = wordSpellings(words[0]);
  for (let i = 1; i < words.length; i++) {
    const joinable = words[i - 1].length >= MIN_JOINED_LETTERS && words[i].length >= MIN_JOINED_LETTERS;
    const joins = words.length <= MAX_COMPOUND_WORDS ? unique([separators[i - 1], ' ', '-', ...(joinable ? [''] : [])]) : [separators[i - 1]];
    const next = wordSpellings(words[i]);
    spellings = spellings.flatMap((s) => joins.flatMap((j) => next.map((w) => s + j + w)));
  }
  return unique([phrase, ...spellings]);
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
