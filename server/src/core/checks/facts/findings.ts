/**
 * Turns a fact judgement into a finding: check id, earned severity, a message that names its evidence,
 * and a fix written in the author's style when exactly one value decides it.
 */
import type { Claim, Evidence, Fact, Finding, Fix, Period, Severity, Verdict } from '../../model';
import { descendantsOf, type FactBase } from '../../facts/index';
import { humanizeFact } from '../../format/humanize';
import { formatLike } from '../../recognize/index';
import { t, type Locale } from '../../i18n/messages';
import { capSeverity, checkInfo } from '../registry';
import { factInterval, midpoint } from '../intervals';
import { MATERIAL_GAP, type Judgement } from './judgement';
import { monthInsideFactSpan } from './monthInsideSpan';
import { farFromEveryFact } from './farOff';
import { datedNearMiss } from './datedNearMiss';
import { contrastedPeriods } from './periodContrast';
import { shownReplacement, shownText } from '../../recognize/shownText';
import { DAY_MS } from '../../bind/calendar';

const CHECK_OF: Partial<Record<Verdict, string>> = {
  contradicted: 'fact.value-mismatch',
  'wrong-period': 'fact.wrong-period',
  'wrong-currency': 'fact.wrong-currency',
  'wrong-scale': 'fact.wrong-scale',
  'wrong-metric': 'fact.wrong-metric',
  misattributed: 'fact.misattributed',
  stale: 'fact.stale',
  conflicting: 'fact.conflicting',
  unverifiable: 'fact.unverified',
};

/**
 * What a finding or a hover shows of a fact. Made once per fact, locale and fact base (a fact is the
 * evidence of every claim that names it, in every block and every analysis), then shared: evidence is
 * never modified once made.
 */
export function evidenceOf(f: Fact, locale: Locale, kb?: FactBase): Evidence {
  const scope = kb ?? NO_FACT_BASE;
  let byFact = evidenceMemo.get(scope);
  if (!byFact) evidenceMemo.set(scope, (byFact = new WeakMap()));
  let byLocale = byFact.get(f);
  if (!byLocale) byFact.set(f, (byLocale = {}));
  return (byLocale[locale] ??= describeEvidence(f, locale, kb));
}

const NO_FACT_BASE = {};
const evidenceMemo = new WeakMap<object, WeakMap<Fact, Partial<Record<Locale, Evidence>>>>();

function describeEvidence(f: Fact, locale: Locale, kb?: FactBase): Evidence {
  const first = f.sources[0] ?? { publisher: '' };
  // "NewsBytes (citing The Information)" is where the figure was read; name who reported it first.
  const reporter = f.reportedBy?.map((id) => kb?.entities.get(id)?.names.en[0]).find((n): n is string => Boolean(n));
  const publisher = reporter && !first.publisher.toLowerCase().startsWith(reporter.toLowerCase()) ? `${reporter} (via ${first.publisher})` : first.publisher;
  const source = { ...first, publisher };
  return {
    factId: f.id,
    value: humanizeFact(f, locale === 'zh-cn' ? 'zh' : 'en'),
    period: f.period.label,
    qualifiers: f.qualifiers,
    confidence: f.confidence,
    source: { publisher: source.publisher, title: source.title, url: source.url, date: source.date, quote: source.quote },
  };
}

/** "OpenAI annualized revenue, Dec 2023: $1.6B (The Information, 2023-12-30); $2B (Financial Times)". */
function evidenceLine(facts: Fact[], locale: Locale, kb: FactBase): string {
  return facts
    .slice(0, 3)
    .map((f) => {
      const e = evidenceOf(f, locale, kb);
      const where = [e.source.publisher, e.source.date].filter(Boolean).join(', ');
      return `${f.period.label}: ${e.value}${where ? ` (${where})` : ''}`;
    })
    .join('; ');
}

