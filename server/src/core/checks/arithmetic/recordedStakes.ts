/**
 * The stake a company's latest round sold, when the draft states the stake but not the round's figures
 * in its sentence: "Databricks sold a tenth of itself", "OpenAI's new investors bought about 4.2% of the
 * company", "B轮新投资人获得了约15%的股份". The round comes from the fact base (recordedRound.ts), and the
 * stake is raised ÷ post-money valuation, as in stakes.ts for a round stated in the sentence.
 *
 * Only the seller's side reads this way: a company that sold part of itself, or its new investors who
 * bought part of it. "Microsoft owns 49%", "Meta bought 49% of Scale" are holdings of another company,
 * not the stake a round sold. The company must be named in the stake's own clause, or be the only one the
 * binder sees for the sentence: a stake whose clause names no company, in a sentence naming several, is
 * left alone. Fact-base operands are never as sure as written ones: the reading is probable (warning at
 * most), and information when the recorded facts are weak.
 */
import type { Claim, Quantity } from '../../model';
import type { FactBase } from '../../facts/index';
import { findEntityMentions } from '../../bind/mentions';
import { humanizeNumber } from '../../format/humanize';
import { t } from '../../i18n/messages';
import { add, div, hull, scale, type Interval } from '../intervals';
import { CLAUSE_BREAK, HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable } from './operands';
import type { RelationOutcome } from './outcome';
import { latestRound, roundWindow, type RecordedRound } from './recordedRound';
import type { RelationContext, RelationDetector } from './relation';
import { textAfter, type SentenceView } from './view';

/** "Databricks sold", "the company gave up about": the seller is the company named before the verb. */
const SOLD_EN = new RegExp(`\\b(?:sold|sells|gave up|gives up|parted with)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
/** "OpenAI's new investors bought about", "investors in the round got". */
const INVESTORS_BOUGHT_EN = new RegExp(`\\b(?:new|round's|incoming)\\s+(?:investors|backers|shareholders)\\s+(?:[\\w-]+\\s+){0,3}?(?:bought|buy|got|get|took|take|received|receive)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
/** "出让了约", "新投资人获得了约". */
const SOLD_ZH = new RegExp(`(?:出让|让出|出售)了?(?:${HEDGE_ZH})?\\s*$`);
const INVESTORS_BOUGHT_ZH = new RegExp(`新(?:一轮)?(?:投资人|投资者|投资方|股东)(?:们)?(?:共|合计)?(?:获得|拿到|买下|持有)了?(?:${HEDGE_ZH})?\\s*$`);
/** What follows the stake: "of itself", "of the company", or nothing more than the clause's end. */
const OF_ITSELF_EN = /^\s*(?:of (?:itself|the company|the business|the startup|its (?:equity|shares))\b|stake\b|[;.,]|$)/i;
const OF_SHARES_ZH = /^\s*的?(?:股份|股权)/;

/** The text of the stake's clause before it. */
function clauseBefore(view: SentenceView, p: Quantity): string {
  const before = view.text.slice(0, p.start - view.span.start);
  const parts = before.split(CLAUSE_BREAK);
  return parts[parts.length - 1];
}

function sellerSide(view: SentenceView, p: Quantity, clause: string): boolean {
  const after = textAfter(view, p, 24);
  if (view.lang === 'zh') return OF_SHARES_ZH.test(after) && (SOLD_ZH.test(clause) || INVESTORS_BOUGHT_ZH.test(clause));
  if (SOLD_EN.test(clause)) return OF_ITSELF_EN.test(after);
  return INVESTORS_BOUGHT_EN.test(clause) && /^\s*of (?:itself|the company|the business|the startup)\b/i.test(after);
}

/** The company whose round it is: named in the clause, else the claim's entity when the sentence names no other. */
function sellerOf(view: SentenceView, clause: string, kb: FactBase, claim: Claim | undefined): string | undefined {
  const companies = (text: string) => findEntityMentions(text, kb).filter((m) => m.kind === 'company');
  const inClause = companies(clause);
  if (inClause.length > 0) return inClause[inClause.length - 1].entity;
  const bound = claim?.entity?.value;
  const inSentence = companies(view.text);
  if (!bound || inSentence.some((m) => m.entity !== bound)) return undefined;
  return bound;
}

function stakeOf(round: RecordedRound): Interval {
  const raised = { low: round.raised.value!, high: round.raised.value! };
  const post = div(raised, round.valuation);
  const pre = div(raised, add(raised, round.valuation));
  return round.basis === 'post' ? post : round.basis === 'pre' ? pre : hull(post, pre);
}

function outcomeFor(view: SentenceView, p: Quantity, round: RecordedRound, entity: string, ctx: RelationContext): RelationOutcome {
  const money = (v: number) => humanizeNumber(v, round.currency, view.lang);
  const raised = money(round.raised.value!);
  const valuation = round.valuations.map((f) => money(f.value ?? f.low ?? 0)).join(' / ');
  const name = ctx.kb.entities.get(entity)?.names[view.lang]?.[0] ?? ctx.kb.entities.get(entity)?.names.en[0] ?? entity;
  const source = round.raised.sources[0]?.publisher ?? '';
  const share = stakeOf(round);
  return {
    check: 'arith.ratio',
    result: p,
    operands: [],
    computed: p.kind === 'percent' ? scale(share, 100) : share,
    formula: round.basis === 'pre' ? `${raised} ÷ (${raised} + ${valuation})` : `${raised} ÷ ${valuation}`,
    notes: [t(ctx.locale, 'arith.fact-round', { company: name, date: round.date, raised, valuation, source })],
    facts: [round.raised, ...round.valuations],
    certainty: round.weak ? 'weak' : 'probable',
    lang: view.lang,
    noFix: true,
  };
}

export const recordedStakes: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  for (const p of view.quantities) {
    if ((p.kind !== 'percent' && p.kind !== 'ratio') || !checkable(p)) continue;
    const clause = clauseBefore(view, p);
    // A round stated in the clause itself is stakes.ts's reading, from the draft's own figures.
    if (view.quantities.some((q) => q.kind === 'money' && q.end <= p.start && clause.length >= p.start - q.start)) continue;
    if (!sellerSide(view, p, clause)) continue;
    const claim = view.claims.get(p.start);
    const entity = sellerOf(view, clause, ctx.kb, claim);
    const window = entity ? roundWindow(claim?.period?.value, ctx.documentDate) : undefined;
    const round = entity && window ? latestRound(ctx.kb, entity, window) : undefined;
    if (entity && round) out.push(outcomeFor(view, p, round, entity, ctx));
  }
  return out;
};
