/**
 * The words that tie a draft's numbers into a relation, in English and Chinese.
 *
 * Relations are read from the short text BETWEEN two recognised quantities (a "gap"). A gap qualifies
 * only when it consists of nothing but the words listed here (plus hedges and punctuation): a gap with
 * any other content means the two numbers may well be about different things, and precision comes first.
 * All patterns are anchored alternations over short strings, so they cannot backtrack badly.
 */
import { MONTH_FULL_NAME_EN } from '../../text/monthNames';

/** Hedge and bound words the recogniser leaves outside a quantity's span ("is about $92M", "约1.33亿"). */
export const HEDGE_EN =
  '(?:about|around|roughly|approximately|approx\\.?|some|nearly|almost|close to|just over|just under|over|more than|less than|under|up to|at least|at most|only|just|~|≈|c\\.)';
export const HEDGE_ZH = '(?:约为|大约|大概|约|近|将近|接近|超过|逾|不到|不足|至少|仅为|仅|只有|只|达到|达|才)';

/**
 * A sentence opening that points back to the sentence before and restates it as a mean: "That's", "On
 * average, that's roughly", "This works out to", then the amount (average.ts, perPlace.ts).
 */
export const POINTER_OPENS_EN = new RegExp(
  `^\\s*(?:on average,?\\s+)?(?:that|this)(?:['’]s|\\s+is|\\s+was|\\s+would be|\\s+works out to|\\s+comes to|\\s+amounts to|\\s+averages)\\s+(?:${HEDGE_EN}\\s+)?(?:an average of\\s+)?$`,
  'i',
);

/** Restatement cues: the second number says the same as the first in other terms ("i.e.", "即"). */
export const RESTATE_EN =
  '(?:i\\.e\\.,?|ie,?|that is,?|that\'s|or|which is|which means|which comes to|which works out to|meaning|means|implies|implying|gives|giving|yields|come to|came to|equivalent to|equal to|equals|is|are|was|comes to|works out to|translates (?:in)?to|=|≈|\\(|so)';
export const RESTATE_ZH =
  '(?:即|也就是说|也就是|就是说|其实就是指|其实就是|就是指|就是|相当于|则意味着|意味着|对应的是|对应|换算下来(?:分别)?(?:是|为)?|换算成|换算为|折算(?:成|为|下来)?|折合(?:为)?|约合|合|等于|也即|平均(?:下来)?|则|所以|因此|那么|为|是|（|\\()';

/** Clause breaks: a relation never spans one. */
export const CLAUSE_BREAK = /[;；。!?！？\n]/;

/** The characters of CLAUSE_BREAK, for a scan that tests one character code at a time (no string per character). */
const CLAUSE_BREAK_CODES = new Set([...';；。!?！？\n'].map((c) => c.charCodeAt(0)));

/** Where the last clause break in text[from, to) is, or -1 (the same answer as CLAUSE_BREAK tested on each character). */
export function lastClauseBreak(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (CLAUSE_BREAK_CODES.has(text.charCodeAt(i))) return i;
  return -1;
}

/** Separators between items of a list ("1%, 3% and 6%", "1%、3%、6%"). */
export const LIST_SEPARATOR = /^\s*(?:,|，|、|;|and|,\s*and|和|及|与|以及|or|或)\s*$/;

/** "per seat", "per user": the person a price is of, written before its cadence. */
export const PER_PERSON_EN = /^\s*per\s+(?:user|seat|subscriber|customer|head|person|licen[cs]e)\b/i;

