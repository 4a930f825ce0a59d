/**
 * Whose figure a sentence with no subject states: a market-wide statistic ("全球数据中心耗电约415太瓦时",
 * "US private AI investment was $109.1B") belongs to no company; the fact base files it under the body
 * that estimated it (the IEA, the AI Index). So, when nothing else is the subject, the organisation the
 * sentence credits with estimating the figure ("国际能源署估计", "the IEA estimates") is its entity; failing
 * that, the single organisation a heading names ("# 斯坦福AI指数报告里的中美差距"), as context.
 * A heading naming a company still wins over both (it is tried first, in entities.ts).
 */
import type { Binding, Fact, Span } from '../model';
import type { Attribution } from './attribution';
import type { BindingKnowledge } from './knowledge';
import { mentionsIn, type EntityMention } from './mentions';
import { entityBinding } from './subject';

/**
 * Right after the name: it estimated the figure ("IEA estimates", "Gartner's forecast", 国际能源署估计), or
 * measured it in a survey of its own ("according to the McKinsey survey": a survey's shares are its maker's).
 * A publisher that reports or counts ("according to Bloomberg", "Bloomberg's count", 据高盛统计) only
 * passes on a figure about someone else, so it is not the subject.
 */
const ESTIMATED = /^(?:['’]s?\s+(?:own\s+|latest\s+)?(?:estimate|estimates|forecast|projection|survey)|\s+survey|\s+(?:estimates|estimated|projects|projected|forecasts|forecast|expects|expected|reckons|reckoned))(?![A-Za-z])|^\s*(?:的)?(?:估计|估算|预计|预测|测算|认为)/;

/**
 * Verbs that make a figure its speaker's own reckoning only when the speaker is a body the base files
 * figures under (an estimator on record: the IEA, the AI Index, Goldman Sachs): "the IEA puts demand at",
 * "Goldman then put its own number on the gap", "McKinsey calculated", 国际能源署算出. A newsroom that
 * "puts" or "found" a figure passes on someone else's; a company that "puts" money in invests it.
 */
const ESTIMATED_ON_RECORD =
  /^(?:\s+(?:then|also|now|later|since))?\s+(?:puts(?!\s+(?:in|into|up|out|forward|money|cash)\b)|put\s+(?:its|their)\s+(?:own\s+)?(?:number|estimate|figure|tally)|calculates|calculated)(?![A-Za-z])|^\s*(?:的)?(?:算出|推算)/;

/** The known organisation credited with estimating the figure at `at`: the nearest credit before it, else after. */
export function creditedOrganisation(text: string, at: Span, attributions: readonly Attribution[], kb: BindingKnowledge): Binding<string> | undefined {
  const estimated = (a: Attribution) => {
    const after = text.slice(a.end, a.end + 40);
    return ESTIMATED.test(after) || (ESTIMATED_ON_RECORD.test(after) && kb.factsFor !== undefined && kb.factsFor(a.entity!).length > 0);
  };
  const known = attributions.filter(
    (a) => a.entity !== undefined && kb.entities.get(a.entity)?.kind === 'organisation' && (!a.forward || a.end <= at.start) && estimated(a),
  );
  const before = known.filter((a) => a.end <= at.start);
  const credit = before.length > 0 ? before[before.length - 1] : known.find((a) => a.start >= at.end);
  return credit && { value: credit.entity!, how: 'sentence', span: { start: credit.start, end: credit.end } };
}

/**
 * A figure with no subject, credited by a preposition ("according to the IEA", "per the AI Index",
 * 根据斯坦福AI指数) to an organisation under which the fact base files figures of its metric: the body that
 * measured a market-wide statistic is its entity, as an estimator is (above). Not a publisher that says
 * it counted ("据高盛统计", "by Bloomberg's tally": a count of others' figures), nor one that speaks ("Goldman
 * said": a speaker, see subject.ts), nor one that records nothing of the metric.
 */
export function creditedHomeOfMetric(text: string, metric: string | undefined, attributions: readonly Attribution[], kb: BindingKnowledge): Binding<string> | undefined {
  if (metric === undefined || !kb.factsFor) return undefined;
  const homes = attributions.filter(
    (a) =>
      a.entity !== undefined &&
      kb.entities.get(a.entity)?.kind === 'organisation' &&
      PREPOSITIONAL_CREDIT_BEFORE.test(text.slice(Math.max(0, a.start - 24), a.start)) &&
      !COUNTED_AFTER.test(text.slice(a.end, a.end + 12)) &&
      kb.factsFor!(a.entity, metric).length > 0,
  );
  // Two bodies credited for one figure: which one measured it is not said.
  if (new Set(homes.map((a) => a.entity)).size !== 1) return undefined;
  const a = homes[0];
  return { value: a.entity!, how: 'sentence', span: { start: a.start, end: a.end } };
}

const PREPOSITIONAL_CREDIT_BEFORE = /(?:(?<![A-Za-z])(?:according to|per|citing)\s+(?:the\s+)?|(?:据|根据)\s*)$/i;
const COUNTED_AFTER = /^\s*(?:['’]s\s+)?(?:的)?(?:统计|tally|count|calculation)/i;

/**
 * The organisation named by the section heading (or, when it names nothing, the headings above), if it
 * names only that, and the paragraph names no one else but publishers: a paragraph about someone (an
 * economist, a company) is about them, not about the report its section quotes.
 */
export function headingOrganisation(headings: readonly Span[], paragraph: Span, mentions: readonly EntityMention[], kb: BindingKnowledge): Binding<string> | undefined {
  for (const h of headings) {
    const named = mentionsIn(mentions, h.start, h.end);
    const distinct = new Set(named.map((m) => m.entity));
    if (distinct.size === 1 && named[0].kind === 'organisation') {
      // Publishers credited in the paragraph and generic things (GPUs) do not count; a person stands for
      // whom they speak for.
      const org = named[0].entity;
      const others = mentionsIn(mentions, paragraph.start, paragraph.end).some(
        (m) => m.kind !== 'organisation' && m.kind !== 'other' && entityBinding(m, 'context', kb).value !== org,
      );
      return others ? undefined : entityBinding(named[0], 'context', kb);
    }
    if (distinct.size > 0) return undefined;
  }
  return undefined;
}

/** Who the base files each metric's figures under, per fact list (read once, as the binder reads facts). */
const ownersOfMetric = new WeakMap<readonly Fact[], Map<string, Set<string>>>();

function metricOwners(facts: readonly Fact[], metric: string): ReadonlySet<string> {
  let byMetric = ownersOfMetric.get(facts);
  if (!byMetric) {
    byMetric = new Map();
    for (const f of facts) {
      const owners = byMetric.get(f.metric) ?? new Set<string>();
      owners.add(f.entity);
      byMetric.set(f.metric, owners);
    }
    ownersOfMetric.set(facts, byMetric);
  }
  return byMetric.get(metric) ?? new Set();
}

/** Who makes estimates: research bodies, banks, economists (publisherSubject.ts reads it too). */
export const ESTIMATOR_KINDS: ReadonlySet<string> = new Set(['organisation', 'person']);

/**
 * A market-wide figure credited to a body the base files nothing of its metric under ("According to
 * PitchBook, private investment in generative AI reached $33.9 billion", "According to Gartner, the cost
 * of … inference fell 280x"): when every figure of the metric on record is one estimator's (the AI
 * Index's), the figure states a market statistic, and the body credited with it is its owner, as an
 * estimator named with "estimates" is (creditedOrganisation). The judge then checks the credit against
 * the estimator on record (anotherEstimator.ts). A metric some company reports (revenue) or that several
 * bodies measure is left alone: the credit alone cannot say whose figure it is.
 */
export function marketEstimator(text: string, metric: string | undefined, at: Span, attributions: readonly Attribution[], kb: BindingKnowledge): Binding<string> | undefined {
  if (metric === undefined || !kb.facts || !kb.factsFor) return undefined;
  const credits = attributions.filter(
    (a) =>
      a.entity !== undefined &&
      kb.entities.get(a.entity)?.kind === 'organisation' &&
      (!a.forward || a.end <= at.start) &&
      // Credited by a preposition, as creditedHomeOfMetric reads it: a body that "puts" a figure is read by creditedOrganisation.
      PREPOSITIONAL_CREDIT_BEFORE.test(text.slice(Math.max(0, a.start - 24), a.start)) &&
      !COUNTED_AFTER.test(text.slice(a.end, a.end + 12)) &&
      kb.factsFor!(a.entity, metric).length === 0,
  );
  if (new Set(credits.map((a) => a.entity)).size !== 1) return undefined;
  const owners = metricOwners(kb.facts, metric);
  if (owners.size !== 1 || !ESTIMATOR_KINDS.has(kb.entities.get([...owners][0])?.kind ?? '')) return undefined;
  const credit = credits[0];
  return { value: credit.entity!, how: 'sentence', span: { start: credit.start, end: credit.end } };
}
