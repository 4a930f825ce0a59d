/**
 * "The two together" totals across a sentence break: "A is valued at $80 billion and B at $33 billion.
 * Together the two come to $113 billion.", "甲估值80亿元，乙估值33亿元。两家合计113亿元。"
 *
 * The pair words ("the two", "both", "两家", "二者") and the total word must open the sentence, before any
 * amount, so the total can only add up amounts of the sentence right before (same paragraph), or of the
 * nearest earlier ones when that sentence holds a single like amount (partsBefore). That
 * sentence may hold more than two like amounts ("…, i.e. $45 billion less $12 billion of debt"): every
 * pair is read, and a total that some pair gives is consistent (index.ts: a reading that explains a
 * number protects it). Only a total no pair gives is reported, as probable (warning at most).
 *
 * A group named by its size and a pointer ("Those four years alone sum to $95 billion.", "这四年加起来约950亿美元",
 * "the three rounds together raised…") adds up the amounts of the sentence right before only when that
 * sentence holds exactly that many like amounts, or ends with a list of that many opened by a colon or 其中
 * (a total broken down: "…$115 billion through 2029: $8 billion this year, …"): the number the writer gave
 * says which amounts are meant, so their sum is the one reading (probable, no fix). Otherwise nothing.
 * Two amounts bound to different measures (a valuation and a raise) are never read as a pair (measures.ts).
 * Nor is an amount under 2% of its partner ("worth $11.9 billion and came with $35 million of equity"): a
 * by-product, not one of "the two" a writer totals (adding it changes nothing at the total's precision).
 * A group may name its members by their years instead ("仅2027和2028两年合计就约900亿美元", "2027 and 2028
 * alone add up to $80 billion"): the parts are the sentence before's like amounts the binder dated at
 * those calendar years, exactly one each (yearsTotal).
 */
import type { Quantity } from '../../model';
import type { FactBase } from '../../facts/index';
import { add, intersects, relativeGap } from '../intervals';
import { sameMeasure } from './measures';
import { checkable, intervalOf, sameDimension, sumOf } from './operands';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import type { RelationOutcome } from './outcome';
import { sentenceBefore, type RelationDetector } from './relation';
import { distributedTotal } from './distributedTotal';
import { bound } from './periodPair';
import { claimOf, gapBetween, isDuration, type SentenceView } from './view';

const PAIR_TOTAL_EN =
  /\b(?:together|combined|between them),?\s+(?:the two|both)\b|\b(?:the two|both)\s+(?:[a-z]+\s+)?(?:together|combined)\b|\bthe two\s+(?:[a-z]+\s+)?(?:add up to|come to|came to|total(?:led)?|sum to|brought in|raised)\b/i;
const PAIR_TOTAL_ZH = /(?:两家|两者|二者|两项|两笔|两轮|两个(?:季度|财季|月|年度|财年))(?:公司|企业|合计)?(?:合计|加起来|加在一起|共计|总共|一共)/;
/** More like amounts than this in the sentence before: too many pairs to say which two are meant. */
const MAX_PARTS = 5;

/** "two" … "ten" and 两 … 十: the size a group total names. */
const SIZE_WORDS_EN = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const SIZE_WORDS_ZH = '两二三四五六七八九十';
/**
 * "Those four years alone sum to", "Together, these three rounds raised": a pointer (these, those, the), the
 * size, a plural noun, then a total word. The size is the capture.
 */
