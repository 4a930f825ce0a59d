/**
 * The stake a funding round buys: raised ÷ post-money valuation (or raised ÷ (raised + pre-money)).
 * "$40 billion at $300 billion, meaning new money bought about 20% of the company", "a $2 billion seed at
 * $12 billion, so the seed investors own a quarter", "以3000亿美元估值融资400亿美元，新投资人获得约13%的股份".
 * When the draft does not say post- or pre-money, either reading is accepted.
 */
import type { Quantity } from '../../model';
import { add, div, hull, scale, type Interval } from '../intervals';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable, intervalOf, isPlainMoney } from './operands';
import type { Certainty, RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { namesNewMoney, restatedRaise, shareOfValue } from './newMoneyShare';
import { gapBetween, textAfter, textBefore, type SentenceView } from './view';

/** "$40 billion at $300 billion", "a $2 billion seed at $12 billion", "$6.6B at a $157B valuation". */
const RAISE_AT_EN = new RegExp(`^\\s*(?:[\\w-]+\\s+){0,2}?(?:at|at a|at an|valuing (?:it|the company) at|on a)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
/** "以3000亿美元估值融资400亿美元". */
const AT_RAISE_ZH = new RegExp(`^\\s*的?(?:投后|投前)?估值(?:完成)?(?:融资|募资|筹集|筹资)了?\\s*(?:${HEDGE_ZH})?\\s*$`);
/** "融资400亿美元，投后估值3000亿美元", "投资4亿美元，对应估值约30亿美元", "5亿美元C轮融资，投后估值43亿美元". */
const RAISE_VALUED_ZH = new RegExp(`^\\s*(?:的?(?:[A-Z]\\+?\\d?|Pre-[A-Z]|天使|种子)轮)?(?:融资|投资)?\\s*[，,]?\\s*(?:对应)?(?:投后|投前)?估值(?:为|达|达到|约)?\\s*(?:${HEDGE_ZH})?\\s*$`);
/** "E轮35亿美元，按615亿美元的投后估值算": the raise, then 按 or 以 and the valuation named right after it. */
const RAISE_BY_VALUE_ZH = /^\s*[，,]\s*(?:按|以)\s*$/;
const NAMED_VALUE_AFTER_ZH = /^\s*的?(?:投后|投前)?估值/;
const STAKE_AFTER = /^\s*(?:of (?:the company|a company|the startup|a startup|itself|the business|the startup|the firm|the group|its (?:equity|shares)|equity)\b|stake\b)|^\s*的?(?:股份|股权|股比)/i;
const STAKE_BEFORE = new RegExp(`\\b(?:own|owns|owned|bought|buys|buy|acquired?|gets?|got|sold|took|takes|holds?)\\s+(?:it\\s+|them\\s+|${HEDGE_EN}\\s+)*$|(?:获得|拿到|占股|持股|占)(?:了)?(?:${HEDGE_ZH})?\\s*$`, 'i');
const CONSEQUENCE = /\b(?:meaning|means|so|i\.e\.|which means|that is|implying)\b|意味着|也就是|即|因此|所以/i;

interface Round {
  raised: Quantity;
  valuation: Quantity;
  basis: 'post' | 'pre' | 'unknown';
}

function basisNear(text: string): Round['basis'] {
  if (/post-money|post money|投后/i.test(text)) return 'post';
  if (/pre-money|pre money|投前/i.test(text)) return 'pre';
  return 'unknown';
}

function roundsIn(view: SentenceView): Round[] {
  const qs = view.quantities;
  const out: Round[] = [];
  for (let i = 0; i + 1 < qs.length; i++) {
    const [x, y] = [qs[i], qs[i + 1]];
    if (!isPlainMoney(x) || !isPlainMoney(y) || x.currency !== y.currency || !checkable(x) || !checkable(y)) continue;
    const gap = gapBetween(view, x, y);
    const around = gap + textAfter(view, y, 24);
    // A "valuation" below the money raised is a price per share ("$5 billion at $23.28"), not the company's value.
    const byValue = RAISE_BY_VALUE_ZH.test(gap) && NAMED_VALUE_AFTER_ZH.test(textAfter(view, y, 8));
    if ((RAISE_AT_EN.test(gap) || RAISE_VALUED_ZH.test(gap) || byValue) && y.value >= x.value) out.push({ raised: x, valuation: y, basis: basisNear(around) });
    else if (AT_RAISE_ZH.test(gap) && /以\s*$/.test(textBefore(view, x, 4)) && x.value >= y.value) out.push({ raised: y, valuation: x, basis: basisNear(gap) });
  }
  return out;
}

/** The stake `round.raised` buys; `whole` is the full round when `round.raised` is only part of it. */
function stakeInterval(round: Round, whole: Quantity = round.raised): Interval {
  const raised = intervalOf(round.raised);
  const post = div(raised, intervalOf(round.valuation));
  const pre = div(raised, add(intervalOf(whole), intervalOf(round.valuation)));
  if (round.basis === 'post') return post;
  if (round.basis === 'pre') return pre;
  return hull(post, pre);
}

/** "SoftBank's own share, up to $30 billion, buys it 15% of the company": part of the round buys part of the stake. */
const PART_BUYS = new RegExp(`^[^;。；]{0,30}?\\b(?:buys?|bought|gets?|got|earns?)\\s+(?:it\\s+|them\\s+|him\\s+|her\\s+)?(?:${HEDGE_EN}\\s+)?$|^[^;。；]{0,20}?(?:换得|换来|买下|获得|拿到)了?(?:${HEDGE_ZH})?$`, 'i');

/**
 * The round's money named back at by a pointer, with no figure of its own, then its share of the valuation:
 * "这笔钱约占估值的两成", "the new money bought about 8% of the company". Only the valuation the previous
 * sentence gave the round can be "the valuation" here.
 */
const POINTER_TO_RAISE = new RegExp(
  `^\\s*(?:(?:so|and|put differently|put another way|in other words|that is),?\\s+)?(?:(?:this|that|the(?:\\s+new)?)\\s+(?:money|cash|investment|round|raise)\\s+(?:alone\\s+)?(?:bought|buys|got|gets|is|was|represents|equals)\\s+(?:it\\s+)?(?:${HEDGE_EN}\\s+)?|(?:(?:按此|据此)(?:计算|算)?[，,]\\s*)?(?:这笔钱|这笔投资|这笔融资|这轮融资|这些钱|本轮新股|本轮新钱|新钱)(?:约|大约|大概)?(?:占|相当于)(?:公司|(?:投后)?估值)的\\s*(?:${HEDGE_ZH})?)$`,
  'i',
);
/** "of the company", "of the post-money value": what the pointed-back money's share is of (never a pre-money base). */
const OF_COMPANY_EN = /^\s*(?:of (?:the company|a company|the startup|a startup|itself|the business)\b|of (?:the )?(?:post-money )?(?:value|valuation)\b|of (?:the )?post-money\b)/i;

function pointedRaise(view: SentenceView, round: Round): RelationOutcome[] {
  const p = view.quantities[0];
  if (!p || view.quantities.length !== 1 || (p.kind !== 'percent' && p.kind !== 'ratio') || !checkable(p)) return [];
  const before = view.text.slice(0, p.start - view.span.start);
  if (!POINTER_TO_RAISE.test(before)) return [];
  if (view.lang === 'en' && !OF_COMPANY_EN.test(textAfter(view, p, 24))) return [];
  const share = stakeInterval(round);
  return [{
    check: 'arith.ratio',
    result: p,
    operands: [round.raised, round.valuation],
    computed: p.kind === 'percent' ? scale(share, 100) : share,
    formula: round.basis === 'pre' ? `${round.raised.text} ÷ (${round.raised.text} + ${round.valuation.text})` : `${round.raised.text} ÷ ${round.valuation.text}`,
    certainty: 'probable',
    lang: view.lang,
    noFix: true,
  }];
}

/** A part of the round stated in the sentence after it (same paragraph): its stake is part ÷ valuation. */
function partOfRound(view: SentenceView, previous: SentenceView | undefined, earlier: readonly SentenceView[]): RelationOutcome[] {
  if (!previous || roundsIn(view).length > 0) return [];
  const rounds = roundsIn(previous);
  if (rounds.length === 0) return restatedRound(view, earlier);
  if (rounds.length !== 1) return [];
  const round = rounds[0];
  const money = view.quantities.filter(isPlainMoney);
  if (money.length === 0) return pointedRaise(view, round);
  if (money.length !== 1) return [];
  const part = money[0];
  if (part.currency !== round.raised.currency || !checkable(part) || part.value > round.raised.value) return [];
  const out: RelationOutcome[] = [];
  for (const p of view.quantities) {
    if (p.start < part.end || (p.kind !== 'percent' && p.kind !== 'ratio') || !checkable(p)) continue;
    if (!STAKE_AFTER.test(textAfter(view, p, 24)) || !PART_BUYS.test(gapBetween(view, part, p).replace(/\s*(?:a|an)\s*$/i, ' '))) continue;
    const share = stakeInterval({ ...round, raised: part }, round.raised);
    out.push({
      check: 'arith.ratio',
      result: p,
      operands: [part, round.valuation],
      computed: p.kind === 'percent' ? scale(share, 100) : share,
      formula: round.basis === 'pre' ? `${part.text} ÷ (${round.raised.text} + ${round.valuation.text})` : `${part.text} ÷ ${round.valuation.text}`,
      certainty: 'probable',
      lang: view.lang,
      noFix: true,
    });
  }
  return out;
}

/**
 * "这轮5亿美元约占投后估值的20%": the sentence's one amount is the raise of exactly one round an earlier
 * sentence of the paragraph wrote (newMoneyShare.ts), and the share follows it.
 */
function restatedRound(view: SentenceView, earlier: readonly SentenceView[]): RelationOutcome[] {
  const money = view.quantities.filter(isPlainMoney);
  if (money.length !== 1 || !checkable(money[0])) return [];
  const round = restatedRaise(money[0], earlier.flatMap(roundsIn));
  if (!round) return [];
  const out: RelationOutcome[] = [];
  for (const p of view.quantities) {
    if (p.start < money[0].end || (p.kind !== 'percent' && p.kind !== 'ratio') || !checkable(p)) continue;
    if (!shareOfValue(view, p) && !(STAKE_AFTER.test(textAfter(view, p, 24)) && STAKE_BEFORE.test(textBefore(view, p, 24)))) continue;
    out.push(stakeOutcome(view, p, round, 'probable', true));
  }
  return out;
}

function stakeOutcome(view: SentenceView, p: Quantity, round: Round, certainty: Certainty, noFix: boolean): RelationOutcome {
  const share = stakeInterval(round);
  return {
    check: 'arith.ratio',
    result: p,
    operands: [round.raised, round.valuation],
    computed: p.kind === 'percent' ? scale(share, 100) : share,
    formula: round.basis === 'pre' ? `${round.raised.text} ÷ (${round.raised.text} + ${round.valuation.text})` : `${round.raised.text} ÷ ${round.valuation.text}`,
    certainty,
    lang: view.lang,
    noFix,
  };
}

/** A figure the stake words tie to the round before it, or a share of the value its clause gives the new money. */
function isStake(view: SentenceView, p: Quantity, between: string): boolean {
  if (STAKE_AFTER.test(textAfter(view, p, 24)) || STAKE_BEFORE.test(textBefore(view, p, 24))) return true;
  return shareOfValue(view, p) && namesNewMoney(between);
}

export const stakes: RelationDetector = (view, ctx) => {
  const rounds = roundsIn(view);
  if (rounds.length === 0) return partOfRound(view, ctx.previous, ctx.earlier ?? []);
  // Two rounds: only a share after the last one whose clause names the new money is that round's (newMoneyShare.ts).
  const round = rounds[rounds.length - 1];
  const out: RelationOutcome[] = [];
  for (const p of view.quantities) {
    if (p.start < round.valuation.end || p.start < round.raised.end) continue;
    if ((p.kind !== 'percent' && p.kind !== 'ratio') || !checkable(p)) continue;
    const between = view.text.slice(Math.max(round.raised.end, round.valuation.end) - view.span.start, p.start - view.span.start);
    if (rounds.length > 1 ? !(shareOfValue(view, p) && namesNewMoney(between)) : !isStake(view, p, between)) continue;
    const certainty: Certainty = CONSEQUENCE.test(between) ? 'explicit' : 'probable';
    out.push(stakeOutcome(view, p, round, certainty, round.basis === 'unknown'));
  }
  return out;
};