/** Words that put the same cadence on an amount: "a month", "annualized", "每月", "年化". */
export const CADENCE_AFTER_EN: [RegExp, Cadence][] = [
  [/^\s*(?:a|per|each|every|\/)\s*(?:month|mo)\b/i, 'month'],
  [/^\s*monthly\b/i, 'month'],
  [/^\s*(?:for|in) (?:the|that) month\b/i, 'month'],
  [/^\s*(?:of [a-z]+ )?(?:[a-z]+ ){0,3}(?:coming in |arriving )?(?:every|each|a|per) month\b/i, 'month'],
  [/^\s*(?:a|per|each|every|\/)\s*(?:quarter|qtr)\b/i, 'quarter'],
  [/^\s*quarterly\b/i, 'quarter'],
  [/^\s*(?:a|per|each|every|\/)\s*(?:year|yr|annum)\b/i, 'year'],
  // "$2,400 per seat per year": a price per person, then its cadence.
  [new RegExp(`${PER_PERSON_EN.source}\\s+(?:a|per|each|every|\\/)\\s*(?:year|yr|annum)\\b`, 'i'), 'year'],
  [/^\s*(?:annualized|annualised|annual|yearly|run[- ]rate|ARR)\b/i, 'year'],
  [/^\s*(?:of )?(?:annualized|annualised|annual recurring|run[- ]rate)\b/i, 'year'],
  [/^\s*(?:a|per|each|every)\s*week\b/i, 'week'],
  [/^\s*(?:a|per|each|every)\s*day\b/i, 'day'],
];
export const CADENCE_BEFORE_EN: [RegExp, Cadence][] = [
  [new RegExp(String.raw`\b(?:monthly|per-month|a month's|one month's|(?:${MONTH_FULL_NAME_EN}) (?:revenue|sales))\s+(?:revenue\s+|sales\s+)?(?:of\s+|was\s+|at\s+|is\s+)?(?:\S+\s+)?$`, 'i'), 'month'],
  [/\b(?:quarterly)\s+(?:revenue\s+|sales\s+)?(?:of\s+|was\s+|at\s+)?(?:\S+\s+)?$/i, 'quarter'],
  [/\b(?:annualized|annualised|run[- ]rate|ARR|annual recurring revenue|annual revenue|yearly)\s+(?:revenue\s+|sales\s+)?(?:of\s+|was\s+|at\s+|is\s+|near\s+|reached\s+|hit\s+)?(?:\S+\s+)?$/i, 'year'],
  [/\ba run[- ]rate (?:of|near|around|above|at)\s+(?:\S+\s+)?$/i, 'year'],
  // "$300 million a month annualises to $3.6 billion": the verb makes what follows a yearly amount.
  [/\bannuali[sz](?:es|ed|ing)\s+(?:to|at)\s+(?:\S+\s+)?$/i, 'year'],
  [/\b(?:for the (?:full |fiscal )?year|full[- ]year|over the (?:full )?year)\b[^.;,]{0,30}?\s(?:\S+\s+)?$/i, 'year'],
  [/\b(?:daily)\s+(?:revenue\s+|sales\s+|spending\s+)?(?:of\s+|was\s+|at\s+)?(?:\S+\s+)?$/i, 'day'],
];
export const CADENCE_AFTER_ZH: [RegExp, Cadence][] = [
  [/^\s*(?:\/|每)\s*月/, 'month'],
  [/^\s*(?:\/|每)\s*(?:季度|季)/, 'quarter'],
  [/^\s*(?:\/|每)\s*年/, 'year'],
  [/^\s*的?(?:年化收入|年化营收|年化)/, 'year'],
  [/^\s*的?(?:月收入|月营收)/, 'month'],
  [/^\s*的?(?:季度收入|季度营收|单季收入)/, 'quarter'],
  [/^\s*(?:\/|每)\s*(?:天|日)/, 'day'],
];
export const CADENCE_BEFORE_ZH: [RegExp, Cadence][] = [
  [/(?:每月|每个月|月收入|月营收|月均|单月|一个月|当月|那个月)(?:收入|营收)?(?:约为|约|为|是|达|达到|大约|大概|有)*\s*$/, 'month'],
  [/(?:每季度|每个季度|一个季度|单季度|单季|季度收入|季度营收)(?:收入|营收)?(?:约为|约|为|是|达|达到|大约|有)*\s*$/, 'quarter'],
  [/(?:\d{1,2}月|上一|这一|当|本|最新一个)季度的?(?:收入|营收)?(?:约为|约|为|是|达|达到|大约|有)*\s*$/, 'quarter'],
  [/(?:年化收入|年化营收|年化|(?<!半)年收入|全年收入|每年|一年)(?:规模)?(?:约为|约|为|是|达|达到|大约|有|就是|超过)*\s*$/, 'year'],
  [/(?:一年|每年|全年)的?(?:费用|花费|开支|成本|订阅费|收入|营收)(?:约为|约|为|是|达|达到|要|需要)*\s*$/, 'year'],
  [/(?:每天|每日|一天|日均)(?:收入|营收|花掉|花费|支出|开支)?(?:约为|约|为|是|达|达到|大约|有)*\s*$/, 'day'],
];