/**
 * Whose measure the finding speaks of: the claim's bindings, or, where the claim bound none (a figure
 * judged by the one fact it singles out), what all the deciding facts share, so a message never reads
 * "Baidu is Q4 2023: ¥656M". A figure bound to a maker but judged as its product's (the priced or counted
 * product the claim names, or the product a stand-in judgement found the figure under: otherParty.ts)
 * speaks of that product: "H100 unit price", not "NVIDIA unit price"; the evidence stays the facts'.
 */
function subjectOf(claim: Claim, deciding: readonly Fact[], kb: FactBase, locale: Locale): string {
  const lang = locale === 'zh-cn' ? 'zh' : 'en';
  const shared = (key: 'entity' | 'metric') => (deciding.length > 0 && deciding.every((f) => f[key] === deciding[0]![key]) ? deciding[0]![key] : undefined);
  const entityId = judgedProduct(claim, deciding, shared('entity'), kb) ?? claim.entity?.value ?? shared('entity');
  const metricId = claim.metric?.value ?? shared('metric');
  const entity = entityId ? kb.entities.get(entityId) : undefined;
  const metric = metricId ? kb.metrics.get(metricId) : undefined;
  const e = entity ? (entity.names[lang][0] ?? entity.names.en[0] ?? entity.id) : '';
  const m = metric ? (metric.names[lang][0] ?? metric.names.en[0] ?? metric.id) : '';
  return lang === 'zh' ? `${e}${m}` : `${e} ${m}`.trim();
}

/**
 * The product of the claim's bound entity (a descendant in entities.yaml) whose facts decided it: the
 * claim's own product binding when every deciding fact is that product's (filed on it, or on a maker with
 * it as `product`), else the one entity the deciding facts share. A product of another company (Meta's
 * H100s) is the buyer's figure and keeps the claim's entity.
 */
function judgedProduct(claim: Claim, deciding: readonly Fact[], sharedEntity: string | undefined, kb: FactBase): string | undefined {
  const bound = claim.entity?.value;
  if (!bound || deciding.length === 0) return undefined;
  const own = descendantsOf(kb.entities, bound);
  const product = claim.product?.value;
  if (product && product !== bound && own.includes(product) && deciding.every((f) => f.entity === product || f.product === product)) return product;
  return sharedEntity && sharedEntity !== bound && own.includes(sharedEntity) ? sharedEntity : undefined;
}

function entityName(id: string, kb: FactBase, locale: Locale): string {
  const e = kb.entities.get(id);
  const lang = locale === 'zh-cn' ? 'zh' : 'en';
  return e ? (e.names[lang][0] ?? e.names.en[0] ?? id) : id;
}

function metricName(id: string, kb: FactBase, locale: Locale): string {
  const m = kb.metrics.get(id);
  const lang = locale === 'zh-cn' ? 'zh' : 'en';
  return m ? (m.names[lang][0] ?? m.names.en[0] ?? id) : id;
}

/** Entities a coordinated pair of which is one joint figure's subject: products and models. */
const JOINT_KINDS = new Set(['product', 'model']);

/** Verdicts that hold a figure against the actual figure's facts; a credit (misattributed) is still the writer's. */
const REFERENCE_AT_MOST_INFORMATION = new Set<Judgement['verdict']>(['stale', 'wrong-period', 'contradicted', 'wrong-scale', 'wrong-metric']);

const ASKED_AT_MOST_INFORMATION = new Set<Judgement['verdict']>(['stale', 'wrong-period', 'contradicted']);

/** Why a finding shows below its check's severity: the binding or the evidence it lacks (i18n `held.*`). */
export type HeldBack =
  | 'joint-product' | 'weak-evidence' | 'asked' | 'premise' | 'outcome' | 'reference' | 'horizon' | 'forecast' | 'small-gap'
  | 'far-off' | 'group-sum' | 'binding-not-in-clause' | 'owner-or-period-inferred' | 'owner-not-in-sentence'
  | 'metric-not-in-clause' | 'metric-stated-beside' | 'period-not-sure' | 'month-inside-span' | 'year-not-written'
  | 'not-a-contradiction' | 'derived';

