/**
 * A figure stated as a multiple of its own level at another time, the earlier level not written:
 * "5万亿美元是2023年5月的4倍", "$5 trillion is five times its May 2023 level". The written figure must be
 * one the fact base recognises for the company (it matches that company's facts of exactly one metric),
 * and the named period must hold that metric's recorded figures, agreeing with each other; the multiple
 * is then written ÷ recorded. The corpus rule is that drafts state operands correctly, so the recorded
 * level stands in for a figure written elsewhere.
 *
 * Fact-base operands are never as sure as written ones: probable (warning at most), information when
 * the facts are weak, no fix.
 */
import type { Claim, Fact, Period, Quantity } from '../../model';
import type { FactBase } from '../../facts/index';
import { factInterval, intersects } from '../intervals';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable, intervalOf, isPlainMoney } from './operands';
import type { RelationOutcome } from './outcome';
import { overRecorded, recordedFigure } from './recordedFigure';
import type { RelationDetector } from './relation';
import { gapBetween, textAfter, type SentenceView } from './view';

/** "是2023年5月的", "相当于2023年5月时的": a linking verb, the period, then 的. */
const OWN_EARLIER_ZH = new RegExp(`^\\s*(?:是|为|相当于|已是|已经是)\\s*(?:其|它|公司)?(?<period>[^，,。；;的]{2,14}?)(?:时|时候)?的\\s*(?:${HEDGE_ZH})?\\s*$`);
/** "is about five times", then "its May 2023 level". */
const LINK_EN = new RegExp(`^\\s*(?:is|was|are|were|stands at|comes to)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
const OWN_EARLIER_EN = /^\s*(?:times\s+)?(?:its|their|the company's)\s+(?<period>[\w ,-]{2,24}?)\s+(?:level|figure|value|mark|size)\b/i;

const time = (d: string) => Date.parse(`${d}T00:00:00Z`);
const within = (f: Fact, p: Period) => time(f.period.start) >= time(p.start) && time(f.period.end) <= time(p.end);

/** The period text between the figure and the multiple, or undefined when the sentence reads otherwise. */
function earlierPeriodText(view: SentenceView, figure: Quantity, m: Quantity): string | undefined {
  const gap = gapBetween(view, figure, m);
  if (view.lang === 'zh') return OWN_EARLIER_ZH.exec(gap)?.groups?.period;
  if (!LINK_EN.test(gap)) return undefined;
  return OWN_EARLIER_EN.exec(textAfter(view, m, 40, true))?.groups?.period;
}

/** The multiple's period binding, when it was read from exactly the period words of the phrase. */
function namedPeriod(view: SentenceView, claim: Claim | undefined, periodText: string): Period | undefined {
  const p = claim?.period;
  if (!p?.span || p.how !== 'explicit') return undefined;
  const written = view.text.slice(p.span.start - view.span.start, p.span.end - view.span.start);
  return written.trim() !== '' && periodText.includes(written.trim()) ? p.value : undefined;
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

export const recordedLevel: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  view.quantities.forEach((m, k) => {
    const figure = view.quantities[k - 1];
    if (m.kind !== 'multiple' || !checkable(m) || !figure || !isPlainMoney(figure) || !checkable(figure)) return;
    const periodText = earlierPeriodText(view, figure, m);
    const claim = view.claims.get(m.start);
    const earlier = periodText ? namedPeriod(view, claim, periodText) : undefined;
    const entity = view.claims.get(figure.start)?.entity?.value ?? claim?.entity?.value;
    if (!earlier || !entity) return;
    const metric = recognisedMetric(ctx.kb, entity, figure, earlier);
    if (!metric) return;
    const facts = ctx.kb.factsFor(entity, metric).filter((f) => f.unit === figure.currency && within(f, earlier));
    const base = recordedFigure(facts, ctx.kb, view.lang, ctx.locale);
    if (!base) return;
    out.push(overRecorded('arith.ratio', m, figure, base, facts, view.lang));
  });
  return out;
};
