/**
 * A multiple whose words name its base as the earlier value: "sales were $9.6 billion, up 180% from $3.4
 * billion — 2.8 times the prior year", "about 300 TWh in 2023, heading to 700 TWh by 2028, 2.3 times
 * today's level", "用户约1.2亿，是去年同期的3倍". A careful reader takes the pair the sentence already
 * wrote: the later value over the earlier one.
 *
 * The pair is the one change the sentence reads before the multiple (growthPatterns.changesIn), else the
 * only two like amounts before it, when each is dated by its own year and the years differ (the older one
 * is the base). Anything else (three like amounts, no years, an ambiguous 增长了N倍, a multiple "cheaper")
 * and nothing is said. A change is explicit; a pair read from its years alone is probable (warning at most,
 * no fix), since the words "the prior year" do not say which figure was that year's.
 */
import type { Quantity } from '../../model';
import { div } from '../intervals';
import { isAmbiguousMultiple } from './ambiguousGrowth';
import { HEDGE_ZH } from './cues';
import { statedDifference } from './growth';
import { changeForRate, changesIn, yearOf, type Change } from './growthPatterns';
import { checkable, intervalOf, sameDimension } from './operands';
import type { Certainty, RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { isDuration, textAfter, textBefore, type SentenceView } from './view';

/** "times the prior year", "x the previous price", "-fold today's level", "times last year's spend". */
const EARLIER_BASE_EN = new RegExp(
  '^\\s*(?:times|x|×|-?fold)?\\s*(?:over\\s+)?(?:' +
    "(?:the\\s+)?(?:prior|previous|preceding|year-earlier|year-ago|earlier|original|starting)\\s+(?:year|year['’]s|quarter|quarter['’]s|level|figure|total|amount|value|mark|price|estimate|valuation|round)" +
    "|today(?:['’]s)?|the\\s+(?:current|present)\\s+(?:level|figure|total|amount|value)|current\\s+levels?" +
    "|last\\s+year(?:['’]s)?|the\\s+year\\s+before|a\\s+year\\s+(?:earlier|ago|before)|the\\s+(?:2|two)\\s*0?\\d{0,2}\\s*level" +
    ')(?![A-Za-z-])',
  'i',
);
/** "是去年的", "约为一年前的", "相当于上年同期的", "是现在的约": a copula, the earlier time, 的, then the multiple. */
const EARLIER_BASE_ZH = new RegExp(
  `(?:是|为|约为|约是|相当于|达到?)\\s*(?:${HEDGE_ZH})?\\s*(?:去年|上年|上一年|前一年|一年前|上一财年|现在|目前|当前|此前|之前|原来)(?:同期)?(?:水平)?的\\s*(?:${HEDGE_ZH})?\\s*$`,
);
/** A multiple of less ("2.8 times cheaper", "tenfold drop") says how many times the new value fits in the old. */
const INVERSE_AFTER = /^\s*(?:(?:times|x|×|-?fold)\s+)?(?:cheaper|smaller|less|lower|fewer|slower|drop|decline|decrease|reduction|fall|cut)(?![A-Za-z])/i;

/** Whether the words around the multiple name an earlier time's value as its base. */
export function namesEarlierBase(view: SentenceView, m: Quantity): boolean {
  if (view.lang === 'zh') return EARLIER_BASE_ZH.test(textBefore(view, m, 24));
  return EARLIER_BASE_EN.test(textAfter(view, m, 40)) && !INVERSE_AFTER.test(textAfter(view, m, 24));
}

function isAmount(view: SentenceView, q: Quantity): boolean {
  return (q.kind === 'money' || q.kind === 'count' || q.kind === 'number') && checkable(q) && !isDuration(q) && !statedDifference(view, q);
}

/** The one change read before the multiple, or the two like amounts before it dated by different years. */
function pairBefore(view: SentenceView, m: Quantity): { change: Change; certainty: Certainty } | undefined {
  const before = (q: Quantity) => q.end <= m.start;
  // "2024年3.12亿，2023年1.25亿，2022年0.57亿，是上一年的2.5倍": with a third amount the base is no longer plain.
  const amounts = view.quantities.filter((q) => before(q) && isAmount(view, q));
  if (amounts.length !== 2) return undefined;
  const read = changesIn(view);
  // "B, up P% from A": the change a rate before the multiple is read for counts too.
  const rated = view.quantities.filter((p) => p.kind === 'percent' && before(p)).map((p) => changeForRate(view, p, read));
  const changes: Change[] = [];
  for (const c of [...read, ...rated]) {
    if (c && before(c.old) && before(c.new) && !changes.some((x) => x.old === c.old && x.new === c.new)) changes.push(c);
  }
  if (changes.length === 1) return { change: changes[0], certainty: 'explicit' };
  if (changes.length > 1) return undefined;
  if (!sameDimension(amounts[0], amounts[1])) return undefined;
  const [a, b] = amounts;
  const ya = yearOf(view, a);
  const yb = yearOf(view, b);
  if (ya === undefined || yb === undefined || ya === yb) return undefined;
  return { change: ya < yb ? { old: a, new: b } : { old: b, new: a }, certainty: 'probable' };
}

export const earlierBaseMultiple: RelationDetector = (view) => {
  const out: RelationOutcome[] = [];
  for (const m of view.quantities) {
    if (m.kind !== 'multiple' || !checkable(m) || isAmbiguousMultiple(view, m) || !namesEarlierBase(view, m)) continue;
    const pair = pairBefore(view, m);
    if (!pair) continue;
    const { change: c, certainty } = pair;
    out.push({
      check: 'arith.growth',
      result: m,
      operands: [c.old, c.new],
      computed: div(intervalOf(c.new), intervalOf(c.old)),
      recompute: ([o, n]) => div(intervalOf(n), intervalOf(o)),
      formula: `${c.new.text} ÷ ${c.old.text}`,
      certainty,
      lang: view.lang,
      ...(certainty === 'probable' ? { noFix: true } : {}),
    });
  }
  return out;
};
