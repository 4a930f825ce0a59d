/**
 * A figure stated as a multiple of its own level at another time, the earlier level not written:
 * "5万亿美元是2023年5月的4倍", "$5 trillion is five times its May 2023 level". The written figure must be
 * one the fact base recognises for the company (it matches that company's facts of exactly one metric),
 * and the named period must hold that metric's recorded figures, agreeing with each other; the multiple
 * is then written ÷ recorded. The corpus rule is that drafts state operands correctly, so the recorded
 * level stands in for a figure written elsewhere.
 *
 * The level may be another company's, named with the period ("超过1500亿元，是腾讯2024年的1.5倍"): then
 * the written figure's own metric must be bound in its clause, and the other company's recorded figure
 * of that metric is the base (or, for a plan, of the metric it plans: `forecastOf` in data/metrics.yaml).
 *
 * A level that names its measure ("是2023年那一轮估值的3倍", "three times its 2023 valuation level") is
 * a level of that measure: the written operand is the sentence's one figure bound to it before the
 * multiple (in "以68亿美元估值融资5亿美元，是…估值的3倍多" the 68亿, not the nearer 5亿 raised), and the base
 * is the recorded figure of that measure. Two measures named, or not exactly one such figure: nothing.
 *
 * Fact-base operands are never as sure as written ones: probable (warning at most), information when
 * the facts are weak, no fix.
 */
import type { Claim, Fact, Period, Quantity } from '../../model';
import type { FactBase } from '../../facts/index';
import { findEntityMentions } from '../../bind/mentions';
import { findTriggers } from '../../bind/metrics';
import { factInterval, intersects } from '../intervals';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable, intervalOf, isPlainMoney } from './operands';
import type { RelationOutcome } from './outcome';
import { overRecorded, recordedFigure } from './recordedFigure';
import type { RelationDetector } from './relation';
import { gapBetween, textAfter, type SentenceView } from './view';

