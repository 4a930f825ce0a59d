/**
 * A price written without its denominator is read per the price list's usual one ("$5" for "$5 per
 * million input tokens": factMatch.perFits). That reading is unsafe when the same sentence prices
 * another figure per a different amount of that unit ("input costs $0.03 per thousand tokens; the output
 * price is $0.06"), or writes such a denominator anywhere ("$0.03 for input and $0.06 for output per
 * thousand tokens"): the bare price may well be per thousand too. So is a price followed by an amount
 * with no unit ("($0.01 per thousand)"), which the recogniser cannot read as a denominator. Such a price
 * is not judged at all, rather than called a thousandfold slip or a contradiction; nor is a bare price
 * that is a per-million price on record read per thousand (perThousandReading).
 */
import type { Claim, Fact, Quantity } from '../../model';
import type { FactBase } from '../../facts/index';
import { factsAbout } from './factLookup';
import { meetsFigure } from './factMatch';
import { keepsWrittenDigits } from './writtenDigits';
import { quantityInterval } from '../intervals';

/** `sentenceQuantities`: the figures of `sentenceText` (JudgeContext.sentenceQuantities). */
export function denominatorUnsure(claim: Claim, kb: FactBase, sentenceText: string | undefined, sentenceQuantities: readonly Quantity[] = []): boolean {
  const q = claim.quantity;
  if (q.kind !== 'money' || q.per || !claim.entity || !claim.metric || sentenceText === undefined) return false;
  const ofMetric = factsAbout(kb, claim.entity.value, claim.metric.value);
  const listed = ofMetric.flatMap((f) => (f.per && f.per.amount !== 1 ? [f.per] : []));
  if (listed.length === 0) return false;
  if (perThousandReading(claim, ofMetric)) return true;
  const singular = (unit: string) => unit.toLowerCase().replace(/s$/, '');
  const pricedOtherwise = sentenceQuantities.some(
    (o) => o.kind === 'money' && o.per !== undefined && listed.some((p) => singular(p.unit) === singular(o.per!.unit) && p.amount !== o.per!.amount),
  );
  const bare = bareDenominatorAfter(sentenceText, q.text);
  return pricedOtherwise || listed.some((p) => (bare !== undefined && bare !== p.amount) || denominatorsWritten(sentenceText, singular(p.unit)).some((amount) => amount !== p.amount));
}

/**
 * Price lists have quoted tokens per thousand as often as per million: a bare price whose digits are a
 * per-million price of its product on record moved by three places ("$0.03" for $30 per million) is that
 * price per thousand, the other convention, not a thousandfold slip.
 */
function perThousandReading(claim: Claim, facts: readonly Fact[]): boolean {
  return facts.some((f) => f.per?.amount === 1e6 && meetsFigure(quantityInterval(claim.quantity), f, 1000) && keepsWrittenDigits(claim, f, 1000));
}

/** "($0.01 per thousand)", "$0.01/1K": an amount with no unit word after it (the unit is the sentence's). */
const BARE_AMOUNT_AFTER = /^\s*(?:per|\/|for\s+every|every)\s*(?:(1|one|a)\s*)?(thousand|million|k|m)(?![A-Za-z])(?!\s*(?:[A-Za-z]+\s+)?(?:tokens?|words?|characters?))/i;

/**
 * The amount of a denominator written right after the figure without its unit: the recogniser reads
 * no `per` from it, yet it is the figure's own ("$10 per million input tokens ($0.01 per thousand)").
 */
function bareDenominatorAfter(sentence: string, figure: string): number | undefined {
  const at = sentence.indexOf(figure);
  const m = at < 0 ? null : BARE_AMOUNT_AFTER.exec(sentence.slice(at + figure.length, at + figure.length + 30));
  return m ? AMOUNT_WORDS[m[2].toLowerCase()] : undefined;
}

/** Amount words of a denominator: "per thousand tokens", "/1K tokens", 每千token, 每1000个token (a classifier may stand before the unit). */
const AMOUNT_WORDS: Record<string, number> = { thousand: 1e3, k: 1e3, 千: 1e3, million: 1e6, m: 1e6, 百万: 1e6 };

/**
 * The amounts of the denominators of `unit` written anywhere in the sentence, attached to a figure or
 * not ("$0.03 for input and $0.06 for output per thousand tokens").
 */
function denominatorsWritten(sentence: string, unit: string): number[] {
  const phrase = new RegExp(
    String.raw`(?:(?<![A-Za-z])(?:per|every|each)\s+|\/\s*|每\s*)(?:(\d[\d,]*(?:\.\d+)?)\s*)?(thousand|million|k|m|千|百万)?\s*(?:个\s*)?(?:[A-Za-z]+\s+)??${unit}s?(?![A-Za-z])`,
    'gi',
  );
  const amounts: number[] = [];
  for (const m of sentence.matchAll(phrase)) {
    const digits = m[1] === undefined ? 1 : Number(m[1].replace(/,/g, ''));
    const scale = m[2] === undefined ? 1 : AMOUNT_WORDS[m[2].toLowerCase()] ?? 1;
    if (m[1] !== undefined || m[2] !== undefined) amounts.push(digits * scale);
  }
  return amounts;
}
