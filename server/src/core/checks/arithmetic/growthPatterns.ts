/**
 * Reading "what changed from what to what" in a sentence: the old and new values of a change, in the
 * forms drafts use ("from A to B", "to B from A", "B, up P% from A", "从A增长到B", "较A增长P%至B"), and the
 * direction words around a growth percentage.
 */
import type { Quantity } from '../../model';
import { cadenceOf } from './annualized';
import { bracketedSign } from './bracketedRate';
import { DIFF_BEFORE_ZH, HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable, sameDimension } from './operands';
import { sameLength } from './periodSpans';
import { AGAINST_GAP_EN, EARLIER_AFTER_EN, oneOwner, olderAgainst } from './pairedValues';
import { changeOverYears, statedYears } from './spannedYears';
import { claimOf, gapBetween, isDuration, neighbour, textAfter, textBefore, type SentenceView } from './view';

export type Direction = 'up' | 'down';

const UP_EN = 'up|rose|risen|rising|grew|grown|growing|gained|jumped|climbed|surged|soared|increased|expanded|higher|(?:an? )?(?:increase|rise|gain|jump|growth) of|added';
const DOWN_EN = 'down|fell|fallen|falling|dropped|declined|decreased|slid|slipped|plunged|tumbled|shrank|lower|(?:an? )?(?:decrease|decline|drop|fall) of';
const UP_ZH = '增长|增加|上涨|上升|提高|提升|增幅|涨幅|增速|猛增|大增|飙升|跃升|攀升|高出|多出|增|涨';
const DOWN_ZH = '下降|下滑|减少|降低|下跌|跌幅|降幅|缩水|回落|下挫';
const ZH_TAIL = `(?:了|为|达|达到|约|近|超过|高达|${HEDGE_ZH})*`;

