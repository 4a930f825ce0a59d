/**
 * The share of a company a round's new money is, in the words writers use for it beside the stake words of
 * stakes.ts: "put new money at 20% of the valuation", "the new money is 15% of post-money", "新钱占投后估值的
 * 15%", "本轮新股约占公司的15%", "这轮5亿美元约占投后估值的20%". The share is of the company or of its
 * (post-money) value, never of a pre-money value or another measure ("占其收入的", "of revenue").
 *
 * Two readings need more than the share's words, so each asks for what makes its operands certain:
 * - after two rounds in one sentence ("以A估值融资B，以C估值融资D，新钱占投后估值的15%") the share is the
 *   last round's only when its clause names the new money (新钱, "new money", 本轮) and follows that round;
 * - a sentence that restates a round's raise ("这轮5亿美元约占…") takes the round of an earlier sentence of
 *   the paragraph whose raise is that very amount, when exactly one is.
 */
import type { Quantity } from '../../model';
import { HEDGE_ZH } from './cues';
import { textAfter, textBefore, type SentenceView } from './view';

/** "of the valuation", "of post-money", "of the post-money value": a share of the whole company's value. */
const OF_VALUE_EN = /^\s*of\s+(?:the\s+|its\s+)?(?:post-money(?:\s+(?:value|valuation))?|valuation|value)\b/i;
/** "占投后估值的", "占公司的", "约占其估值的": a share of the company or its value, right before the figure. */
const OF_VALUE_ZH = new RegExp(`(?:占|相当于)(?:了)?(?:其|公司)?(?:本轮)?(?:投后)?(?:估值|公司|股份)的\\s*(?:${HEDGE_ZH})?\\s*$`);

/** The new money as the clause's subject: "new money", "new investors", 新钱, 新投资人, 本轮, 新股. */
const NEW_MONEY = /\bnew (?:money|investors|cash|shares)\b|\bthe round\b|新钱|新资金|新投资人|新投资者|本轮|这轮|新股/i;

/** The figure is the share of the company or its value that some money is ("… 20% of the valuation", "占投后估值的20%"). */
export function shareOfValue(view: SentenceView, p: Quantity): boolean {
  if (view.lang === 'zh') return OF_VALUE_ZH.test(textBefore(view, p, 16));
  return OF_VALUE_EN.test(textAfter(view, p, 32));
}

/** The clause before the figure names the new money ("put new money at", "新钱占"). */
export function namesNewMoney(between: string): boolean {
  const clause = between.split(/[;；。]|,\s*(?=and\b)/).pop() ?? between;
  return NEW_MONEY.test(clause);
}


interface RaisedIn {
  raised: Quantity;
}

/**
 * The one round among `rounds` (gathered from earlier sentences of the paragraph) whose raise is `money`
 * written again: same currency and same value. None, or two, and nothing is read.
 */
export function restatedRaise<R extends RaisedIn>(money: Quantity, rounds: readonly R[]): R | undefined {
  const same = rounds.filter((r) => r.raised.currency === money.currency && r.raised.value === money.value);
  return same.length === 1 ? same[0] : undefined;
}