interface Earned {
  severity: Severity;
  /** Set when the severity is below the ceiling it was earned under (so below the check's own severity). */
  why?: HeldBack;
}

/** The ceiling capped at `cap`, with the reason when the cap lowers it. */
function held(ceiling: Severity, cap: Severity, why: HeldBack): Earned {
  const severity = capSeverity(ceiling, cap);
  return severity === ceiling ? { severity } : { severity, why };
}

/** Error needs unambiguous binding and trustworthy facts (checking-model §5). */
function earnedSeverity(claim: Claim, j: Judgement, checkCeiling: Severity, kb: FactBase): Earned {
  const facts = j.deciding;
  // A name that opens a group of names ("Microsoft and Meta spent…") may not be whose figure it is.
  // So may a deal's other side the base alone named (otherParty.ts): the text did not say whose deal it is.
  const ceiling = claim.entity?.grouped || j.unnamedParty ? capSeverity(checkCeiling, 'warning') : checkCeiling;
  if (facts.length === 0) return { severity: 'hint' };
  // A product standing for a pair ("the H100 and the A100 sold for…", bind/jointProduct.ts) is looked up
  // as its first member, whose facts are not the pair's joint figure: at most a note.
  if (claim.entity?.grouped && JOINT_KINDS.has(kb.entities.get(claim.entity.value)?.kind ?? '')) return held(ceiling, 'information', 'joint-product');
  const weak = (f: Fact) => f.fromMemory || f.confidence === 'low';
  // A wrong period rests on two facts: the other period's, which the value matches, and the stated
  // period's, which it misses. A trustworthy fact for the stated period is enough to doubt the claim.
  const trustedSamePeriod = j.verdict === 'wrong-period' && j.related.some((f) => !weak(f));
  if (facts.every(weak) && !trustedSamePeriod) {
    if (!matchIsTheEvidence(j)) return held(ceiling, 'information', 'weak-evidence');
    // Low confidence (never from memory) earns a warning, never an error (issue #4): the three checks'
    // own severity is warning today, and the cap keeps it so should one of them be raised.
    return earnedOnEvidence(claim, j, capSeverity(ceiling, 'warning'), facts);
  }
  return earnedOnEvidence(claim, j, ceiling, facts);
}

/**
 * Verdicts the match itself tells: a slip of scale or currency by the figure's own digits (the fact's
 * value to the digit, ×10ⁿ or in the other currency), a misattribution by the figure being on record
 * from another publisher. A low confidence in the fact's value does not weaken that evidence, so these
 * earn a warning on low-confidence facts; never on from-memory ones, which only inform (issue #4). A
 * slip inside quotation marks is the quoted wording's, which the draft may go on to correct beyond the
 * paragraph (a 原文："…" block, then its 更正): it stays information. A credit is the writer's even when
 * the figure is quoted.
 */
const TOLD_BY_THE_MATCH = new Set<Judgement['verdict']>(['wrong-scale', 'wrong-currency', 'misattributed']);

function matchIsTheEvidence(j: Judgement): boolean {
  if (!TOLD_BY_THE_MATCH.has(j.verdict) || j.deciding.some((f) => f.fromMemory || f.confidence !== 'low')) return false;
  return j.verdict === 'misattributed' || !j.quoted;
}