/** A direction word right before a number: "up 126%", "fell 17%", "同比增长126%". */
const VERB_BEFORE_EN = new RegExp(`\\b(?:(${UP_EN})|(${DOWN_EN}))\\s+(?:by\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i');
const VERB_BEFORE_ZH = new RegExp(`(?:同比|环比|较上年|比上年|较去年|年)?(?:(${UP_ZH})|(${DOWN_ZH}))${ZH_TAIL}\\s*$`);
/** A direction noun right after a percentage: "a 22% sequential gain", "17%的跌幅". */
const VERB_AFTER = /^\s*(?:year[- ]over[- ]year |year[- ]on[- ]year |sequential |annual |y\/y |yoy )?(?:(increase|rise|jump|gain|growth|surge)|(drop|decline|fall|decrease|slide))\b|^\s*的?(?:(增长|增幅|涨幅)|(下降|降幅|跌幅))/i;

/** When the new value came, counted from the old one: "a year later", "a quarter on" (a counted span is a quantity of its own). */
const LATER_EN = '(?:a|an|one)\\s+(?:year|quarter|month)\\s+(?:later|on)';
/** Between the new value and its growth rate: "$60.9B, up", "$10 billion in June, up", "B，同比增长". */
/** A subject word or two may come between ("…to Q4's $39.3B revenue grew 60%"), but never a conjunction. */
const SUBJECT_WORDS = "(?:(?!while\\b|but\\b|and\\b|whereas\\b|although\\b|though\\b|as\\b|its\\b|their\\b)[A-Za-z][\\w’'-]*\\s+){0,2}?";
const NEW_TO_RATE_EN = new RegExp(
  `^\\s*(?:(?:in|on|for|by|during|at|as of|over|through|across)\\s+[\\w ’'.-]{1,25}?|${LATER_EN})?\\s*[,(]?\\s*(?:(?:which is|which was|or|was|is|were|are|has been)\\s+)?${SUBJECT_WORDS}(?:(${UP_EN})|(${DOWN_EN}))\\s+(?:by\\s+)?(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
/** "…to $20 billion in 2024, a CAGR of about 19%", "…，年复合增长率约19%". */
const NEW_TO_ANNUAL_RATE = new RegExp(
  `^\\s*(?:(?:in|on|by)\\s+[\\w ]{1,20}?)?\\s*[,(，]?\\s*(?:an?\\s+)?(?:CAGR|compound(?:ed)? annual growth(?: rate)?|average annual growth(?: rate)?|年复合增长率|复合年增长率|年均复合增长率|年均增长率?)\\s*(?:of\\s+|为|达|约|达到)*\\s*(?:${HEDGE_EN}\\s+|${HEDGE_ZH})?\\s*$`,
  'i',
);
const NEW_TO_RATE_ZH = new RegExp(`^\\s*[，,]?\\s*(?:同比|环比|较上年|比上年)?(?:(${UP_ZH})|(${DOWN_ZH}))${ZH_TAIL}\\s*$`);
/**
 * Between a growth rate and the old value: "up 126% from", "up 69% on", "fell 17%, from", "up 60% on last
 * year's" (a possessive of one or two words says whose or when the old value is).
 */
const RATE_TO_OLD_EN = new RegExp(
  `^\\s*(?:year[- ]on[- ]year|year[- ]over[- ]year|y\\/y|yoy|sequentially)?\\s*,?\\s*(?:from|on|over|versus|vs\\.?|compared (?:with|to)|against)\\s+(?:the\\s+)?(?:(?:[\\w’'-]+\\s+)?[\\w’'-]+['’]s\\s+)?(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
/** "from A [in 2023] to B", "1 million downloads on 24 January to 2.6 million". */
const FROM_TO_GAP_EN = new RegExp(`^\\s*(?:[\\w'’-]+\\s+){0,2}?(?:(?:in|on|at|by|during|as of|for)\\s+[\\w ,'’-]{1,25}?\\s*)?,?\\s*to\\s+(?:[\\w’'-]+['’]s\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i');
/** "last year", "a year earlier": a time phrase without a preposition, dating the value before it. */
const RELATIVE_TIME_EN = '(?:(?:last|this|next|the previous|the prior)\\s+(?:year|quarter|month)|an?\\s+(?:year|quarter|month)\\s+(?:earlier|ago|before))';
/** "from", "from about", "from the roughly": what opens the old value of a change. */
const FROM_BEFORE_EN = new RegExp(`\\bfrom\\s+(?:\\S+\\s+|(?:the|its|their)\\s+${HEDGE_EN}\\s+)?$`, 'i');
const TO_FROM_GAP_EN = new RegExp(`^\\s*(?:(?:in|on|at|by|during|for)\\s+[\\w ,'’-]{1,25}?\\s*|${RELATIVE_TIME_EN}\\s*)?,?\\s*from\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
/** "B …, up from A": the new value first, no rate in between. */
const UP_FROM_GAP_EN = new RegExp(`^(?:[^\\d;]|\\b(?:19|20)\\d{2}\\b){0,40}?\\b(?:(up|rising|growing|higher)|(down|falling|lower))\\s+from\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
/** "从", "从2022年11月的", "从2022年11月的每百万tokens" (a date and a price's denominator may come between). */
/** "2024年3月的", "去年6月的": a year (written or relative) and month before a value. */
const DATE_ZH = '(?:(?:(?:19|20)\\d{2}|去|今|前|上|明)年)?(?:\\d{1,2}月)?(?:底|初|末)?(?:的)?';
/** "从老股转让时的", "从A轮的": a short label of the old value, ending in 的, may come after 从. */
const FROM_LABEL_ZH = '(?:[\\u4e00-\\u9fffA-Za-z]{1,8}的)?';
const FROM_ZH = new RegExp(`(?:从|由)(?:${DATE_ZH}|${FROM_LABEL_ZH})(?:每\\s*[\\d.,万千百亿]*\\s*个?\\s*[A-Za-z\\u4e00-\\u9fff]{1,8}\\s*)?\\s*(?:${HEDGE_ZH})?\\s*$`);
const FROM_TO_GAP_ZH = new RegExp(`^[^，,。；;\\d]{0,12}?(?:到|至|为)\\s*(?:了)?(?:${DATE_ZH}|${FROM_LABEL_ZH})\\s*(?:${HEDGE_ZH})?\\s*$`);
/**
 * "1月24日累计A，到27日已达B", "去年底为A，到今年6月增至B": a comma, 到/至 and the later date open the new value
 * (截至 is not 到: "截至6月底" dates a running total, it starts no second value).
 */
const BY_DATE_ZH = '(?:(?:(?:19|20)\\d{2}|去|今|明)年(?:\\d{1,2}月)?(?:\\d{1,2}日)?|\\d{1,2}月(?:\\d{1,2}日)?|\\d{1,2}日)(?:底|初|末|中)?(?:时|为止)?';
const BY_DATE_GAP_ZH = new RegExp(`^\\s*[，,]\\s*(?:到|至)\\s*${BY_DATE_ZH}\\s*[，,]?\\s*(?:已经?|已|则)?\\s*(?:(达到?|增至|增加到|增长到|升至|上升到|涨至|涨到|突破)|(降至|降到|减至|减少到|跌至|跌到|回落到|回落至))\\s*(?:了)?\\s*(?:${HEDGE_ZH})?\\s*$`);
/** "较A增长", "比上年同期的A下降". */
const VERSUS_ZH = /(?:较|比|相比|相较于?|对比)[^，,。；;\d]{0,8}$/;
const RATE_TO_NEW_ZH = new RegExp(`^\\s*[，,]?\\s*(?:至|到|达到|达)\\s*(?:${HEDGE_ZH})?\\s*$`);
/**
 * "较发行价上涨15.3港元", "比上年增加40亿元": a value right after a word of change is by how much, not the
 * baseline 较/比 names (that one is named, not written here), so it is no A of "B，较A增长P%".
 */
const CHANGED_BY_ZH = new RegExp(`(?:上涨|上升|增长|增加|提高|提升|高出|多出|下跌|下降|减少|降低|下滑|回落|涨|跌)了?\\s*(?:${HEDGE_ZH})?\\s*$`);
/** "B，比去年9月的A", "B，较上年同期的A": the new value first, then the one it is set against. */
const NEW_VERSUS_OLD_ZH = new RegExp(
  `^\\s*[，,]\\s*(?:同比)?(?:比|较|相比|相较于?)\\s*(?:(?:19|20)\\d{2}年|去年|上年|前年|今年)?(?:\\d{1,2}月)?(?:底|初|末|同期)?(?:的)?\\s*(?:${HEDGE_ZH})?\\s*$`,
);
const RANGE_WORDS = /\b(?:rang(?:e|es|ed|ing)|between|anywhere|estimates? (?:run|vary))\b|介于|区间/i;

/** A year written next to an amount: "$1B in 2020", "2020年的10亿美元". */
export function yearOf(view: SentenceView, q: Quantity): number | undefined {
  // "415 TWh in 2024": a unit written after the digits is read past.
  let written = textAfter(view, q, 16 + (q.unit?.length ?? 0));
  if (q.unit && written.trimStart().startsWith(q.unit)) written = written.trimStart().slice(q.unit.length);
  const after = /^\s*(?:in\s+|by\s+|for\s+)?((?:19|20)\d{2})\b/.exec(written);
  if (after) return Number(after[1]);
  const text = textBefore(view, q, 20);
  const before = /((?:19|20)\d{2})\s*年[^\d，,。；;]{0,12}$/.exec(text) ?? /((?:19|20)\d{2})\s*[:：]?\s*$/.exec(text);
  return before ? Number(before[1]) : undefined;
}

/** "2024年约2230亿美元，2025年计划约3250亿美元", "$32.3B in 2023 and $52.5B in 2024": the same measure in two years. */
function yearPair(view: SentenceView, x: Quantity, y: Quantity): Change | undefined {
  const yx = yearOf(view, x);
  const yy = yearOf(view, y);
  if (yx === undefined || yy === undefined || yx === yy) return undefined;
  const gap = gapBetween(view, x, y);
  // "2023年全年营收200亿美元，2024年第一季度营收60亿美元": a year and a quarter are no change of one series.
  const px = claimOf(view, x)?.period?.value;
  const py = claimOf(view, y)?.period?.value;
  if (px && py && !sameLength(px, py)) return undefined;
  const mx = claimOf(view, x)?.metric?.value;
  const my = claimOf(view, y)?.metric?.value;
  const sameMetric = mx !== undefined && mx === my;
  const bare = /^\s*(?:in\s+(?:19|20)\d{2}\s*)?(?:,|，|;|and|和|、)?\s*(?:(?:19|20)\d{2}\s*年?(?:的)?(?:为|是)?)?\s*$/i.test(gap);
  if (!sameMetric && !bare) return undefined;
  return yx < yy ? { old: x, new: y } : { old: y, new: x };
}

const DIRECTION_ZH = new RegExp(`(${UP_ZH})|(${DOWN_ZH})`);
/** Between a change and a multiple describing it: "…in November, more than", "，增长到原来的". */
const CHANGE_TAIL_EN = new RegExp(`^\\s*(?:(?:in|on|by|during|over|at)\\s+[\\w ’'.-]{1,25}?)?\\s*[,，]\\s*(?:an?\\s+|or\\s+|${HEDGE_EN}\\s+|${HEDGE_ZH})*$`, 'i');
/** "，一年增长了约", "，两年里增长了": how long the change took may come before its verb, a hedge after it. */
/** "一年多", "三个多月", "不到两年": an approximate span reads as its count does. */
const SPAN_ZH = '(?:(?:不到|近|约)?[一二两三四五六七八九十\\d]{1,3}(?:个多?|多个?)?(?:年|月|季度|周|天)多?(?:里|来|间|内|中)?)?';
const CHANGE_TAIL_ZH = new RegExp(`^\\s*[，,]\\s*${SPAN_ZH}(?:${UP_ZH})?(?:了|到|至|为)?(?:原来的)?\\s*(?:${HEDGE_ZH})?\\s*$`);

export interface Change {
  old: Quantity;
  new: Quantity;
  direction?: Direction;
  /** Read from "A against B <earlier time>": the old value is written after the new one, with its date. */
  against?: true;
}

function dir(m: RegExpExecArray | null, upGroup = 1, downGroup = 2): Direction | undefined {
  if (!m) return undefined;
  if (m[upGroup]) return 'up';
  if (m[downGroup]) return 'down';
  return undefined;
}

/** The direction words around a growth percentage, if any. */
export function directionAround(view: SentenceView, p: Quantity, after: string): Direction | undefined {
  const before = textBefore(view, p, 30);
  const d = dir(VERB_BEFORE_EN.exec(before)) ?? dir(VERB_BEFORE_ZH.exec(before));
  if (d) return d;
  const m = VERB_AFTER.exec(after);
  if (!m) return undefined;
  return m[1] || m[3] ? 'up' : 'down';
}

function like(a: Quantity, b: Quantity): boolean {
  return sameDimension(a, b) && checkable(a) && checkable(b);
}

/**
 * "从每百万tokens 20美元降到0.07美元", "from $20 per million tokens to $0.07": the denominator is written
 * once, on the first price of a change, and holds for the second.
 */
function likePrices(a: Quantity, b: Quantity): boolean {
  if (like(a, b)) return true;
  return a.kind === 'money' && b.kind === 'money' && !!a.currency && a.currency === b.currency && !!a.per && !b.per && checkable(a) && checkable(b);
}

/**
 * "from 8 points to 16": the unit is written once, on the first value, and the bare second number is in
 * it. Only points, whose figures carry no scale word, so the bare number cannot be off by a million.
 */
function unitOnFirst(a: Quantity, b: Quantity): boolean {
  return a.kind === 'points' && b.kind === 'number' && !a.style.scaleWord && !b.style.scaleWord && checkable(a) && checkable(b);
}

/** A short aside in brackets after a figure says where it comes from ("约10亿(扎克伯格5月的说法)"), not what it is compared with. */
const ASIDE = /[（(][^（）()]{1,30}[)）]/g;

function withoutAside(gap: string): string {
  return gap.replace(ASIDE, '');
}

/** All "from A to B" style pairs of adjacent like quantities in the sentence. */
export function changesIn(view: SentenceView): Change[] {
  const qs = view.quantities;
  const out: Change[] = [];
  for (let i = 0; i + 1 < qs.length; i++) {
    const x = qs[i];
    const y = qs[i + 1];
    // "from 8 points to 16", "from 3 to 12 points": the unit written on one end only.
    const bare = !likePrices(x, y) && (unitOnFirst(x, y) || unitOnFirst(y, x));
    if (!likePrices(x, y) && !bare) continue;
    const before = textBefore(view, x, 40);
    const gap = gapBetween(view, x, y);
    if (gap.length > 60) continue;
    if (bare) {
      if (FROM_BEFORE_EN.test(before) && FROM_TO_GAP_EN.test(gap) && !RANGE_WORDS.test(before)) out.push({ old: x, new: y });
      continue;
    }
    if (FROM_BEFORE_EN.test(before) && FROM_TO_GAP_EN.test(gap) && !RANGE_WORDS.test(before)) out.push({ old: x, new: y });
    else if (/\bto\s+(?:\S+\s+)?$/i.test(before) && TO_FROM_GAP_EN.test(gap) && !RANGE_WORDS.test(before)) out.push({ old: y, new: x });
    else if (FROM_ZH.test(before) && FROM_TO_GAP_ZH.test(gap) && oneOwner(view, x, y)) out.push({ old: x, new: y, direction: dir(DIRECTION_ZH.exec(gap)) });
    else if (BY_DATE_GAP_ZH.test(gap)) out.push({ old: x, new: y, direction: dir(BY_DATE_GAP_ZH.exec(gap)) });
    else if (AGAINST_GAP_EN.test(gap) && !RANGE_WORDS.test(before) && olderAgainst(view, x, y)) out.push({ old: y, new: x, against: true });
    // "年化100亿美元，相当于每月8.3亿美元，比去年的55亿美元…": a restatement per month is not the compared value.
    else if (NEW_VERSUS_OLD_ZH.test(withoutAside(gap)) && cadenceOf(view, x)?.cadence === cadenceOf(view, y)?.cadence) {
      const subject = chainSubject(view, x);
      if (subject && like(subject, y)) out.push({ old: y, new: subject });
    }
    else {
      const m = UP_FROM_GAP_EN.exec(gap);
      if (m) out.push({ old: y, new: x, direction: m[1] ? 'up' : 'down' });
      else {
        const pair = yearPair(view, x, y);
        if (pair) out.push(pair);
      }
    }
  }
  return out;
}

/** "，比去年同期的", "，较上一季度": what sets a value against the baseline after it. */
const COMPARED_AFTER_ZH = /^\s*[，,]\s*(?:同比)?(?:较|比|相比|相较于?)[^，,。；;\d]{0,8}$/;

/**
 * "A，比B多了D，比C高出P%": in a chain of comparisons each one sets the sentence's subject A against its own
 * baseline; D, the first comparison's result, is never the value the next one compares. For a stated
 * difference D right after its baseline B, itself right after A: A. Otherwise (D no difference) D itself;
 * a difference whose subject cannot be read: undefined.
 */
export function chainSubject(view: SentenceView, d: Quantity): Quantity | undefined {
  if (!DIFF_BEFORE_ZH.test(textBefore(view, d, 12))) return d;
  const qs = view.quantities;
  const k = qs.indexOf(d);
  const baseline = qs[k - 1];
  const subject = qs[k - 2];
  if (!baseline || !subject || !like(subject, baseline) || !COMPARED_AFTER_ZH.test(gapBetween(view, subject, baseline))) return undefined;
  return subject;
}

export interface RatedChange extends Change {
  rate: Quantity;
}

/**
 * "从A增至B，三个月增长了约70%", "…到B，两年里涨了约90%": the time the change took, written between the new
 * value and its rate, is no value of the change. The value before it and the gap read past it (only a
 * comma before the span, only 里/内/间/来 after it).
 */
function spanBefore(view: SentenceView, k: number): { value: Quantity; gap: string } | undefined {
  const qs = view.quantities;
  const span = qs[k - 1];
  const value = qs[k - 2];
  if (view.lang !== 'zh' || !span || !value || !isDuration(span) || !/^\s*[，,]\s*$/.test(gapBetween(view, value, span))) return undefined;
  return { value, gap: '，' + gapBetween(view, span, qs[k]).replace(/^多?(?:之内|里|内|间|来|中)?/, '') };
}

/** "半年", "半个月", "一年多": a span the recogniser reads no number in ("从A到B，半年里增长了约45%"). */
const WORD_SPAN_ZH = /^\s*[，,]\s*(?:半年多?|半个(?:月|季度)|大半年|(?:不到|近|约)?[一二两三四五六七八九十]{1,3}(?:个多?|多个?)?(?:年|月|季度|周|天)多?)(?:之内|里|内|间|来|中)?/;

/** The gap between a new value and its rate with such a span read past, as spanBefore reads past a counted one. */
function pastWordSpan(gap: string): string {
  return WORD_SPAN_ZH.test(gap) ? gap.replace(WORD_SPAN_ZH, '，') : '';
}

/**
 * The change a growth percentage is about: "B, up P% from A", "from A to B, up P%", "up P%, from A to B",
 * "较A增长P%至B", "B，较A增长P%".
 */
export function changeForRate(view: SentenceView, p: Quantity, changes: Change[]): RatedChange | undefined {
  const qs = view.quantities;
  const k = qs.indexOf(p);
  const prev = qs[k - 1];
  const next = qs[k + 1];
  // A from-to pair right before or right after the rate.
  // "从A降到B，便宜了280多倍，降幅超过99.9%": another multiple of the same change may come between.
  const between = prev && prev.kind === 'multiple' && qs[k - 2] && /^\s*[，,]\s*[^，,。；;\d]{0,6}$/.test(gapBetween(view, qs[k - 2], prev)) ? qs[k - 2] : undefined;
  const spanned = spanBefore(view, k);
  for (const c of changes) {
    const last = c.old.start < c.new.start ? c.new : c.old;
    if (spanned && last === spanned.value) {
      const m = NEW_TO_RATE_ZH.exec(spanned.gap);
      if (m) return { ...c, rate: p, direction: c.direction ?? dir(m) };
    }
    if (last === prev || (between && last === between)) {
      // "A against B a year earlier is a 59% jump": B's date is read past.
      const gap = c.against ? gapBetween(view, prev, p).replace(EARLIER_AFTER_EN, '').replace(/^\s*,?\s*(?:(?:which|that)\s+)?(?:is|was)\s+(?=an?\s)/i, ', ') : gapBetween(view, prev, p);
      const m = NEW_TO_RATE_EN.exec(gap) ?? NEW_TO_RATE_ZH.exec(gap) ?? NEW_TO_RATE_ZH.exec(pastWordSpan(gap));
      if (m) return { ...c, rate: p, direction: c.direction ?? dir(m) };
      if (NEW_TO_ANNUAL_RATE.test(gap)) return { ...c, rate: p, direction: 'up' };
      const fronted = frontedRate(view, c, gap);
      if (fronted) return { ...c, rate: p, direction: c.direction ?? fronted };
      const signed = bracketedSign(view, p, gap);
      if (signed) return { ...c, rate: p, direction: c.direction ?? signed };
      const named = c.direction ?? nounBefore(view, firstOf(c)) ?? (ARTICLE_GAP_EN.test(gap) ? dir(VERB_AFTER_EN.exec(textAfter(view, p, 24))) : undefined);
      if (named && (COPULA_GAP_EN.test(gap) || ARTICLE_GAP_EN.test(gap))) return { ...c, rate: p, direction: named };
    }
    const first = c.old.start < c.new.start ? c.old : c.new;
    if (first === next && /^\s*[,，]?\s*(?:from|从|由)?\s*(?:\S+\s+)?$/i.test(gapBetween(view, p, next))) {
      const d = directionAround(view, p, gapBetween(view, p, next));
      if (d) return { ...c, rate: p, direction: c.direction ?? d };
    }
  }
  // "B，较A增长P%" may end the sentence: only the forms with a value after the rate need one.
  if (!prev) return undefined;
  // "B, up P% from A".
  const m = NEW_TO_RATE_EN.exec(gapBetween(view, prev, p));
  if (m && next && RATE_TO_OLD_EN.test(gapBetween(view, p, next)) && like(prev, next)) return { old: next, new: prev, rate: p, direction: dir(m) };
  // "较A增长P%至B" and "B，较A增长P%".
  const zh = NEW_TO_RATE_ZH.exec(gapBetween(view, prev, p));
  if (zh && VERSUS_ZH.test(textBefore(view, prev, 20)) && !CHANGED_BY_ZH.test(textBefore(view, prev, 12))) {
    if (next && RATE_TO_NEW_ZH.test(gapBetween(view, p, next)) && like(prev, next)) return { old: prev, new: next, rate: p, direction: dir(zh) };
    const before = qs[k - 2] && chainSubject(view, qs[k - 2]);
    if (before && like(before, prev) && COMPARED_AFTER_ZH.test(gapBetween(view, qs[k - 2], prev))) {
      return { old: prev, new: before, rate: p, direction: dir(zh) };
    }
  }
  return undefined;
}

/**
 * "The jump from 300 million to 500 million was about 67%", "from $3B to $5B, a 67% rise": the change is
 * named by a noun, before it or after the rate, instead of a verb between the new value and the rate.
 */
const NOUN_BEFORE_EN = /\b(?:(jump|rise|increase|growth|gain|climb|surge)|(drop|fall|decline|decrease|slide))\s+(?:\w+\s+){0,2}?from\s+(?:\S+\s+)?$/i;
const COPULA_GAP_EN = new RegExp(`^\\s*(?:(?:in|on|by|during|at|over|through|across)\\s+[\\w ’'.-]{1,25}?\\s*)?(?:alone\\s+)?(?:was|is|were|came to|amounted to|:)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
const ARTICLE_GAP_EN = new RegExp(`^\\s*(?:(?:in|on|by|during|at|over|through|across)\\s+[\\w ’'.-]{1,25}?\\s*)?[,，]\\s*(?:or\\s+)?an?\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
/** The noun after "a 22%": what the change is. A saving, cut or reduction is a fall in what is paid. */
const VERB_AFTER_EN = /^\s*(?:(increase|rise|jump|gain|growth|surge)|(drop|decline|fall|decrease|slide|saving|savings|cut|reduction|discount))\b/i;

function firstOf(c: Change): Quantity {
  return c.old.start < c.new.start ? c.old : c.new;
}

function nounBefore(view: SentenceView, q: Quantity): Direction | undefined {
  return dir(NOUN_BEFORE_EN.exec(textBefore(view, q, 40)));
}

/** A multiple or a direction word right after a change: "…to $9 billion in November, more than 17 times". */
export function changeBefore(view: SentenceView, m: Quantity, changes: Change[]): Change | undefined {
  // "…16.5亿次，两年里增长了约20倍": how long the change took is no value of it.
  const prev = neighbour(view, m, -1);
  if (!prev) return undefined;
  const gap = gapBetween(view, prev, m);
  const fronted = frontedChange(view, prev, gap, changes);
  if (fronted) return fronted;
  if (!CHANGE_TAIL_EN.test(gap) && !CHANGE_TAIL_ZH.test(gap)) return afterSubordinate(view, m, changes);
  const found = changes.find((c) => c.new === prev || (c.old === prev && c.new.start < c.old.start));
  // "…，两年间增长约4倍": the stated span picks the pair of years that far apart (spannedYears.ts).
  const years = statedYears(view, gap, m);
  return years === undefined ? found : changeOverYears(view, m, years, found, yearOf, like);
}

/**
 * "从A到B，估值在两年里涨到了原来的近20倍", "From A to B, the valuation rose nearly 20-fold": a from–to that
 * opens its sentence is an adverbial of the clause after the comma, so that clause's subject is what
 * changed and its multiple is the change's. A subject before 从/from ("用户从A增至B，收入增长了5倍") keeps
 * the from–to to itself: the clause after the comma may be about another measure.
 */
const FRONTED_TAIL_ZH = new RegExp(`^\\s*[，,]\\s*[\\u4e00-\\u9fff]{1,6}?在?${SPAN_ZH}(?:${UP_ZH}|涨)(?:了|到|至|为){0,2}(?:原来的)?\\s*(?:${HEDGE_ZH})?\\s*$`);
const FRONTED_TAIL_EN = new RegExp(`^\\s*,\\s*(?:the|its|their)\\s+(?:[a-z-]+\\s+){1,2}(?:${UP_EN})\\s+(?:by\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i');
const OPENS_WITH_FROM = /^[\s*_>#-]*(?:从|由|from)\s*$/i;

/** "从A到B，市值又高出约60%": the same fronted from–to, with a rate after the clause's subject. */
const FRONTED_RATE_ZH = new RegExp(`^\\s*[，,]\\s*[\\u4e00-\\u9fff]{1,6}?(?:又|再|则|也|已)?在?${SPAN_ZH}(?:(${UP_ZH})|(${DOWN_ZH}))${ZH_TAIL}\\s*$`);

function frontedRate(view: SentenceView, c: Change, gap: string): Direction | undefined {
  const m = FRONTED_RATE_ZH.exec(gap);
  if (!m || c.new.start < c.old.start || !OPENS_WITH_FROM.test(view.text.slice(0, c.old.start - view.span.start))) return undefined;
  return dir(m);
}

function frontedChange(view: SentenceView, prev: Quantity, gap: string, changes: Change[]): Change | undefined {
  if (!FRONTED_TAIL_ZH.test(gap) && !FRONTED_TAIL_EN.test(gap)) return undefined;
  const c = changes.find((x) => x.new === prev && x.old.start < x.new.start);
  if (!c || !OPENS_WITH_FROM.test(view.text.slice(0, c.old.start - view.span.start))) return undefined;
  return c;
}

/**
 * "…to $32 billion in April, when it raised $2 billion: a more than eightfold jump": a clause opened by
 * when/as/after between the change and a colon only says what happened meanwhile; what follows the colon
 * describes the change.
 */
const SUBORDINATE_THEN_COLON = new RegExp(`^[^;:。；\\d]{0,30}?,\\s*(?:when|as|after|while)\\b[^;:。；]{0,80}:\\s*(?:an?\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i');

function afterSubordinate(view: SentenceView, m: Quantity, changes: Change[]): Change | undefined {
  const found = changes.filter((c) => c.new.end <= m.start && c.old.end <= m.start && c.new.start > c.old.start && SUBORDINATE_THEN_COLON.test(gapBetween(view, c.new, m)));
  return found.length === 1 ? found[0] : undefined;
}

/** "…，届时约为2024年的3倍", "…, about three times the 2024 level": a multiple of the value of a named year. */
const OF_YEAR_BEFORE_ZH = new RegExp(`(?:是|为|相当于|达到?)\\s*(?:${HEDGE_ZH})?\\s*((?:19|20)\\d{2})\\s*年(?:水平)?的\\s*$`);
const OF_YEAR_AFTER_EN = /^\s*(?:the|its|their)\s+((?:19|20)\d{2})\s+(?:level|figure|total|amount|value)\b/i;

/** The change whose old value is the year a multiple names, the multiple coming after the change. */
export function changeOfNamedYear(view: SentenceView, m: Quantity, changes: Change[]): Change | undefined {
  const named = OF_YEAR_BEFORE_ZH.exec(textBefore(view, m, 30)) ?? OF_YEAR_AFTER_EN.exec(textAfter(view, m, 30));
  if (!named) return undefined;
  const year = Number(named[1]);
  const found = changes.filter((c) => c.old.end <= m.start && c.new.end <= m.start && yearOf(view, c.old) === year && (yearOf(view, c.new) ?? year + 1) > year);
  return found.length === 1 ? found[0] : undefined;
}
