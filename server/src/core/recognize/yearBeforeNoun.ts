/**
 * A year written before a counted noun modifies the noun; it is no count: "Baidu's 2023 H100 purchases",
 * "in 2023 GPU shipments doubled", "its 2024 GPU orders". Read as a count ("2023 H100s") it took the
 * sentence's measure and period for itself and left the real figure ("at 30,000") without either.
 *
 * Only bare four digits (no thousands separator, no decimals or scale) from 1990 to 2039, and only when a
 * possessive ("Baidu's", its, their) or an English word of time (in, since, fiscal) stands right before them:
 * "2,023 H100s" and "Meta bought 2000 H100s" stay counts.
 */
const POSSESSIVE_BEFORE = /(?:[A-Za-z0-9]['’]s?|\b(?:its|their|our|his|her))\s*$/i;
/** English words of time only: "of 2000 GPUs" and 不少于2000家 are counts. */
const TIME_WORD_BEFORE = /\b(?:in|during|since|until|throughout|fiscal|FY|CY)\s*$/i;

export function yearBeforeNoun(text: string, start: number, written: string): boolean {
  if (!/^(?:199\d|20[0-3]\d)$/.test(written)) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  return POSSESSIVE_BEFORE.test(before) || TIME_WORD_BEFORE.test(before);
}