/** The severity the binding and the verdict's own conditions earn, under a ceiling the evidence allows. */
function earnedOnEvidence(claim: Claim, j: Judgement, ceiling: Severity, facts: Fact[]): Earned {
  if (j.verdict === 'conflicting') return { severity: 'information' };
  // A question's figure is the asker's, not the author's statement (askedFigure.ts).
  if (j.asked && ASKED_AT_MOST_INFORMATION.has(j.verdict)) return held(ceiling, 'information', 'asked');
  // A hypothetical's premise is set up, not dated by the author (hypotheticalPremise.ts).
  if (j.premise && (j.verdict === 'wrong-period' || j.verdict === 'stale')) return held(ceiling, 'information', 'premise');
  // What a hypothetical would lead to is the writer's scenario, not a statement of the fact (hypotheticalPremise.ts).
  if (j.outcome && REFERENCE_AT_MOST_INFORMATION.has(j.verdict)) return held(ceiling, 'information', 'outcome');
  // A plan, range or expectation the actual figure is compared with is not the actual figure (referenceFigure.ts).
  if (j.reference && REFERENCE_AT_MOST_INFORMATION.has(j.verdict)) return held(ceiling, 'information', 'reference');
  // The writer's inference from the text's own figures ("implying", 隐含) is checked by arithmetic (derivedFigure.ts).
  if (j.derived && (j.verdict === 'contradicted' || j.verdict === 'stale')) return held(ceiling, 'information', 'derived');
  // An extrapolated pace is no figure of the period it starts from, nor of the next one (derivedFigure.ts).
  if (j.pace && j.verdict === 'wrong-period') return held(ceiling, 'information', 'derived');
  // A year the figure runs "through" is its horizon, not when it was stated (horizonYear.ts).
  if (j.horizon && j.verdict === 'wrong-period') return held(ceiling, 'information', 'horizon');
  // A forecast made before the period was reported is no claim about the actual (ownForecast.ts).
  if (j.ownForecast && j.verdict !== 'supported') return held(ceiling, 'information', 'forecast');
  if (j.verdict === 'contradicted') {
    if ((j.gap ?? 1) < MATERIAL_GAP) return held(ceiling, 'information', 'small-gap');
    // Far beyond any slip of every deciding fact: the binding more likely read another measure (farOff.ts).
    if (farFromEveryFact(claim, facts)) return held(ceiling, 'information', 'far-off');
    // Missing one member's figure says nothing when the figure may be the group's sum.
    if (claim.entity?.grouped) return held(ceiling, 'information', 'group-sum');
    const direct = (b?: { how: string }) => b !== undefined && (b.how === 'explicit' || b.how === 'sentence');
    // A contradiction is only as good as the binding: the metric and the period must sit in the
    // number's own clause, or the checker may be comparing the right number with the wrong fact.
    // ...unless the sentence dates and names the figure and it misses by a slip's size (datedNearMiss.ts).
    if (claim.metric?.how !== 'explicit' || !(j.periodSure ?? claim.period?.how === 'explicit')) return held(ceiling, datedNearMiss(claim, j) ? 'warning' : 'information', 'binding-not-in-clause');
    return direct(claim.entity) && !j.periodInferred ? { severity: ceiling } : held(ceiling, 'warning', 'owner-or-period-inferred');
  }
  // "Out of date" needs the figure's owner named in its sentence: under a heading's entity an undated
  // figure is often one whose period the binder could not read ("| Q2 (Jul) | $30.0B |", "the June
  // quarter"), and then it is not old, only unplaced. Not so when its own clause says it is the level
  // now ("The company, now valued at $5 billion", "该公司眼下的市值"): the writer placed it.
  if (j.verdict === 'stale' && !j.presentStated && !(claim.entity?.how === 'explicit' || claim.entity?.how === 'sentence')) return held(ceiling, 'information', 'owner-not-in-sentence');
  // Points read as percent is told by the unit itself; other mix-ups need the metric in the clause.
  const pointsAsPercent = claim.quantity.kind === 'percent' && facts.every((f) => f.unit === 'points');
  // ...but a metric written in the figure's clause decides another measure whatever period the context lends (undatedNamedMetric.ts).
  const metricUnsure = claim.metric?.how !== 'explicit' || (claim.period?.how === 'context' && !j.undatedNamedMetric);
  if (j.verdict === 'wrong-metric' && !pointsAsPercent && metricUnsure) return held(ceiling, 'information', 'metric-not-in-clause');
  // ...and any other metric needs one a reader can see: the bound one, or the one the figure's words give it.
  if (j.verdict === 'wrong-metric' && !j.ofParent && !j.writtenVariant && !claimedMetric(claim, j)) return held(ceiling, 'information', 'metric-not-in-clause');
  // ...and points read as percent still needs whose share it is in the sentence: under a heading's
  // entity a bare percentage is as often a step of the writer's own arithmetic ("3% of $24.3B").
  if (j.verdict === 'wrong-metric' && pointsAsPercent && !(claim.entity?.how === 'explicit' || claim.entity?.how === 'sentence')) return held(ceiling, 'information', 'owner-not-in-sentence');
  // ...and a sentence that states the bound metric's own figure in another number has the two
  // figures' metrics swapped by the binding at least as likely as by the writer.
  if (j.verdict === 'wrong-metric' && j.metricStatedBeside) return held(ceiling, 'information', 'metric-stated-beside');
  // Calling a period wrong needs the period in the number's own clause; otherwise it is the binding
  // that may have picked the wrong one of several periods in the sentence.
  if (j.verdict === 'wrong-period' && !(j.periodSure ?? claim.period?.how === 'explicit')) return held(ceiling, 'information', 'period-not-sure');
  // ...and a month named for a quarter's or a year's figure may be the month that span ends in.
  if (monthInsideFactSpan(claim, j)) return held(ceiling, 'information', 'month-inside-span');
  // ...and a month or quarter whose year the writer did not write ("第四财季", "in September"), placed by
  // the binder, may be the writer's year when the figure is that same month or quarter's of another year.
  if (j.verdict === 'wrong-period' && j.periodInferred && claim.period && j.deciding.every((f) => sameSlotOfAnotherYear(claim.period!.value, f.period))) {
    return held(ceiling, 'information', 'year-not-written');
  }
  return held(ceiling, 'warning', 'not-a-contradiction');
}

