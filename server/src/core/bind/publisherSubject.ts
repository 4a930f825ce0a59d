/**
 * A publisher is not what its figures are about. A research firm or newsroom named beside a figure
 * ("| Dec 2023 | $2B run-rate | The Information |", "HBM … (Counterpoint est.)", "IDC据此估算，降幅超过280倍")
 * is usually where the figure comes from, not its subject: an organisation is the subject only of the
 * measures the fact base records for it (the AI Index's survey shares, the IEA's electricity figures).
 * So when the binder chose an organisation that holds no fact of the bound metric, the figure is read
 * again without that name, and whatever the clause, row or heading names instead is its subject.
 *
 * Not when the organisation is the subject of the number's own clause ("Goldman Sachs asked 'AI's $600
 * billion question'") or is credited with estimating it ("IDC据此估算…280倍"): then the writer gives
 * the figure to that estimator, and the judge checks that credit against whose estimate is on record
 * (checks/facts/verdicts/anotherEstimator.ts). Moving the figure to another name would hide the slip.
 *
 * Except when the estimate is about a company: "Bloomberg then estimated those points were worth $400
 * million", "analysts cited by Bloomberg put it at $400 million", in a paragraph about Microsoft's AI
 * revenue. A credited publisher that records nothing of the metric passed on (or made) an estimate of
 * someone's figure; when the clause, sentence or paragraph names a company or product that does file
 * figures of that metric, the figure is that company's, and the publisher stays its credit, which the judge
 * checks against who reported the figure on record (supported.ts). Not when the name found instead is
 * another estimator (an organisation or a person): that is anotherEstimator.ts's reading.
 */
import type { Binding, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import { ESTIMATOR_KINDS } from './estimator';

/** How many publishers in a row one figure may skip ("CNBC, citing The Information"). */
const MAX_SKIPS = 3;

/**
 * The entity of a figure once organisations that record nothing of its metric are set aside.
 * `rebind(skip)` binds the figure again with the names of `skip` ignored. Without the facts (a
 * hand-built knowledge), or when nothing else is named, the first binding stands: it is unverifiable
 * either way, and a source that is the only name around stays recorded as it was.
 */
export function subjectBesidePublishers(
  first: Binding<string> | undefined,
  metric: string | undefined,
  kb: BindingKnowledge,
  credits: readonly Span[],
  rebind: (skip: ReadonlySet<string>) => Binding<string> | undefined,
): Binding<string> | undefined {
  const skip = new Set<string>();
  let bound = first;
  const credited = (b: Binding<string>) => credits.some((c) => c.start === b.span?.start && c.end === b.span?.end);
  const setAside = (b: Binding<string>) => b.how !== 'explicit' && !credited(b);
  while (bound && metric !== undefined && setAside(bound) && recordsNothingOf(bound.value, metric, kb) && skip.size < MAX_SKIPS) {
    skip.add(bound.value);
    const next = rebind(skip);
    // Nothing else named, or only the same publisher again (through a person who speaks for it).
    if (!next || skip.has(next.value)) return first;
    bound = next;
  }
  if (bound && metric !== undefined && credited(bound) && recordsNothingOf(bound.value, metric, kb)) return estimatedCompany(bound, metric, kb, rebind) ?? bound;
  return bound;
}

/** Who a credited publisher's estimate is about: the company or product named instead that files figures of the metric. */
function estimatedCompany(
  credit: Binding<string>,
  metric: string,
  kb: BindingKnowledge,
  rebind: (skip: ReadonlySet<string>) => Binding<string> | undefined,
): Binding<string> | undefined {
  const next = rebind(new Set([credit.value]));
  if (!next || next.value === credit.value || !kb.factsFor) return undefined;
  const kind = kb.entities.get(next.value)?.kind;
  if (kind === undefined || ESTIMATOR_KINDS.has(kind)) return undefined;
  return kb.factsFor(next.value, metric).length > 0 ? next : undefined;
}


/** An organisation of which the fact base records no figure of this metric, from either side of a deal. */
function recordsNothingOf(entity: string, metric: string, kb: BindingKnowledge): boolean {
  if (!kb.factsFor || !kb.facts || kb.entities.get(entity)?.kind !== 'organisation') return false;
  if (kb.factsFor(entity, metric).length > 0) return false;
  return !kb.facts.some((f) => f.counterparty === entity && f.metric === metric);
}
