/**
 * A margin stated without its operands: "今年上半年的净利率约为46%", "its net margin for 2024 was 36%". The
 * margin word names a metric and the whole it is a share of (`marginNames` and `shareOf` in
 * data/metrics.yaml); the percentage's own company and period (bound in its sentence) select the recorded
 * profit and revenue, and their quotient is the margin. The corpus rule is that a draft states its
 * operands correctly, so recorded figures stand in for the profit and revenue written elsewhere
 * (another paragraph, invariant 10).
 *
 * Fact-base operands are never as sure as written ones: probable (warning at most), weak when a fact is,
 * no fix. Nothing is read unless both figures are recorded for exactly the stated period.
 */
import type { Fact, Lang, Metric, Period } from '../../model';
import type { FactBase } from '../../facts/index';
import { div, intersects, scale, type Interval } from '../intervals';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable, intervalOf } from './operands';
import type { RelationOutcome } from './outcome';
import { recordedFigure, weakFact } from './recordedFigure';
import type { RelationDetector } from './relation';
import { textBefore, type SentenceView } from './view';
import { escapeRegExp } from '../../text/escapeRegExp';
import { DAY_MS } from '../../bind/calendar';


/** The margin word right before the percentage: "净利率约为46%", "net margin of 46%", "net margin was about 46%". */
function marginMetric(before: string, metrics: Iterable<Metric>, lang: Lang): Metric | undefined {
  for (const m of metrics) {
    const pattern = marginPattern(m, lang);
    if (pattern?.test(before)) return m;
  }
  return undefined;
}

/** Compiled once per metric and language (the metrics are the fact base's, read for every percentage). */
const marginPatterns = new WeakMap<Metric, Partial<Record<Lang, RegExp | null>>>();
function marginPattern(m: Metric, lang: Lang): RegExp | null {
  let byLang = marginPatterns.get(m);
  if (!byLang) marginPatterns.set(m, (byLang = {}));
  let pattern = byLang[lang];
  if (pattern === undefined) {
    const names = m.marginNames?.[lang] ?? [];
    if (!m.shareOf || names.length === 0) pattern = null;
    else {
      const words = names.map(escapeRegExp).join('|');
      const link = lang === 'zh' ? `(?:为|是|达到|达|约为|约)*\\s*(?:${HEDGE_ZH})?` : `\\s+(?:of|was|is|stood at|came to|at)?\\s*(?:${HEDGE_EN}\\s+)?`;
      pattern = lang === 'zh' ? new RegExp(`(?:${words})${link}\\s*$`) : new RegExp(`\\b(?:${words})${link}$`, 'i');
    }
    byLang[lang] = pattern;
  }
  return pattern;
}

const sure = (how: string | undefined) => how === 'explicit' || how === 'sentence';

/** A fiscal year or quarter ends on a weekday: "fiscal 2025" read as Feb–Jan is the recorded Jan 29–Jan 26 year. */
const FISCAL_SLACK_DAYS = 7;
const near = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) <= FISCAL_SLACK_DAYS * DAY_MS;

/** Facts of a metric for the claim's period (give or take a fiscal calendar's days), in one unit and one period. */
function factsOfPeriod(kb: FactBase, entity: string, metric: string, period: Period, unit?: string): Fact[] {
  const found = kb.factsFor(entity, metric).filter((f) => near(f.period.start, period.start) && near(f.period.end, period.end) && (!unit || f.unit === unit));
  return found.every((f) => f.period.start === found[0].period.start && f.period.end === found[0].period.end) ? found : [];
}

/** "改善了约15.7亿元", "up by $2 billion": an amount the words before it make a change, not a level. */
const CHANGE_BEFORE = /(?:改善|增加|增长|减少|下降|提升|提高|扩大|收窄|多出|缩减)了?\s*(?:约|大约|近|超过)?\s*$|\b(?:by|up|down|rose|fell|grew|improved)\s+(?:by\s+)?(?:about\s+|roughly\s+|nearly\s+)?$/i;

/** The sentence writes levels bound to the profit metric, and none of them meets the recorded profit. */
function writesOtherProfit(view: SentenceView, metric: string, recorded: Interval): boolean {
  const written = view.quantities.filter((q) => q.kind === 'money' && view.claims.get(q.start)?.metric?.value === metric && !CHANGE_BEFORE.test(textBefore(view, q, 12)));
  return written.length > 0 && !written.some((q) => intersects(intervalOf(q), recorded));
}

/**
 * "FY2024净利润A，上一财年为B…；净利率约49%": the sentence writes the profits of two periods and the
 * margin's own clause names neither, so which year's margin it is the words do not say (the period bound
 * is only the nearest one). A margin takes the profit and revenue of one period: abstain rather than pair
 * it with a year it may not be (session 30, h-fa30zh).
 */
function profitsOfSeveralPeriods(view: SentenceView, metric: string, periodWritten: boolean): boolean {
  if (periodWritten) return false;
  const periods = new Set<string>();
  for (const q of view.quantities) {
    const c = q.kind === 'money' ? view.claims.get(q.start) : undefined;
    if (c?.metric?.value === metric && c.period) periods.add(`${c.period.value.start}/${c.period.value.end}`);
  }
  return periods.size >= 2;
}

export const recordedMargin: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  for (const p of view.quantities) {
    if (p.kind !== 'percent' || !checkable(p)) continue;
    const claim = view.claims.get(p.start);
    if (!claim?.entity || !claim.period || !sure(claim.period.how)) continue;
    const metric = marginMetric(textBefore(view, p, 30), ctx.kb.metrics.values(), view.lang);
    if (!metric) continue;
    const profitFacts = factsOfPeriod(ctx.kb, claim.entity.value, metric.id, claim.period.value);
    const unit = profitFacts[0]?.unit;
    if (!unit || profitFacts.some((f) => f.unit !== unit)) continue;
    // The revenue of the very period the profit is recorded for.
    const revenueFacts = factsOfPeriod(ctx.kb, claim.entity.value, metric.shareOf!, profitFacts[0].period, unit).filter(
      (f) => f.period.start === profitFacts[0].period.start && f.period.end === profitFacts[0].period.end,
    );
    const profit = recordedFigure(profitFacts, ctx.kb, view.lang, ctx.locale);
    const revenue = recordedFigure(revenueFacts, ctx.kb, view.lang, ctx.locale);
    if (!profit || !revenue) continue;
    // "GAAP净利润728.8亿美元，是FY2024的297.6亿美元的约2.4倍，净利率约56%": the sentence writes profits of the
    // metric and none is the recorded one of the period bound, so that period is the comparison's, not the margin's.
    if (writesOtherProfit(view, metric.id, profit.interval) || profitsOfSeveralPeriods(view, metric.id, claim.period.how === 'explicit')) continue;
    const facts = [...profitFacts, ...revenueFacts];
    out.push({
      check: 'arith.percent-of',
      result: p,
      operands: [],
      computed: scale(div(profit.interval, revenue.interval), 100),
      formula: `${profit.written} ÷ ${revenue.written}`,
      notes: [profit.note, revenue.note],
      facts,
      certainty: profit.weak || revenue.weak || facts.some(weakFact) ? 'weak' : 'probable',
      lang: view.lang,
      noFix: true,
    });
  }
  return out;
};