export type Cadence = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** How many of the shorter period make the longer one. */
export const PER_YEAR: Record<Cadence, number> = { day: 365, week: 52, month: 12, quarter: 4, year: 1 };

/** "per month" units the recogniser may put in `per.unit`. */
export const CADENCE_UNITS: Record<string, Cadence> = {
  day: 'day', days: 'day', 天: 'day', 日: 'day',
  week: 'week', weeks: 'week', 周: 'week',
  month: 'month', months: 'month', mo: 'month', 月: 'month',
  quarter: 'quarter', quarters: 'quarter', 季度: 'quarter', 季: 'quarter',
  year: 'year', years: 'year', yr: 'year', annum: 'year', 年: 'year',
};

/**
 * Builds an anchored "the gap consists only of these words" test. Callers cap gap length (MAX_GAP), so
 * the repetition stays cheap.
 */
export function onlyWords(lang: 'en' | 'zh', ...alternations: string[]): RegExp {
  const words = alternations.join('|');
  if (lang === 'zh') return new RegExp(`^[\\s,，:：、（(—–-]*(?:(?:${words}|${HEDGE_ZH})[\\s,，:：（(—–-]*)*$`);
  return new RegExp(`^[\\s,:(—–-]*(?:(?:${words}|${HEDGE_EN})(?![A-Za-z])[\\s,:(—–-]*)*$`, 'i');
}

const HEDGE_WORDS = new RegExp(`${HEDGE_EN}(?![A-Za-z])|${HEDGE_ZH}`, 'gi');

/**
 * Whether a gap that passed an `onlyWords` test really says "this is the same thing": filler words
 * (time phrases, "revenue", "input") and hedges alone do not; a bare comma (apposition) does unless
 * `bareIsCue` is false (side-by-side prices in two currencies are a list, not a conversion).
 */
export function carriesCue(gap: string, filler: RegExp, bareIsCue = true): boolean {
  if (!/[A-Za-z\u4e00-\u9fff=≈(（]/.test(gap)) return bareIsCue;
  return /[A-Za-z\u4e00-\u9fff=≈(（]/.test(gap.replace(filler, ' ').replace(HEDGE_WORDS, ' '));
}

/**
 * 多 + a verb of spending or earning ("多花了", "多投了", "多出了") states the excess, as 多赚了 does; 新增, 净增
 * ("三天新增约200万次") name what was added, but not after 每月, 平均 or 月均 ("平均每月新增约2亿次" is a mean per
 * month, not the whole change). Group 1 up, group 2 down.
 */
export const DIFF_BEFORE_ZH = new RegExp(`(?:(多(?:赚|收|花|投|付|支出|投入|卖|拿|融)了?|多了|增加了|增长了|扩大了|多出了?|高出|提高了|提升了|上升了|(?<!每个?[月年季天周日度]|均)(?:新增|净增)了?)|(减少了|下降了|收窄了|少了|降低了|少(?:赚|收|花|投|付)了?))(?:${HEDGE_ZH})?\\s*$`);
