/**
 * A count spread over places, restated per place: "250,000 GPUs across 32 data centers, or roughly 7,800
 * GPUs per site", "25万块GPU分布在32个数据中心，平均每个约7800块", "32个数据中心共有25万块GPU，平均每个约7800块".
 *
 * The words "N across M, or K per …" name the operands: N is the total, M the number of places it is
 * spread over, K the share of one place, so K is checked against N ÷ M. K must count what N counts (the
 * same noun, or none written), M must be a count of places, not money; "per year", 每年 are cadences, not
 * places (annualized.ts). Nothing else may come between N and M, and the words between M and K must
 * restate ("or", "i.e.", "averaging", 平均), never join a new statement ("while", "and", 而).
 *
 * The share of one place may open the next sentence of the paragraph, pointing back: "…250,000 GPUs across
 * 32 data centers. On average that's roughly 7,800 GPUs per site.", "…分布在32个数据中心。平均每个数据中心约
 * 7800块。" Then the sentence before must hold exactly one total spread over places, read as above, and the
 * share must be its sentence's first amount (probable, no fix).
 */
import type { Quantity } from '../../model';
import { HEDGE_EN, HEDGE_ZH, POINTER_OPENS_EN } from './cues';
import { checkable, sameDimension } from './operands';
import { writtenRatio, type RelationOutcome } from './outcome';
import { sentenceBefore, type RelationDetector } from './relation';
import { gapBetween, isDuration, neighbour, textAfter, textBefore, type SentenceView } from './view';