/** The metric a wrong-metric message sets the figure's true one against: bound, or read from its words (Judgement.claimedMetric). */
function claimedMetric(claim: Claim, j: Judgement): string | undefined {
  return claim.metric?.value ?? j.claimedMetric;
}

/** The value to write instead, when exactly one value decides it. */
function correctedValue(claim: Claim, j: Judgement): number | undefined {
  const values = new Set<number>();
  for (const f of j.deciding) {
    const i = factInterval(f);
    const v = f.value ?? (i ? midpoint(i) : null);
    if (v === null || v === undefined || f.low !== undefined || f.high !== undefined) return undefined;
    values.add(v);
  }
  if (values.size !== 1) return undefined;
  const [v] = values;
  const per = claim.quantity.per;
  const fp = j.deciding[0].per;
  return per && fp && per.amount !== fp.amount ? (v * per.amount) / fp.amount : v;
}

export function factFinding(claim: Claim, j: Judgement, kb: FactBase, locale: Locale): Finding | undefined {
  const check = CHECK_OF[j.verdict];
  if (!check) return undefined;
  const info = checkInfo(check)!;
  const earned: Earned = j.verdict === 'unverifiable' ? { severity: 'hint' } : earnedSeverity(claim, j, info.defaultSeverity, kb);
  const severity = earned.severity;
  const q = claim.quantity;
  const evidenceFacts = [...j.deciding, ...j.related.filter((f) => !j.deciding.includes(f))];
  const params = {
    claim: `“${shownText(q)}”`,
    subject: subjectOf(claim, j.deciding, kb, locale),
    // The message names the deciding facts only; related ones (another source, another period) go to the hover.
    evidence: evidenceLine(j.verdict === 'conflicting' || j.verdict === 'misattributed' ? evidenceFacts : j.deciding, locale, kb),
    // Two periods whose labels read the same are told apart by what differs (periodContrast.ts).
    ...contrastedPeriods(claim.period?.value, j.deciding[0], locale),
    otherMetric: j.deciding[0] ? metricName(j.deciding[0].metric, kb, locale) : '',
    metric: claimedMetric(claim, j) ? metricName(claimedMetric(claim, j)!, kb, locale) : '',
    owner: j.deciding[0] ? entityName(j.deciding[0].entity, kb, locale) : '',
    // With no credit, a misplaced one is the estimator named as the figure's subject ("Gartner counted…").
    attribution: claim.attribution?.value ?? (j.verdict === 'misattributed' && claim.entity ? entityName(claim.entity.value, kb, locale) : ''),
    factor: j.scaleFactor ? (j.scaleFactor >= 1 ? j.scaleFactor : 1 / j.scaleFactor).toLocaleString('en') : '',
    // A horizon's figure (horizonYear.ts): the day it was stated; the year named is how far it runs.
    stated: j.deciding[0]?.period.start ?? '',
    variant: j.writtenVariant?.written ?? '',
    recorded: j.writtenVariant?.recorded ?? '',
  };
  const horizon = j.verdict === 'wrong-period' && j.horizon;
  const unnamed = j.verdict === 'wrong-metric' && !claimedMetric(claim, j);
  const key = j.verdict === 'contradicted' ? 'fact.contradicted' : j.ofParent ? 'fact.wrong-metric.parent' : j.writtenVariant ? 'fact.wrong-metric.variant' : unnamed ? 'fact.wrong-metric.unnamed' : horizon ? 'fact.wrong-period.horizon' : (check as Parameters<typeof t>[1]);
  const fixes: Fix[] = [];
  if (j.verdict === 'contradicted' || j.verdict === 'wrong-scale') {
    const value = correctedValue(claim, j);
    if (value !== undefined) {
      const newText = formatLike(q, value);
      if (newText && newText !== q.text) {
        const src = evidenceOf(j.deciding[0], locale, kb).source;
        fixes.push({
          title: t(locale, 'fix.replace', { old: shownText(q), new: shownReplacement(q, newText), source: [src?.publisher, src?.date].filter(Boolean).join(', ') }),
          edits: [{ start: q.start, end: q.end, newText }],
          certain: severity === 'error' && j.deciding.length === 1,
        });
      }
    }
  }
  return {
    check,
    severity,
    message: t(locale, key, params),
    start: q.start,
    end: q.end,
    text: q.text,
    claimId: claim.id,
    verdict: j.verdict,
    evidence: evidenceFacts.map((f) => evidenceOf(f, locale, kb)),
    fixes,
    // Below the check's own severity: say which part of the binding or evidence is missing.
    ...(earned.why ? { heldBack: t(locale, `held.${earned.why}`) } : {}),
  };
}

