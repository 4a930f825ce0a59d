/**
 * A change whose two values are not both written in its own sentence: "It reached $10 billion in June. From
 * $1.3 billion in October 2023 that is more than a tenfold rise", "2024年资本开支约107亿美元。2023年只有约34亿
 * 美元，增幅约315%", "Revenue was $3.7 billion in 2024 and $13 billion in 2025. That is growth of 250%."
 *
 * The operands are found as periodPair.ts finds them inside a sentence, by what the binder knows, but over
 * the earlier sentences of the paragraph (view.ts: earlierInParagraph; never another block): like amounts of
 * one company and measure, each dated in its own sentence at periods as long as each other that do not
 * overlap. The rate's own words pick the pair when they say which periods it spans ("year over year",
 * "sequentially", "in seven months", 两个月); otherwise there must be one candidate, or candidates that are one
 * figure written twice (a dollar figure and its rounding: they give the same answer). Two candidates that
 * give different answers say nothing. The pairing reads bindings across sentences, not a cue tying the
 * numbers, so it is probable: a warning at most, with no fix.
 *
 * A change word with no amount of its own, opening its sentence with only a subject before it ("The forecast
 * more than tripled.", "不到两年，估值涨了约90%。", or "That is…"), restates the one change the sentence right
 * before wrote in words ("went from $2 billion in October to $5 billion by January", "从25亿美元升至43亿美元"):
 * the from–to words order the pair, so no dates are needed (changeRestated). Probable, no fix.
 */
import type { Quantity } from '../../model';
import { relativeGap } from '../intervals';
import { cadenceOf } from './annualized';
import { GREW_BY, isAmbiguousMultiple } from './ambiguousGrowth';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { changesIn, directionAround, type Direction } from './growthPatterns';
import { checkable, intervalOf, sameDimension } from './operands';
import type { RelationOutcome } from './outcome';
import {
  COMPARATIVE_AFTER,
  MULTIPLE_OF_TIME_ZH,
  OWN_BASELINE_AFTER,
  PER_YEAR,
  agree,
  bound,
  multipleOutcome,
  namedBaseYear,
  ordered,
  rateOutcome,
  spanFits,
  startsIn,
  type Dated,
  YEAR_ON_YEAR,
} from './periodPair';
import { ownMetric } from './measures';
import { statedDifference } from './growth';
import { sentenceBefore, type RelationDetector } from './relation';
import { spanOfWords, withinSpan } from './statedSpan';
import { claimOf, gapBetween, isDuration, neighbour, textAfter, textBefore, type SentenceView } from './view';

/** A multiple that states growth by its own word: "tenfold", "eightfold jump", "tripled", 翻了一番. */
const GROWTH_MULTIPLE = /fold\b|[翻番]|^(?:doubl|tripl|quadrupl)/i;
/** "是2023年的8倍", "为2024全年的3倍": a multiple of the figure of a year it names, which picks that figure. */
const MULTIPLE_OF_YEAR_ZH = new RegExp(`(?:是|为|相当于)((?:19|20)\\d{2})年?(?:全年|同期)?的\\s*(?:${HEDGE_ZH})?\\s*$`);
/**
 * "three times as much", "twice last year's", "half the level of a year earlier": a multiple of the same
 * measure's figure at an earlier time ("times higher", "times more" may mean the rise, not the level: no).
 */