const GROUP_TOTAL_EN = new RegExp(
  `^\\s*(?:together,?\\s+|combined,?\\s+|in all,?\\s+)?(?:the|these|those|all)\\s+(${SIZE_WORDS_EN.join('|')}|\\d)\\s+(?:(?:[a-z-]+\\s+){0,2}?[a-z-]+s\\s+)?(?:alone\\s+|together\\s+|combined\\s+|by themselves\\s+)?(?:add up to|come to|came to|total(?:led)?|sum to|summed to|brought in|raised|amount to|amounted to|(?:were|are)\\s+worth)\\s+(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
/** "这四年加起来约", "上述三笔合计", "这三轮一共": a pointer, the size, a measure word, a total word. */
const GROUP_TOTAL_ZH = new RegExp(
  `^\\s*(?:这|这些|上述|以上)?([${SIZE_WORDS_ZH}]|\\d)(?:年|个年度|个财年|个季度|个财季|个月|笔|轮|家|项|个)(?:公司|企业|投资|融资)?(?:合计|加起来|加在一起|共计|总共|一共|累计|总计)(?:为|是|达|达到|有)?\\s*(?:${HEDGE_ZH})?\\s*$`,
);

/** "仅2027和2028两年合计就约", "2027年与2028年加起来": two years, then a total word. */
const YEARS_TOTAL_ZH = new RegExp(
  `^\\s*(?:仅|仅仅|单是|光是|其中)?((?:19|20)\\d{2})年?(?:和|与|、|及)((?:19|20)\\d{2})年?(?:这)?(?:两年|两个年度)?(?:合计|加起来|加在一起|共计|总计|累计)就?(?:为|是|达|达到|有)?\\s*(?:${HEDGE_ZH})?\\s*$`,
);
/** "2027 and 2028 alone add up to", "Together, 2027 and 2028 come to". */
const YEARS_TOTAL_EN = new RegExp(
  `^\\s*(?:(?:together|combined),?\\s+)?((?:19|20)\\d{2})\\s+and\\s+((?:19|20)\\d{2})\\s+(?:alone\\s+)?(?:together\\s+|combined\\s+)?(?:add up to|come to|sum to|total|amount to)\\s+(?:${HEDGE_EN}\\s+)?$`,
  'i',
);

function sizeOf(word: string): number {
  const en = SIZE_WORDS_EN.indexOf(word.toLowerCase());
  if (en >= 0) return en + 2;
  const zh = SIZE_WORDS_ZH.indexOf(word);
  if (zh >= 0) return zh === 0 || zh === 1 ? 2 : zh + 1;
  return Number(word);
}

/** A colon or 其中 opens a list: "…$115 billion through 2029: $8 billion this year, …", "…1150亿美元，其中…". */
const LIST_OPENS = /[:：]|其中/;

/**
 * The group's parts among the like amounts of a sentence: all of them when there are exactly `size`; else
 * the last `size`, when a colon or 其中 opens them as a list after the amounts before (a total they break
 * down: "…cumulative burn of $115 billion through 2029: $8 billion this year, …, $45 billion in 2028").
 */
function enumerated(view: SentenceView, like: Quantity[], size: number): Quantity[] | undefined {
  if (size < 3 || like.length < size) return undefined;
  if (like.length === size) return like;
  const parts = like.slice(-size);
  const opener = gapBetween(view, like[like.length - size - 1], parts[0]);
  const inside = parts.slice(1).some((q, i) => LIST_OPENS.test(gapBetween(view, parts[i], q)) || /[;；]/.test(gapBetween(view, parts[i], q)));
  return LIST_OPENS.test(opener) && !inside ? parts : undefined;
}

/** The total that opens a sentence (no amount before it; the group's size or years are not amounts). */
function openingTotal(view: SentenceView): { total: Quantity; head: string } | undefined {
  // The group's size is read as a number of its own ("three", 三笔): not the total.
  const total = view.quantities.find((q) => !isDuration(q) && !((q.kind === 'count' || q.kind === 'number') && q.value <= 10));
  if (!total || (total.kind !== 'money' && total.kind !== 'count') || !checkable(total)) return undefined;
  return { total, head: view.text.slice(0, total.start - view.span.start).replace(/^[-*+\s]*/, '') };
}

function likeParts(total: Quantity, view: SentenceView, previous: SentenceView, kb: FactBase): Quantity[] {
  return previous.quantities.filter((q) => !isDuration(q) && checkable(q) && sameDimension(q, total) && sameMeasure(q, total, [previous, view], kb));
}

/** A total read as the sum of parts the words picked out: probable, no fix (also tableGroupTotal.ts). */
export function sumOutcome(view: SentenceView, total: Quantity, parts: Quantity[]): RelationOutcome {
  return {
    check: 'arith.sum',
    result: total,
    operands: parts,
    computed: sumOf(parts),
    formula: parts.map((q) => q.text).join(' + '),
    certainty: 'probable',
    lang: view.lang,
    noFix: true,
    partsListed: true,
  };
}

/** The like amount of the sentence before dated at one calendar year, when there is exactly one. */
function ofYear(previous: SentenceView, like: Quantity[], year: string): Quantity | undefined {
  const dated = like.filter((q) => {
    const p = bound(claimOf(previous, q));
    return p?.start === `${year}-01-01` && p.end === `${year}-12-31`;
  });
  return dated.length === 1 ? dated[0] : undefined;
}

/** "仅2027和2028两年合计就约900亿美元": the amounts of the sentence before dated at the two years named. */
function yearsTotal(view: SentenceView, previous: SentenceView, kb: FactBase): RelationOutcome | undefined {
  const opening = openingTotal(view);
  const m = opening && (YEARS_TOTAL_EN.exec(opening.head) ?? YEARS_TOTAL_ZH.exec(opening.head));
  if (!opening || !m || m[1] === m[2]) return undefined;
  const like = likeParts(opening.total, view, previous, kb);
  const parts = [m[1], m[2]].map((y) => ofYear(previous, like, y));
  return parts.every((q): q is Quantity => q !== undefined) ? sumOutcome(view, opening.total, parts) : undefined;
}

/**
 * The total a sized group names and its parts: the like amounts of the sentence right before, when there are
 * exactly as many as the group's size (and more than two: a pair is read by the pair words above).
 */
function groupTotal(view: SentenceView, previous: SentenceView, kb: FactBase): RelationOutcome | undefined {
  const opening = openingTotal(view);
  const size = opening && (GROUP_TOTAL_EN.exec(opening.head) ?? GROUP_TOTAL_ZH.exec(opening.head))?.[1];
  if (!opening || !size) return undefined;
  const parts = enumerated(previous, likeParts(opening.total, view, previous, kb), sizeOf(size));
  return parts ? sumOutcome(view, opening.total, parts) : undefined;
}

/**
 * The total that opens a sentence and the size of the group it sums, as its words give it: "the four
 * quarters add up to X", "三家合计X" (GROUP_TOTAL), or a pair ("the two together", "两个季度合计"): 2. For the
 * table above a paragraph (tableGroupTotal.ts).
 */
export function sizedTotal(view: SentenceView): { total: Quantity; size: number } | undefined {
  const opening = openingTotal(view);
  const size = opening && (GROUP_TOTAL_EN.exec(opening.head) ?? GROUP_TOTAL_ZH.exec(opening.head))?.[1];
  if (opening && size) return { total: opening.total, size: sizeOf(size) };
  const pair = totalAmount(view);
  return pair ? { total: pair, size: 2 } : undefined;
}

/** The recogniser reads "two" / "两家" of the pair words as a number of its own: not the total. */
function isPairWord(q: Quantity): boolean {
  return q.value === 2 && /^(?:two|两[家者项笔轮]|二者)$/i.test(q.text);
}

function totalAmount(view: SentenceView, from = 0): Quantity | undefined {
  const first = view.quantities.find((q) => q.start - view.span.start >= from && !isDuration(q) && !isPairWord(q));
  if (!first || (first.kind !== 'money' && first.kind !== 'count') || !checkable(first)) return undefined;
  const head = view.text.slice(from, first.start - view.span.start);
  return PAIR_TOTAL_EN.test(head) || PAIR_TOTAL_ZH.test(head) ? first : undefined;
}

/**
 * A whole broken down right after it ("B轮6亿欧元中，股权4.68亿欧元、债务1.32亿欧元", "$6 billion, of which $4.7
 * billion equity and $1.3 billion debt"): its parts, up to the next semicolon or full stop, restate the
 * whole and are no addends of their own beside it.
 */
const BREAKDOWN_OPENS = /^\s*(?:(?:之|当)?中\s*[，,：:]|[，,:：]?\s*(?:其中|of which|of that)(?![A-Za-z]))/i;
const RUN_ENDS = /[;；。]/;

function withoutBreakdowns(view: SentenceView, parts: Quantity[]): Quantity[] {
  const inBreakdown = new Set<Quantity>();
  for (let i = 0; i < parts.length - 1; i++) {
    if (inBreakdown.has(parts[i]) || !BREAKDOWN_OPENS.test(gapBetween(view, parts[i], parts[i + 1])) || RUN_ENDS.test(gapBetween(view, parts[i], parts[i + 1]))) continue;
    for (let j = i + 1; j < parts.length && (j === i + 1 || !RUN_ENDS.test(gapBetween(view, parts[j - 1], parts[j]))); j++) inBreakdown.add(parts[j]);
  }
  return parts.filter((q) => !inBreakdown.has(q));
}

/**
 * "…and another $300 million in June; the two rounds brought in $600 million": the pair words open the
 * clause after the sentence's last semicolon, so the parts are the like amounts written before it.
 */
function totalAfterSemicolon(view: SentenceView, kb: FactBase): { total: Quantity; parts: Quantity[] } | undefined {
  const cut = Math.max(view.text.lastIndexOf(';'), view.text.lastIndexOf('；'));
  if (cut < 0) return undefined;
  const total = totalAmount(view, cut + 1);
  if (!total) return undefined;
  const parts = withoutBreakdowns(
    view,
    view.quantities.filter((q) => q.end - view.span.start <= cut && !isDuration(q) && checkable(q) && sameDimension(q, total) && sameMeasure(q, total, [view], kb)),
  );
  return parts.length >= 2 ? { total, parts } : undefined;
}

/**
 * The like amounts of the sentence right before; when it holds only one ("Q2 revenue was 398亿元。"), the
 * nearest earlier sentences of the paragraph are read too until two are found ("Q1 … 334亿元。").
 */
function partsBefore(total: Quantity, view: SentenceView, previous: SentenceView, earlier: SentenceView[], kb: FactBase): Quantity[] {
  const partsOf = (s: SentenceView) =>
    withoutBreakdowns(
      s,
      s.quantities.filter((q) => !isDuration(q) && checkable(q) && sameDimension(q, total) && sameMeasure(q, total, [s, view], kb)),
    );
  const parts = partsOf(previous);
  for (const e of earlier.slice(1)) {
    if (parts.length >= 2) break;
    parts.unshift(...partsOf(e));
  }
  return parts;
}

/**
 * "AWS $107.6 billion, Google Cloud $43.2 billion. Together that is roughly $165 billion.", "甲48亿元，乙32亿
 * 元。加起来约80亿元。": a total that opens its sentence by pointing back at the list the sentence before
 * wrote ("Together that is", "Combined, they come to", "加起来", "合计"), when that sentence's like amounts
 * are one list (only separators between them). The total is of the whole list; a trailing run of it that
 * adds up explains it too (a figure before the list), as sums.ts reads a list in one sentence. Probable, no fix.
 */
const POINTED_TOTAL_EN = new RegExp(
  `^\\s*(?:together|combined|in all|all told|altogether),?\\s+(?:that|this|they|those|these)(?:['’]s|\\s+(?:is|are|was|were|comes? to|came to|makes?|made|adds? up to|added up to|total(?:led)?))\\s+(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
const POINTED_TOTAL_ZH = new RegExp(`^\\s*(?:以上|上述|这些)?(?:加起来|加在一起|合计|总计|共计)(?:为|是|达|达到|有)?\\s*(?:${HEDGE_ZH})?\\s*$`);
const LIST_GAP = /^[^\d;；:：。]{0,40}$/;
const SEPARATOR = /[,，、]|\band\b|和|及|以及/;
/** "$40 billion, up from $30 billion": a change's two values are no list of parts. */
const CHANGE_GAP = /\b(?:from|than|versus|vs|against|up|down|rose|fell|grew)\b|较|比|从|增长|下降|同比/i;

function pointedTotal(view: SentenceView, previous: SentenceView, kb: FactBase): RelationOutcome[] {
  const opening = openingTotal(view);
  if (!opening || !(POINTED_TOTAL_EN.test(opening.head) || POINTED_TOTAL_ZH.test(opening.head))) return [];
  const like = likeParts(opening.total, view, previous, kb);
  if (like.length < 2 || like.length > MAX_PARTS) return [];
  const gaps = like.slice(1).map((q, i) => gapBetween(previous, like[i], q));
  if (!gaps.every((g) => LIST_GAP.test(g) && SEPARATOR.test(g) && !CHANGE_GAP.test(g))) return [];
  const runs = like.map((_, i) => like.slice(i)).filter((run) => run.length >= 2);
  const fits = runs.find((run) => intersects(sumOf(run), intervalOf(opening.total)));
  return [sumOutcome(view, opening.total, fits ?? like)];
}

/** Below this share of its partner an amount is a by-product, not one of a pair's two parts. */
const NEGLIGIBLE_SHARE = 0.02;

function negligibleBeside(a: Quantity, b: Quantity): boolean {
  const [x, y] = [Math.abs(a.value), Math.abs(b.value)];
  return Math.min(x, y) < NEGLIGIBLE_SHARE * Math.max(x, y);
}

export const pairTotal: RelationDetector = (view, ctx) => {
  const inSentence = totalAfterSemicolon(view, ctx.kb);
  const previous = ctx.previous;
  const item = sentenceBefore(ctx);
  // Shares of "each"/各 are no addends: a total over them is N × a share, or nothing (distributedTotal.ts).
  const distributed = item && distributedTotal(view, item, ctx.kb);
  if (distributed) return distributed;
  const group = item && (groupTotal(view, item, ctx.kb) ?? yearsTotal(view, item, ctx.kb));
  if (group) return [group];
  const pointed = item ? pointedTotal(view, item, ctx.kb) : [];
  if (pointed.length > 0) return pointed;
  if (!inSentence && !previous) return [];
  const total = inSentence?.total ?? totalAmount(view);
  if (!total) return [];
  const parts = inSentence?.parts ?? partsBefore(total, view, previous as SentenceView, ctx.earlier?.[0] === previous ? (ctx.earlier ?? []) : [], ctx.kb);
  if (parts.length < 2 || parts.length > MAX_PARTS) return [];
  const out: RelationOutcome[] = [];
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      const [a, b] = [parts[i], parts[j]];
      // "以3000亿美元的投后估值融资400亿美元": a valuation and a raise are no pair of addends, whatever the total names.
      if (!sameMeasure(a, b, [view, ...(previous ? [previous] : []), ...(ctx.earlier ?? [])], ctx.kb)) continue;
      // "$11.9 billion … and came with $35 million of equity": a by-product under 2% the size of
      // its partner is no second of "the two"; adding it changes nothing the writer would total.
      if (negligibleBeside(a, b)) continue;
      out.push({
        check: 'arith.sum',
        result: total,
        operands: [a, b],
        computed: add(intervalOf(a), intervalOf(b)),
        formula: `${a.text} + ${b.text}`,
        certainty: 'probable',
        lang: view.lang,
        noFix: true,
        partsListed: true,
      });
    }
  }
  // In one sentence the pairs are read in writing order, so the closest one is shown when none fits.
  return inSentence ? out.sort((x, y) => relativeGap(x.computed, intervalOf(total)) - relativeGap(y.computed, intervalOf(total))) : out;
};