/**
 * The same month or quarter of the calendar in another year: Apr–Jun 2025 and Apr–Jun 2024, September
 * 2025 and 2024, or a day inside that month or quarter of another year (an investment dated 29 February
 * 2024 for "In February" placed in 2025). Not whole years: a year the binder placed from a month ("the
 * February call put full-year capex at…") is a reading of the words, not a guess at an unwritten year.
 */
function sameSlotOfAnotherYear(a: Period, b: Period): boolean {
  const [aStart, aEnd, bStart, bEnd] = [a.start, a.end, b.start, b.end].map((d) => Date.parse(d));
  if ((aEnd - aStart) / DAY_MS >= 93 || a.start.slice(0, 4) === b.start.slice(0, 4)) return false;
  if (a.start.slice(4) === b.start.slice(4) && a.end.slice(4) === b.end.slice(4)) return true;
  // A day's fact moved into the claim's year (29 February into a common year rolls to 1 March: a day's slack).
  const years = Number(a.start.slice(0, 4)) - Number(b.start.slice(0, 4));
  const moved = Date.UTC(Number(b.start.slice(0, 4)) + years, Number(b.start.slice(5, 7)) - 1, Number(b.start.slice(8, 10)));
  return bEnd - bStart < DAY_MS && moved >= aStart && moved <= aEnd + DAY_MS;
}