const OF_AN_EARLIER_TIME_EN = /^\s*(?:times\s+)?(?:as (?:much|large|big|high)\b|(?:of\s+)?(?:last|the previous|the prior) (?:year|quarter|month)['’]s\b|(?:of\s+)?(?:the|its|their) (?:level|figure|total|amount) (?:of|in) (?:a year|a quarter|the year|the quarter) (?:earlier|ago|before)\b)/i;
/** A sentence that opens by pointing back at what the paragraph said: "That is…", "这意味着…". */
const POINTS_BACK = /^\s*(?:(?:that|this|it|which)\b|that's|in all\b|all told\b)|^\s*(?:这|也就是说|换言之|换句话说|即|意味着)/i;
/**
 * A baseline the rate names itself ("较要约收购时高出", "比上一轮高", "higher than the tender offer"): it
 * compares with that, which may be none of the paragraph's dated figures. A period named as the baseline
 * ("较上年", "比去年同期") is no such name: the span words read it.
 */
const NAMED_BASELINE_ZH = /(?<![同环])(?:较|比|相比|相较于?|对比)(?!上年|去年|上一年|前一年|上季|上一季|上月|上个月)[^，,。；;\d]{1,16}$/;
/** Candidates this close are one figure written twice (a conversion rounded two ways): the same answer. */
const SAME_FIGURE = 0.03;

interface Placed extends Dated {
  view: SentenceView;
}

function isAmount(q: Quantity): boolean {
  return ['money', 'count', 'number'].includes(q.kind) && checkable(q) && !isDuration(q);
}

function placed(view: SentenceView, q: Quantity): Placed | undefined {
  // "2024年比2023年多花了约111亿美元": an amount written as a change is never a level of the series, even
  // when no level of its period is written at all (growth.ts: statedDifference).
  if (!isAmount(q)) return undefined;
  const period = bound(claimOf(view, q));
  return period && !statedDifference(view, q) ? { q, period, view } : undefined;
}

/** Only a company named in the amount's own clause counts: one carried from the sentence may be another's. */
function ownEntity(x: Placed): string | undefined {
  const e = claimOf(x.view, x.q)?.entity;
  return e?.how === 'explicit' ? e.value : undefined;
}

/** Any measure the binder gave the amount, however it got it. */
function anyMetric(x: Placed): string | undefined {
  return claimOf(x.view, x.q)?.metric?.value;
}

/**
 * Two amounts that may be one series: same dimension and cadence, and no company or measure of their own
 * clauses (nor any measure the binder gave them) that differ. Every such amount is a candidate, so an
 * amount with no measure of its own sees all the figures it might be compared with.
 */
function compatible(a: Placed, b: Placed): boolean {
  if (!sameDimension(a.q, b.q)) return false;
  if (!agree(cadenceOf(a.view, a.q)?.cadence, cadenceOf(b.view, b.q)?.cadence)) return false;
  if (!agree(ownEntity(a), ownEntity(b))) return false;
  return agree(ownMetric(claimOf(a.view, a.q)), ownMetric(claimOf(b.view, b.q))) && agree(anyMetric(a), anyMetric(b));
}

/** What ties the chosen pair into one series: a measure named for one of them, or one company named for both. */
function tied([a, b]: [Placed, Placed]): boolean {
  if (ownMetric(claimOf(a.view, a.q)) !== undefined || ownMetric(claimOf(b.view, b.q)) !== undefined) return true;
  const ea = claimOf(a.view, a.q)?.entity?.value;
  return ea !== undefined && ea === claimOf(b.view, b.q)?.entity?.value;
}

/** The kind of change a result states, or nothing when it states none we can pair. */
interface Stated {
  direction?: Direction;
  /** A multiple of the increase ("增长了一倍" = +100%), not of the level. */
  increase?: boolean;
  /** The year whose figure the multiple is of ("是2023年的8倍"). */
  year?: number;
}

function statedChange(view: SentenceView, r: Quantity): Stated | undefined {
  const after = textAfter(view, r, 30);
  // Across sentences any baseline the rate names is its own ("up 20% on the offer price", "above the last round").
  if (OWN_BASELINE_AFTER.test(after) || COMPARATIVE_AFTER.test(after) || NAMED_BASELINE_ZH.test(textBefore(view, r, 24))) return undefined;
  // "a tenfold rise in a year" states how long the rise took, not a rate per year.
  if (PER_YEAR.test(`${textBefore(view, r, 30)} ${after.slice(0, 16)}`.replace(/\b(?:in|within|over) a year\b/gi, ''))) return undefined;
  if (r.kind === 'percent') {
    const direction = directionAround(view, r, after);
    return direction ? { direction } : undefined;
  }
  if ((r.kind !== 'multiple' && r.kind !== 'ratio') || isAmbiguousMultiple(view, r)) return undefined;
  const before = textBefore(view, r, 20);
  const year = MULTIPLE_OF_YEAR_ZH.exec(before);
  if (year) return { year: Number(year[1]) };
  // A fraction ("只有去年的一半", "half last year's level") says only that it is of an earlier time's figure.
  if (MULTIPLE_OF_TIME_ZH.test(before) || OF_AN_EARLIER_TIME_EN.test(after)) return {};
  if (r.kind !== 'multiple') return undefined;
  if (GREW_BY.test(textBefore(view, r, 12)) && r.value <= 1) return { increase: true };
  return GROWTH_MULTIPLE.test(r.text) ? {} : undefined;
}

/** "翻了一番，达到60亿元", "tripled to $13 billion": the new value written right after the change word. */
const TO_NEW_VALUE = new RegExp(`^\\s*[，,]?\\s*(?:to|达到|达|至|到|升至|增至|涨至)\\s*(?:${HEDGE_ZH}|${HEDGE_EN}\\s+)?$`, 'i');

/**
 * The amount the result describes: right before it in its sentence, close enough; or, with none there,
 * the new value the change word leads to right after it.
 */
function anchorOf(view: SentenceView, r: Quantity): Placed | undefined {
  const y = neighbour(view, r, -1);
  if (!y) {
    const next = neighbour(view, r, 1);
    return next && TO_NEW_VALUE.test(gapBetween(view, r, next)) ? placed(view, next) : undefined;
  }
  const gap = gapBetween(view, y, r);
  if (gap.length > 40 || /[;；。]/.test(gap)) return undefined;
  return placed(view, y);
}

/**
 * The changes written as amounts in the paragraph ("2024年比2023年多花了约111亿美元", "In 2024 it spent $8
 * billion more"), each dated at the period it brought the level to.
 */
function writtenSteps(views: SentenceView[]): Placed[] {
  return views.flatMap((v) =>
    v.quantities.flatMap((q) => {
      const period = ['money', 'count', 'number'].includes(q.kind) && checkable(q) ? bound(claimOf(v, q)) : undefined;
      return period && statedDifference(v, q) ? [{ q, period, view: v }] : [];
    }),
  );
}

/**
 * A step written for a period between the pair's ("2023: $20B; in 2024 it spent $8B more; 2025 at $40B is a
 * further 43% rise") says the level moved in between: the rate is over that unwritten level, not the older
 * written one, so the pair is not the rate's.
 */
function stepBetween([older, newer]: [Placed, Placed], steps: Placed[]): boolean {
  return steps.some((s) => sameDimension(s.q, older.q) && s.period.start > older.period.end && s.period.end < newer.period.start);
}

/** Like amounts of the earlier sentences, nearest sentence first. */
function earlierAmounts(earlier: SentenceView[]): Placed[] {
  return earlier.flatMap((v) => v.quantities.map((q) => placed(v, q)).filter((x): x is Placed => x !== undefined));
}

/** The pairs the result may compare, older first, narrowed by the span its words state. */
function fitting(pairs: [Placed, Placed][], view: SentenceView, r: Quantity): [Placed, Placed][] {
  const words = `${textBefore(view, r, 40)} ${textAfter(view, r, 40)}`;
  const span = spanOfWords(view.text);
  return pairs.filter(([older, newer]) => spanFits(words, older.period, newer.period) && (!span || withinSpan(span, older.period, newer.period)));
}

/**
 * A year-on-year rate ("净利润1724亿元，同比增长11%", "up 11% year over year") compares its value with the
 * same measure a year earlier, a base its words name without stating. Across sentences only an amount
 * bound to that very measure can be it: one of no known measure may be another measure's figure (the
 * quarter's capex before its profit), and two measures are never a rate's operands.
 */
function oneMeasureIfYearOnYear(view: SentenceView, r: Quantity, [older, newer]: [Placed, Placed]): boolean {
  if (!YEAR_ON_YEAR.test(`${textBefore(view, r, 40)} ${textAfter(view, r, 40)}`)) return true;
  const measure = anyMetric(newer);
  return measure !== undefined && anyMetric(older) === measure;
}

/** One answer: a single pair, or pairs whose values are one figure written twice. */
function oneAnswer(pairs: [Placed, Placed][]): [Placed, Placed][] {
  if (pairs.length <= 1) return pairs;
  const [o0, n0] = pairs[0];
  const close = (a: Quantity, b: Quantity) => relativeGap(intervalOf(a), { low: b.value, high: b.value }) <= SAME_FIGURE || a.value === b.value;
  return pairs.every(([o, n]) => close(o.q, o0.q) && close(n.q, n0.q)) ? pairs : [];
}

/**
 * Pairs of the anchor with an amount of an earlier sentence. Only when the anchor is the one like amount of
 * its sentence: with another one there ("中值为690亿美元，较2024年的392.3亿美元增长约50%"), the rate's values
 * are both at hand and the sentence's own readers decide.
 */
function pairsWithAnchor(view: SentenceView, anchor: Placed, earlier: SentenceView[]): [Placed, Placed][] {
  if (view.quantities.some((q) => q !== anchor.q && isAmount(q) && sameDimension(q, anchor.q))) return [];
  const out: [Placed, Placed][] = [];
  for (const x of earlierAmounts(earlier)) {
    const pair = compatible(x, anchor) ? ordered(x, anchor) : undefined;
    if (pair) out.push(pair as [Placed, Placed]);
  }
  return out;
}

/**
 * With no amount before it in its sentence, a result that points back takes the one series pair the
 * paragraph dated. An amount after it may only restate the change at another cadence ("That is an increase
 * of 90% in six months, or $830 million a month"): one that could be a value of the series itself gives
 * the sentence its own operands, and says nothing here.
 */
function pairsPointedAt(view: SentenceView, r: Quantity, earlier: SentenceView[]): [Placed, Placed][] {
  const own = view.quantities.filter((q) => q !== r && isAmount(q));
  if (own.some((q) => q.start < r.start)) return [];
  if (!POINTS_BACK.test(view.text.slice(0, r.start - view.span.start))) return [];
  const amounts = earlierAmounts(earlier.slice(0, 2));
  const out: [Placed, Placed][] = [];
  for (let i = 0; i < amounts.length; i++) {
    for (let j = i + 1; j < amounts.length; j++) {
      const pair = compatible(amounts[i], amounts[j]) ? ordered(amounts[i], amounts[j]) : undefined;
      if (pair && !own.some((q) => couldBeOf(view, q, pair[0] as Placed))) out.push(pair as [Placed, Placed]);
    }
  }
  return out;
}

/** An amount of the series' dimension whose cadence is not known to differ from the series'. */
function couldBeOf(view: SentenceView, q: Quantity, series: Placed): boolean {
  if (!sameDimension(q, series.q)) return false;
  const mine = cadenceOf(view, q)?.cadence;
  const theirs = cadenceOf(series.view, series.q)?.cadence;
  return mine === undefined || theirs === undefined || mine === theirs;
}

/** "The forecast more than", "Its valuation has", "So the price": a short subject, then the change word. */
const SUBJECT_OPENS_EN = new RegExp(`^\\s*(?:so\\s+|and\\s+)?(?:the|its|their)\\s+(?:[a-z-]+\\s+){0,2}?([a-z-]+)\\s+(?:has\\s+|had\\s+|have\\s+)?(?:${HEDGE_EN}\\s+)?(?:(?:rose|grew|jumped|climbed|increased|fell|dropped|declined)\\s+(?:by\\s+)?(?:${HEDGE_EN}\\s+)?)?$`, 'i');
/** "不到两年，估值涨了约", "估值翻了": how long it took (a stretch, never a time of its own), a short subject, the change verb. */
const SUBJECT_OPENS_ZH = new RegExp(`^\\s*(?:(?:不到|仅|仅仅|短短|约|近)?[一二两三四五六七八九十半\\d]{1,3}个?(?:年|月|季度|周|天)(?:里|来|间|内|中|多)?[，,])?\\s*([\\u4e00-\\u9fff]{1,6}?)(?:已经|已|又|再)?(?:翻了|增长了?|上涨了?|涨了|增加了?|提高了?|上升了?|下降了?|下跌了?|跌了|减少了?)\\s*(?:${HEDGE_ZH})?\\s*$`);

/**
 * The one change the sentence before wrote in words, when this result has no amount of its own and its
 * sentence opens with a subject or a pointer: "…went from $2 billion to $5 billion by January. The forecast
 * more than tripled."
 */
function changeRestated(view: SentenceView, r: Quantity, previous: SentenceView | undefined): [Quantity, Quantity] | undefined {
  // Any other figure in the sentence ("That last step is an 82% jump, and … nearly tripled") may be what it restates.
  if (!previous || view.quantities.some((q) => q !== r && !isDuration(q))) return undefined;
  // A time or baseline of its own ("tripled in 2023", "同比增长", "June-to-June") makes it another change.
  if (OWN_TIME.test(view.text)) return undefined;
  const opening = view.text.slice(0, r.start - view.span.start).replace(/^[-*+\s]*/, '');
  const subject = POINTS_BACK.test(opening) ? undefined : (view.lang === 'zh' ? SUBJECT_OPENS_ZH : SUBJECT_OPENS_EN).exec(opening)?.[1];
  if (!POINTS_BACK.test(opening) && !subject) return undefined;
  const changes = changesIn(previous);
  if (changes.length !== 1) return undefined;
  const { old, new: next } = changes[0];
  if (subject && !namedBefore(subject, previous.text.slice(0, old.start - previous.span.start))) return undefined;
  return [old, next];
}

const OWN_TIME = /\b(?:19|20)\d{2}\b|\b(?:since|from|between|year[- ](?:over|on)[- ]year|sequentially|-to-)|同比|环比|较|相比|从/i;

/** Words for one forecast: "the guide went … the forecast tripled" names one thing. */
const FORECAST_WORDS = /^(?:guide|guidance|forecast|outlook|projection|target)s?$/i;
const FORECAST_BEFORE = /\b(?:guide|guidance|forecast|outlook|projection|target)s?\b/i;
/** "the figure", "the total": a subject that names nothing of its own. */
const PLAIN_SUBJECT = /^(?:figure|number|total|amount|sum)s?$/i;

/**
 * The change's subject is what the sentence before wrote ahead of its old value ("The valuation went from…
 * the valuation doubled", "估值从…估值上涨"), or a word for the same forecast, or a plain "figure": "The stock
 * tripled" after "the guide went from…" is another series.
 */
function namedBefore(subject: string, head: string): boolean {
  if (/[\u4e00-\u9fff]/.test(subject)) return head.includes(subject);
  if (PLAIN_SUBJECT.test(subject)) return true;
  if (FORECAST_WORDS.test(subject)) return FORECAST_BEFORE.test(head);
  return new RegExp(`\\b${subject.replace(/s$/i, '')}s?\\b`, 'i').test(head);
}

export const paragraphChange: RelationDetector = (view, ctx) => {
  const earlier = ctx.earlier ?? [];
  if (earlier.length === 0) return [];
  const out: RelationOutcome[] = [];
  let steps: Placed[] | undefined;
  for (const r of view.quantities) {
    if (!checkable(r) || (r.kind !== 'percent' && r.kind !== 'multiple' && r.kind !== 'ratio')) continue;
    const stated = statedChange(view, r);
    if (!stated) continue;
    const anchor = anchorOf(view, r);
    const candidates = anchor ? pairsWithAnchor(view, anchor, earlier) : pairsPointedAt(view, r, earlier);
    // "2025财年营收1305亿美元…英伟达在2024财年实现营收1305亿美元，一年之间翻了一番": the same amount dated at two
    // periods is one figure whose date is wrong somewhere (the fact check's business), not a change.
    const changing = candidates.filter(([older, newer]) => older.q.value !== newer.q.value);
    // The year a multiple is of ("是2023年的8倍") or a rate is over ("较2024年再增长") picks the older value.
    const baseYear = stated.year ?? namedBaseYear(view, r);
    const named = changing.filter(([older]) => startsIn(older.period, baseYear));
    const fit = fitting(named, view, r).filter((pair) => oneMeasureIfYearOnYear(view, r, pair));
    // Read once per sentence, and only when some pair is left to break.
    if (fit.length > 0) steps ??= writtenSteps([...earlier, view]);
    const pairs = oneAnswer(fit.filter((pair) => !stepBetween(pair, steps ?? [])));
    const restated = !anchor && pairs.length === 0 && baseYear === undefined ? changeRestated(view, r, sentenceBefore(ctx)) : undefined;
    if (restated) {
      const [older, newer] = restated;
      out.push(stated.direction ? rateOutcome(view, r, older, newer, stated.direction) : multipleOutcome(view, r, older, newer, stated.increase));
      continue;
    }
    if (!pairs.every(tied)) continue;
    for (const [older, newer] of pairs) {
      if (stated.direction) out.push(rateOutcome(view, r, older.q, newer.q, stated.direction));
      else out.push(multipleOutcome(view, r, older.q, newer.q, stated.increase));
    }
  }
  return out;
};
