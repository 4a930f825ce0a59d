/**
 * An undated level ("Cohere's valuation: $6 billion", "ChatGPT has 180 million weekly users"): a reader
 * takes it as "now", the document's date, and the newest figure known by then is the one it must meet.
 * Part of the judge (judge.ts): it knows nothing of findings or messages.
 *
 * Only for metrics whose level changes in steps and says how long a figure stays current
 * (`currentForDays` in data/metrics.yaml), and only when nothing in the sentence points elsewhere: no
 * date of any kind, no comparison, no figure of the entity that the value matches as written.
 */
import type { Claim, Fact } from '../../model';
import type { FactBase } from '../../facts/index';
import { scanPeriods } from '../../bind/periods';
import { factInterval, hull, isWithin, quantityInterval, relativeGap } from '../intervals';
import { daysBetween } from './periodMatch';
import type { Judgement, JudgeContext } from './judgement';
import { matches, matchesLoosely, meetsFigure, numeric } from './factMatch';
import { factsAbout, figureKind, knownBy, newestOf } from './factLookup';
import { namesPastMoment } from './pastMoment';
import { keepsWrittenDigits } from './writtenDigits';

/** "seeking", "asking price", "in talks", "寻求", "洽谈": the figure is a proposal, not a closed deal. */
const PROPOSAL_CUES = /\b(?:seek(?:s|ing)?|asking|ask(?:s|ed)?\s+for|in\s+talks|talks|negotiat\w*|propos\w*|target(?:s|ing)?|aim(?:s|ing)?\s+(?:for|at)|would|could|plans?\s+to|next\s+round)\b|寻求|洽谈|谈判|拟|计划|有望|目标/i;

function bounded(f: Fact): boolean {
  const fi = factInterval(f);
  return fi !== null && fi.low !== null && fi.high !== null;
}

/** Against the one current figure, a power of ten off with the same digits is a slip of scale. */
const SCALE_SLIPS = [10, 0.1, 100, 0.01, 1000, 0.001, 1e4, 1e-4];

/** How long before its dated record a figure may already circulate (reports of talks, leaks). */
const LEAK_DAYS = 92;

/** Facts that record a proposal (talks, a plan, a letter of intent) rather than a done round or a report. */
const PROPOSAL_QUALIFIERS = new Set(['talks', 'plan', 'letter-of-intent']);

/**
 * Judges an undated level against the newest figure its metric has on record by the document's date.
 * `comparable` are the facts of the claim's entity and metric in a fitting unit; `compares` says the
 * sentence compares with an earlier figure ("up from", "此前"). Returns undefined when the claim cannot
 * be judged this way; the caller then goes on as before.
 */
export function judgeUndatedLevel(claim: Claim, kb: FactBase, metric: string, comparable: Fact[], context: JudgeContext, compares: boolean): Judgement | undefined {
  const { documentDate, sentenceText } = context;
  const currentForDays = kb.metrics.get(metric)?.currentForDays;
  if (!currentForDays || !documentDate || sentenceText === undefined || compares || namesPastMoment(sentenceText)) return undefined;
  if (claim.period && claim.period.how !== 'document') return undefined;
  if (claim.metric?.how !== 'explicit' || !claim.entity || claim.entity.how === 'default' || claim.quantity.kind === 'vague') return undefined;
  // Any date in the sentence, even one that cannot be resolved ("in December"), may be the figure's own.
  if (scanPeriods(sentenceText, { start: 0, end: sentenceText.length }, { documentDate }).some((m) => m.kind !== 'present')) return undefined;
  // A value on record by then (or reported within the next quarter: leaks precede the dated record), for
  // any period or for another of the entity's figures, is a figure we could not place, not a wrong one.
  const onRecord = (f: Fact) => knownBy(f, documentDate) || daysBetween(documentDate, f.period.end) <= LEAK_DAYS;
  if (comparable.some((f) => onRecord(f) && matches(claim, f))) return undefined;
  const entityFacts = factsAbout(kb, claim.entity.value).filter((f) => numeric(f) && onRecord(f));
  // (Another metric's open bound, "at least $500M" raised, says nothing about this value.)
  if (entityFacts.some((f) => bounded(f) && matchesLoosely(claim, f))) return undefined;

  // A proposal is measured against the reported proposal, a standing level against done deals and reports.
  const proposal = PROPOSAL_CUES.test(sentenceText);
  const candidates = comparable.filter(
    (f) =>
      !f.fromMemory &&
      figureKind(f) === 'reported' &&
      knownBy(f, documentDate) &&
      f.qualifiers.some((q) => PROPOSAL_QUALIFIERS.has(q)) === proposal,
  );
  const newest = newestOf(candidates);
  if (!newest || daysBetween(newest.period.end, documentDate) > currentForDays) return undefined;
  const deciding = candidates.filter((f) => f.period.end === newest.period.end);
  if (betweenReports(claim, newest, comparable, documentDate, currentForDays)) return undefined;
  // "valued at about $1.5 billion" against a current $15B: the digits are right, the scale is not.
  for (const factor of SCALE_SLIPS) {
    const scaled = deciding.filter((f) => meetsFigure(quantityInterval(claim.quantity), f, factor) && keepsWrittenDigits(claim, f, factor));
    if (scaled.length > 0) return { verdict: 'wrong-scale', deciding: scaled, related: [], scaleFactor: factor, periodSure: true, periodInferred: true };
  }
  // "ChatGPT的两条曲线：周活用户…", "two curves: weekly users": a figure further from the current one
  // than any slip of scale reaches counts something else the binder took for the level.
  if (deciding.every((f) => beyondAnySlip(claim, f))) return undefined;
  const gaps = deciding.map((f) => relativeGap(quantityInterval(claim.quantity), factInterval(f)!));
  return { verdict: 'contradicted', deciding, related: [], gap: Math.min(...gaps), periodSure: true, periodInferred: true };
}

/** The largest slip of scale writers make (万 for 亿, a thousand for ten million). */
const LARGEST_SLIP = Math.max(...SCALE_SLIPS);

/** The claim lies more than the largest slip of scale away from the fact, on either side. */
function beyondAnySlip(claim: Claim, f: Fact): boolean {
  const c = quantityInterval(claim.quantity);
  const fi = factInterval(f);
  if (!fi || fi.low === null || fi.high === null || c.low === null || c.high === null || fi.low <= 0 || c.low <= 0) return false;
  return c.high * LARGEST_SLIP < fi.low || c.low > fi.high * LARGEST_SLIP;
}

/**
 * A value between the newest figure and the next one on record (reported while the newest would still
 * be current) may be a report in between that the base lacks ("400 million weekly users" between 300
 * million in December and 500 million in March): no contradiction.
 */
function betweenReports(claim: Claim, newest: Fact, comparable: Fact[], documentDate: string, currentForDays: number): boolean {
  const claimed = quantityInterval(claim.quantity);
  const from = factInterval(newest)!;
  return comparable.some((f) => {
    if (f.period.end <= newest.period.end || daysBetween(documentDate, f.period.end) > currentForDays) return false;
    const to = factInterval(f);
    if (!to) return false;
    return isWithin(claimed, hull(from, to));
  });
}