/** "是2023年5月的", "相当于2023年5月时的": a linking verb, the period, then 的. */
const OWN_EARLIER_ZH = new RegExp(`^\\s*[，,]?\\s*(?:是|为|相当于|已是|已经是)\\s*(?:其|它|公司)?(?<period>[^，,。；;的]{2,14}?)(?:时|时候)?的\\s*(?:${HEDGE_ZH})?\\s*$`);
/** "is about five times", then "its May 2023 level". */
const LINK_EN = new RegExp(`^\\s*(?:is|was|are|were|stands at|comes to)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
const OWN_EARLIER_EN = /^\s*(?:times\s+)?(?:its|their|the company's|(?<owner>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)?)['’]s)\s+(?<period>[\w ,-]{2,24}?)\s+(?:level|figure|value|mark|size|total)\b/i;

const time = (d: string) => Date.parse(`${d}T00:00:00Z`);
const within = (f: Fact, p: Period) => time(f.period.start) >= time(p.start) && time(f.period.end) <= time(p.end);
/**
 * The facts filed for the whole named period, when there are any: Tencent's 2024 capex is the year's
 * figure, not also its fourth quarter's (a part of the year lies within it too). A level read on a day
 * inside the period (a valuation) is kept when nothing spans the whole period.
 */
function wholePeriod(facts: Fact[], p: Period): Fact[] {
  const whole = facts.filter((f) => f.period.start === p.start && f.period.end === p.end);
  return whole.length > 0 ? whole : facts;
}

/** The words naming the earlier level (its period, maybe its company), or undefined when the sentence reads otherwise. */
function earlierLevelText(view: SentenceView, figure: Quantity, m: Quantity): string | undefined {
  const gap = gapBetween(view, figure, m);
  if (view.lang === 'zh') return OWN_EARLIER_ZH.exec(gap)?.groups?.period;
  if (!LINK_EN.test(gap)) return undefined;
  const groups = OWN_EARLIER_EN.exec(textAfter(view, m, 60, true))?.groups;
  return groups ? `${groups.owner ?? ''} ${groups.period}` : undefined;
}

/** The multiple's period binding, when it was read from exactly the period words of the phrase. */
function namedPeriod(view: SentenceView, claim: Claim | undefined, periodText: string): Period | undefined {
  const p = claim?.period;
  if (!p?.span || p.how !== 'explicit') return undefined;
  const written = view.text.slice(p.span.start - view.span.start, p.span.end - view.span.start);
  return written.trim() !== '' && periodText.includes(written.trim()) ? p.value : undefined;
}

/** Another company named with the period ("腾讯2024年"), if exactly one is. */
function otherCompany(kb: FactBase, levelText: string): string | undefined {
  const named = findEntityMentions(levelText, kb).filter((e) => e.kind === 'company');
  return named.length === 1 ? named[0].entity : undefined;
}

/** The other company's recorded figures of the written figure's metric (or of what it plans) in the period. */
function otherCompanyFacts(kb: FactBase, figureClaim: Claim | undefined, other: string, earlier: Period, currency: string): Fact[] {
  const metric = figureClaim?.metric;
  if (!metric || metric.how !== 'explicit') return [];
  const inPeriod = (id: string) => wholePeriod(kb.factsFor(other, id).filter((f) => f.unit === currency && within(f, earlier)), earlier);
  const own = inPeriod(metric.value);
  const planned = kb.metrics.get(metric.value)?.forecastOf;
  return own.length > 0 || !planned ? own : inPeriod(planned);
}

/** The one metric of the company whose facts (outside `earlier`) the written figure matches. */
function recognisedMetric(kb: FactBase, entity: string, figure: Quantity, earlier: Period): string | undefined {
  const stated = intervalOf(figure);
  const metrics = new Set<string>();
  for (const f of kb.facts) {
    if (f.entity !== entity || f.unit !== figure.currency || within(f, earlier)) continue;
    const i = factInterval(f);
    if (i && intersects(i, stated)) metrics.add(f.metric);
  }
  return metrics.size === 1 ? [...metrics][0] : undefined;
}

/** The measures the words of the earlier level name ("2023年那一轮估值" names the valuation). */
function namedMeasures(kb: FactBase, levelText: string): Set<string> {
  return new Set(findTriggers(levelText, kb).map((t) => t.metric));
}

/** A claim's metric is the named measure or one of its kind (a post-money valuation is a valuation). */
const ofMeasure = (claim: Claim | undefined, measure: string): boolean => {
  const bound = claim?.metric?.value;
  return bound !== undefined && (bound === measure || bound.startsWith(`${measure}.`));
};

/** The one plain money figure before the multiple `k` in its sentence bound to `measure`, if exactly one is. */
function figureOfMeasure(view: SentenceView, k: number, measure: string): Quantity | undefined {
  const found = view.quantities.slice(0, k).filter((q) => isPlainMoney(q) && checkable(q) && ofMeasure(view.claims.get(q.start), measure));
  return found.length === 1 ? found[0] : undefined;
}

export const recordedLevel: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  view.quantities.forEach((m, k) => {
    const next = view.quantities[k - 1];
    if (m.kind !== 'multiple' || !checkable(m) || !next || !isPlainMoney(next) || !checkable(next)) return;
    const levelText = earlierLevelText(view, next, m);
    const claim = view.claims.get(m.start);
    const earlier = levelText ? namedPeriod(view, claim, levelText) : undefined;
    if (!earlier) return;
    const measures = namedMeasures(ctx.kb, levelText!);
    if (measures.size > 1) return;
    const [measure] = measures;
    const figure = measure === undefined ? next : figureOfMeasure(view, k, measure);
    if (!figure) return;
    const figureClaim = view.claims.get(figure.start);
    const entity = figureClaim?.entity?.value ?? claim?.entity?.value;
    if (!entity) return;
    const other = otherCompany(ctx.kb, levelText!);
    let facts: Fact[];
    if (other && other !== entity) facts = otherCompanyFacts(ctx.kb, figureClaim, other, earlier, figure.currency!);
    else {
      const metric = measure ?? recognisedMetric(ctx.kb, entity, figure, earlier);
      facts = metric ? wholePeriod(ctx.kb.factsFor(entity, metric).filter((f) => f.unit === figure.currency && within(f, earlier)), earlier) : [];
    }
    const base = recordedFigure(facts, ctx.kb, view.lang, ctx.locale);
    if (!base) return;
    out.push(overRecorded('arith.ratio', m, figure, base, facts, view.lang));
  });
  return out;
};
