/**
 * Totals and their parts, parts listed first: "$620 million … plus around $30 million …, which adds up to
 * $650 million", "$1.25 billion … and $2.75 billion …, $4 billion in all", "2.25亿美元和13亿美元，合计15.25亿美元".
 *
 * The parts are the like amounts before the total in the same clause. Writers often put a related figure
 * in front of a list ("2.788M GPU-hours: 2,664K, 119K and 5K, which sums to 2,788K"), so a total that
 * equals the sum of any trailing run of the parts is consistent; a finding is made only when none does.
 */
import type { FactBase } from '../../facts/index';
import type { Quantity } from '../../model';
import { add, intersects, scale, type Interval } from '../intervals';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { distributionOf, namesParties } from './distributive';
import { hedgedInterval } from './roundedHedge';
import { sameMeasure } from './measures';
import { checkable, intervalOf, sameDimension, sumOf } from './operands';
import type { Certainty, RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { partsUncertain } from './uncertainParts';
import { openTotalAboveParts } from './openTotal';
import { itemWithoutFigure, summedElsewhere } from './unwrittenParts';
import { gapBetween, textAfter, type SentenceView } from './view';

// Bare "total" is left out on purpose: as an adjective ("total costs were $3B") it names one figure, not a sum.
const STRONG_EN = 'add(?:s|ed)? up to|sum(?:s|med)? (?:up )?to|in all|totals|totall?ed|totall?ing|a total of';
const SOFT_EN = 'combined|together|altogether|all told|in total|in aggregate|between them';
/** Between the last part and the total: "…, which adds up to", "…; together they come to". */
const CUE_BEFORE_EN = new RegExp(
  `^[^;]*?\\b(?:(${STRONG_EN})|(${SOFT_EN}))\\b[\\w\\s,'’-]{0,30}?(?:\\b(?:to|is|are|was|were|of|at|make|makes|reach(?:es|ed)?))?\\s*:?\\s*(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
const CUE_BEFORE_ZH = new RegExp(
  `(?:(合计|总计|共计|一共|总共|加起来|加在一起|加总|两者相加|三者相加)|(综合[^，。]{0,10}来看|累计|共))(?:为|是|达|达到|约|共|有|了)*\\s*(?:${HEDGE_ZH})?\\s*$`,
);
/** After the total: "$4 billion in all", "$11 billion in total". */
// What the total measures may come between it and the cue: "$16.25 billion of new money in total".
const CUE_AFTER_EN = new RegExp(`^\\s*(?:of\\s+(?:[a-z-]+\\s+){1,3}?)?(?:(in all|all told)|(in total|combined|altogether|in aggregate|between them))\\b`, 'i');
const CUE_AFTER_ZH = /^\s*(?:(合计|总计|共计)|(左右的总额|的总额|总额))/;
/** Parts joined as a list: separators, "and", "plus", "+", "和", "加上". */
const JOINER = /(?:,|，|、|\band\b|\bplus\b|\+|和|及|以及|加上|与|\bwith\b|on top of)/i;
/**
 * "其余业务合计约31.9亿美元", "all other segments together $3.2 billion": a total of the rest is the whole less
 * the parts listed, never their sum.
 */
const REST = /其余|其他|剩余|剩下|余下|\b(?:the rest|all other|everything else|remaining|other (?:segments?|business(?:es)?|units?|lines?|divisions?|products?|customers?|regions?))\b/i;
/** Parts multiplied by an unstated count cannot be summed: "50,000 each", "各5万块". */
const EACH = /^\s*(?:each|apiece|per|a piece|every|各|每)/i;

interface Cue {
  certainty: Certainty;
}

/** "in all," right after a figure, set off by its comma ("500,000 in all, with …"): the figure before closes the sum. */
const CLOSED_BEFORE_EN = /^\s*(?:in all|all told|in total)\s*,/i;

function cueBetween(gap: string): Cue | undefined {
  // "…, 500,000 in all, with CoreWeave next at 40,000": a cue right after the figure before the gap closes
  // that figure's sum; the figure after it is told beside the total, not as its sum.
  if (gap.length > 120 || CLOSED_BEFORE_EN.test(gap)) return undefined;
  const en = CUE_BEFORE_EN.exec(gap);
  if (en) return { certainty: en[1] ? 'explicit' : 'probable' };
  const zh = CUE_BEFORE_ZH.exec(gap);
  if (zh && gap.length <= 40) return { certainty: zh[1] ? 'explicit' : 'probable' };
  return undefined;
}

function cueAfter(view: SentenceView, total: Quantity, lastPart: Quantity): Cue | undefined {
  const after = textAfter(view, total, 40);
  const m = CUE_AFTER_EN.exec(after) ?? CUE_AFTER_ZH.exec(after);
  if (!m) return undefined;
  const gap = gapBetween(view, lastPart, total);
  // The total follows its parts closely: "…, $4 billion in all", "…: $11 billion in all".
  if (gap.length > 32 || /\d{5,}/.test(gap)) return undefined;
  return { certainty: m[1] ? 'explicit' : 'probable' };
}

/**
 * "Summing A, B and C gives T", "Add $1 billion and $2 billion and you get $3 billion": a summing verb before
 * the list (no figure between it and the first part) and a verb of result between the last part and T.
 */
const SUMMING_BEFORE_EN = /\b(?:sum(?:ming)?|add(?:ing)?)\b(?:\s+(?:up|together))?[^.;:\d]{0,80}$/i;
/** "A and B make T", "A and B, together make T": the plural verb makes the listed parts the total's. */
const MAKE_GAP_EN = new RegExp(`^\\s*,?\\s*(?:together\\s+)?make\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
const RESULT_GAP_EN = new RegExp(`^[)\\s]*,?\\s*(?:gives?|yields?|comes? to|makes?|(?:and )?you get)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');

function summedCue(view: SentenceView, parts: Quantity[], total: Quantity): Cue | undefined {
  if (view.lang !== 'en') return undefined;
  const gap = gapBetween(view, parts[0], total);
  const run = listed(view, parts);
  // "…, $7.19 billion and $13.51 billion, make $21.7 billion": a list closed by "and" whose verb is "make".
  if (MAKE_GAP_EN.test(gap) && run.length >= 2 && /^\s*,?\s*and\s+$/i.test(gapBetween(view, run[1], run[0]))) return { certainty: 'explicit' };
  if (!RESULT_GAP_EN.test(gap)) return undefined;
  const first = run[run.length - 1];
  return SUMMING_BEFORE_EN.test(view.text.slice(0, first.start - view.span.start).slice(-120)) ? { certainty: 'explicit' } : undefined;
}

interface Parts {
  /** Like amounts before the total, nearest first. */
  parts: Quantity[];
  /** The count word naming the parties when the lone part is one equal share of each (distributive.ts), with its sum cue. */
  parties?: { count: Quantity; cue: Cue };
  /** How many members a count word right before the total names ("三家合计", "the three together"), over listed parts. */
  members?: number;
}

/** Like amounts before `total` in its clause, nearest first; undefined when they cannot be parts. */
function partsBefore(view: SentenceView, index: number, kb: FactBase): Parts | undefined {
  const total = view.quantities[index];
  const parts: Quantity[] = [];
  let parties: Parts['parties'];
  for (let i = index - 1; i >= 0; i--) {
    const q = view.quantities[i];
    const gapToNext = gapBetween(view, q, parts[parts.length - 1] ?? parties?.count ?? total);
    if (/[;；。]/.test(gapToNext)) break;
    // "两家合计约30万块", "the two companies together": the count names who the total is over, no addend.
    const partiesCue = parts.length === 0 && !parties && namesParties(view, q) ? cueBetween(gapBetween(view, q, total)) : undefined;
    if (partiesCue) {
      parties = { count: q, cue: partiesCue };
      continue;
    }
    if (!sameDimension(q, total)) {
      if (q.kind === 'money') break; // another currency: not a list of like parts
      continue;
    }
    // "$900 million at $9.9 billion": the valuation between the rounds is not a part of what they raised.
    if (!sameMeasure(q, total, [view], kb)) continue;
    if (!checkable(q) || q.bound === 'range') return undefined;
    // "A和B各买了约15万块": one share per party. Summed surely only as N × share, N from the count word,
    // and only when no other part is listed with it; otherwise the count of shares is unknown.
    const share = distributionOf(view, q);
    if (share === 'each' || (share === 'respectively' && parts.length === 0)) {
      return parts.length === 0 && parties && !likeAmountBefore(view, i, total) ? { parts: [q], parties } : undefined;
    }
    if (EACH.test(textAfter(view, q, 12))) return undefined;
    parts.push(q);
  }
  return { parts, members: parties?.count.value };
}

/** Whether a like amount comes before the `i`th quantity in its clause. */
function likeAmountBefore(view: SentenceView, i: number, total: Quantity): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const q = view.quantities[j];
    if (/[;；。]/.test(gapBetween(view, q, view.quantities[i]))) return false;
    if (sameDimension(q, total)) return true;
  }
  return false;
}

/**
 * A gap that ends in a word of adding ("…, on top of a", "plus", "加上此前的") joins the part after it to the
 * one before however long the first part's description ("$1.3 billion in June 2023 in a round led by
 * Microsoft itself, on top of a $225 million first round").
 */
const ADDING_END = /(?:\bplus|\bon top of|加上|连同)\s*(?:an?|the|its|their|此前的?|之前的?)?\s*$/i;

/** The trailing run of parts that read as one list (joined by commas, "and", "plus"…). */
function listed(view: SentenceView, parts: Quantity[]): Quantity[] {
  const run = parts.slice(0, 1);
  for (let i = 1; i < parts.length; i++) {
    const gap = gapBetween(view, parts[i], parts[i - 1]);
    if (gap.length > (ADDING_END.test(gap) ? 90 : 60) || /[:：]/.test(gap) || !JOINER.test(gap)) break;
    run.push(parts[i]);
  }
  return run;
}

/**
 * "A、B、C三项合计X", "A, B and C, the three together worth X": a whole number right before the cue that
 * equals how many parts were listed counts them; it is not their total (the total, if any, follows).
 */
function countsTheParts(total: Quantity, run: Quantity[]): boolean {
  return total.kind !== 'money' && Number.isInteger(total.value) && total.value === run.length;
}

/** Any sum cue at all: sentences without one are skipped before the per-number work. */
const ANY_CUE = /add|sum|\bmake\b|total|combined|together|all told|in all|aggregate|between them|合计|总计|共计|一共|总共|加起来|加在一起|加总|相加|综合|累计|共/i;

export const sums: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  if (!ANY_CUE.test(view.text)) return out;
  view.quantities.forEach((total, index) => {
    if (!checkable(total) || !(total.kind === 'money' || total.kind === 'count' || total.kind === 'number')) return;
    if (total.kind === 'money' && total.per) return;
    // "三家合计7.5万块", "the next four combined": the count names who the sum is over; it is never the sum.
    if (namesParties(view, total)) return;
    const found = partsBefore(view, index, ctx.kb);
    if (!found) return;
    const { parts, parties, members } = found;
    if (parties) {
      out.push(sharesOutcome(view, total, parts[0], parties.count.value, parties.cue.certainty));
      return;
    }
    if (parts.length < 2) return;
    const cue = cueBetween(gapBetween(view, parts[0], total)) ?? cueAfter(view, total, parts[0]) ?? summedCue(view, parts, total);
    if (!cue || REST.test(gapBetween(view, parts[0], total))) return;
    const run = listed(view, parts);
    if (run.length < 2) return;
    if (countsTheParts(total, run)) return;
    // Any trailing run of two or more parts that adds up explains the total.
    for (let n = 2; n <= parts.length; n++) {
      const suffix = parts.slice(0, n).reverse();
      // The total as the writer's precision allows (roundedHedge.ts): "about $16.25 billion" is no sum of 15.25.
      if (intersects(sumOf(suffix), hedgedInterval(total))) {
        out.push(outcome(view, total, suffix, cue.certainty));
        return;
      }
    }
    // Parts the sentence does not all write, a table's ("our table sums to") or an item's without a
    // figure ("for Oracle, IBM's $20B and SAP's $15B"): the figures written are no test (unwrittenParts.ts).
    if (summedElsewhere(gapBetween(view, parts[0], total)) || itemWithoutFigure(view, run[run.length - 1], ctx.kb)) return;
    // Parts of mixed measures, or some of them adding up: uncertain, so no finding (uncertainParts.ts).
    if (partsUncertain(view, total, parts, ctx.kb)) return;
    // "A、B、C三家合计X", "the two leaders together X": the sum is over the members the count names, so the
    // listed parts must be exactly that many; more or fewer, and which of them it is over is not written.
    if (members !== undefined && members !== run.length) return;
    // A running total (累计, "to date") above parts not said to be all of it: an unlisted part explains it (openTotal.ts).
    if (openTotalAboveParts(view, total, parts[0], parts)) return;
    out.push(outcome(view, total, run.slice().reverse(), cue.certainty));
  });
  return out;
};

/**
 * A total written more finely than a part was computed from that part as written: "$10 billion … plus
 * $5.25 billion …, $16.25 billion in all" can only come from 10 + 5.25, so the round part is read at the
 * total's last written place, not as anything in [9.5, 10.5]. Hedged or bounded parts keep their interval.
 */
function partsAsSummed(total: Quantity): (parts: readonly Quantity[]) => Interval {
  const half = (total.style.scale * 10 ** -total.style.decimals) / 2;
  return (parts) =>
    parts.reduce<Interval>((acc, q) => {
      const own = intervalOf(q);
      const narrowed = q.bound === 'exact' && q.style.numerals === 'arabic' && q.currency === total.currency ? { low: Math.max(own.low ?? -Infinity, q.value - half), high: Math.min(own.high ?? Infinity, q.value + half) } : own;
      return add(acc, narrowed.low! <= narrowed.high! ? narrowed : own);
    }, { low: 0, high: 0 });
}

/** N equal shares: "两家合计" over "各买了约15万块" is 2 × 15万块. */
export function sharesOutcome(view: SentenceView, total: Quantity, share: Quantity, parties: number, certainty: Certainty): RelationOutcome {
  const sum = partsAsSummed(total);
  const times = (parts: readonly Quantity[]) => scale(sum(parts), parties);
  return {
    check: 'arith.sum',
    result: total,
    operands: [share],
    computed: times([share]),
    recompute: times,
    formula: `${parties} × ${share.text}`,
    certainty,
    lang: view.lang,
  };
}

function outcome(view: SentenceView, total: Quantity, parts: Quantity[], certainty: Certainty): RelationOutcome {
  const sum = partsAsSummed(total);
  return {
    check: 'arith.sum',
    result: total,
    operands: parts,
    computed: sum(parts),
    recompute: sum,
    formula: parts.map((q) => q.text).join(' + '),
    certainty,
    lang: view.lang,
    partsListed: true,
  };
}