const TIME_UNITS = '(?:year|month|quarter|week|day|hour|minute|annum)s?';
/** "12,000 GPUs per site", "7,800 per data center", "about 7,800 in each". */
const PER_AFTER_EN = new RegExp(`^\\s*(?:[A-Za-z-]+\\s+)?(?:per|for each|in each|at each|on each|each)\\s+(?!${TIME_UNITS}\\b)[a-z]`, 'i');
/** "平均每个约", "每个数据中心约", "平均每座": one place, not a cadence (每年, 每月). */
const PER_BEFORE_ZH = new RegExp(`(?:平均)?每(?:个|家|座|台|处)[\\u4e00-\\u9fffA-Za-z]{0,6}?(?:约为|约|为|有|达|大约|平均)*\\s*(?:${HEDGE_ZH})?\\s*$`);
/** N then M: "250,000 GPUs across 32", "25万块GPU分布在32个". */
const SPREAD_EN = new RegExp(`^\\s*(?:[A-Za-z-]+\\s+){0,2}?(?:across|spread across|spread over|in|at|among|over)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
const SPREAD_ZH = new RegExp(`^[\\s，,]*(?:分布在|分布于|分散在|部署在|部署于|分布在全球)\\s*(?:${HEDGE_ZH})?\\s*$`);
/** M then N: "32个数据中心共有25万块GPU". */
const HOLDING_ZH = new RegExp(`^\\s*[\\u4e00-\\u9fffA-Za-z]{0,8}?(?:共有|共计|合计|总共|一共|共|拥有|部署了|部署)\\s*(?:${HEDGE_ZH})?\\s*$`);
/** Between the places and the share of one: a restatement, never a new statement. */
const RESTATING_EN = new RegExp(`^[^;.!?]{0,50}?(?:,|\\(|—|–)\\s*(?:or|i\\.e\\.,?|that is|which is|which works out to|averaging|an average of|on average)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
const RESTATING_ZH = /^[^；;。！？]{0,24}?[，,（(]\s*(?:即|也就是|相当于|折合|平均下来|平均)?\s*$/;
/** "平均每个数据中心约", "平均下来，每座约": a mean per place opening the sentence. */
const MEAN_OPENS_ZH = new RegExp(`^\\s*(?:平均下来[，,]?\\s*|算下来[，,]?\\s*)?平均?每(?:个|家|座|台|处)[\\u4e00-\\u9fffA-Za-z]{0,6}?(?:约为|约|为|有|达|大约|平均)*\\s*(?:${HEDGE_ZH})?\\s*$`);
/** "…GPUs per site.", "…per data center on average.": after the share of one place the clause ends. */
const MEAN_ENDS_EN = new RegExp(`^\\s*(?:[A-Za-z-]+\\s+)?(?:per|for each|in each|at each|on each|each)\\s+(?!${TIME_UNITS}\\b)(?:[a-z-]+\\s*){1,2}(?:,?\\s*on average)?\\s*[.;!]?\\s*$`, 'i');
const NEW_STATEMENT = /\b(?:while|but|whereas|and)\b|而|但|同时/i;

function isPlaces(q: Quantity): boolean {
  return (q.kind === 'count' || q.kind === 'number') && !isDuration(q) && checkable(q) && q.value >= 2;
}

function isCounted(q: Quantity): boolean {
  return (q.kind === 'count' || q.kind === 'number') && !isDuration(q) && checkable(q);
}

/** The total and the places a per-place figure restates, when the words around them name them. */
function spreadFor(view: SentenceView, k: Quantity): { total: Quantity; places: Quantity } | undefined {
  const last = neighbour(view, k, -1);
  const first = last && neighbour(view, last, -1);
  if (!last || !first) return undefined;
  const tail = gapBetween(view, last, k);
  if (NEW_STATEMENT.test(tail)) return undefined;
  if (view.lang === 'zh') {
    if (!PER_BEFORE_ZH.test(textBefore(view, k, 20)) || !RESTATING_ZH.test(tail.replace(PER_BEFORE_ZH, ''))) return undefined;
    const between = gapBetween(view, first, last);
    if (SPREAD_ZH.test(between)) return { total: first, places: last };
    if (HOLDING_ZH.test(between)) return { total: last, places: first };
    return undefined;
  }
  if (!PER_AFTER_EN.test(textAfter(view, k, 30, true)) || !RESTATING_EN.test(tail)) return undefined;
  return SPREAD_EN.test(gapBetween(view, first, last)) ? { total: first, places: last } : undefined;
}

/** The totals spread over places a sentence writes: "N across M", "N分布在M个", "M个…共有N". */
function spreadsIn(view: SentenceView): { total: Quantity; places: Quantity }[] {
  const out: { total: Quantity; places: Quantity }[] = [];
  const qs = view.quantities.filter((q) => !isDuration(q));
  for (let i = 1; i < qs.length; i++) {
    const [first, last] = [qs[i - 1], qs[i]];
    const between = gapBetween(view, first, last);
    if (view.lang === 'zh' && HOLDING_ZH.test(between)) out.push({ total: last, places: first });
    else if ((view.lang === 'zh' ? SPREAD_ZH : SPREAD_EN).test(between)) out.push({ total: first, places: last });
  }
  return out;
}

/** The share of one place opening a sentence that points back: "On average that's roughly 7,800 GPUs per site." */
function spreadBefore(view: SentenceView, k: Quantity, previous: SentenceView | undefined): { total: Quantity; places: Quantity } | undefined {
  if (!previous || view.quantities.find((q) => !isDuration(q)) !== k) return undefined;
  const opening = view.text.slice(0, k.start - view.span.start).replace(/^[-*+\s]*/, '');
  const rest = view.text.slice(k.end - view.span.start);
  const points = view.lang === 'zh' ? MEAN_OPENS_ZH.test(opening) : POINTER_OPENS_EN.test(opening) && /\baverag/i.test(view.text) && MEAN_ENDS_EN.test(rest);
  if (!points) return undefined;
  const spreads = spreadsIn(previous).filter((s) => validSpread(s, k));
  return spreads.length === 1 ? spreads[0] : undefined;
}

function validSpread({ total, places }: { total: Quantity; places: Quantity }, k: Quantity): boolean {
  return isCounted(total) && isPlaces(places) && sameDimension(total, k) && !(!!places.unit && places.unit === total.unit);
}

export const perPlace: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  for (const k of view.quantities) {
    if (!isCounted(k)) continue;
    const own = view.quantities.length >= 3 ? spreadFor(view, k) : undefined;
    const spread = own ?? spreadBefore(view, k, sentenceBefore(ctx));
    if (!spread || !validSpread(spread, k)) continue;
    out.push(writtenRatio(view.lang, k, spread.total, spread.places, own ? 'explicit' : 'probable'));
  }
  return out;
};
