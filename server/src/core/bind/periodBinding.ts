/**
 * Which period a number belongs to: the period expression nearest to it in its clause, else in its
 * sentence, else the last one of an earlier sentence of the paragraph, else the heading's only one.
 *
 * A present marker ("now", 目前) gives the document's date, and only to instant metrics (a market cap
 * "now"); a flow such as revenue gets no period the text does not state. An undated sentence gets no
 * period at all: the fact checks then compare with what was known by the document's date, whereas a
 * dated guess would turn "Inflection raised $1.3B" into a wrong-period alarm. An expression that
 * cannot be resolved (a relative one without a document date) stops the search: the text names a
 * period, just not one we can compute, and carrying another would be wrong.
 */
import type { Binding, BindingHow, Metric, Period, Quantity, Span } from '../model';
import { calendarYearPeriod, fiscalYearPeriod } from './calendar';
import { mentionsIn } from './mentions';
import { fiscalColumnYears } from './fiscalColumn';
import { normaliseDigits, rawPeriodMatches, resolveMatches, type PeriodMention } from './periods';
import { resolveSpec } from './periodSpec';
import { presentLevelVerb } from './presentLevel';
import { dealUnderWay, underWayFrom } from './dealUnderWay';
import { announcedFullYear } from './announcedMonth';
import { headingPeriod } from './headingPeriod';
import { restatesPrevious } from './restatement';
import { asFigurePeriod, type FigureInput } from './publicationMonth';
import { datesBracketedEvent, datesBracketedFigure, footnotesOtherFigure } from './bracketAside';
import { datesBaseline, datesChangeStart, datesOtherBaseline } from './baselineDate';
import { unlikeBaselineSpan } from './likeBaselineSpan';
import { endsRunningCount } from './throughYear';
import { projectedThroughPeriod } from './projectedThrough';
import { yearsAgoDay } from './yearAgoFlow';
import { datesExchangeRate, datesOnlyRate, isConversionRate } from './fxRateDate';
import { noDateOfItsOwn, ownConjunctDates } from './conjunctDate';
import { baseFigureAfter, comparedByFigure, isChangeBase, multipleBase, riseBase } from './changeBase';
import { deliveryWindowMentions } from './deliveryWindow';
import { datesOtherConjunct } from './conjunctPeriod';
import { datesAnotherFigure } from './modifierDate';
import { shorterThanRate } from './statedRate';
import { datesGuidanceGiven } from './guidanceDate';
import { sentenceDealtPeriod } from './dealtPeriod';
import { distance, nearest, overlapping } from './mentionGeometry';
import { isComparedPeriodAfter } from './comparisonObject';
import { datesNoFigureCarried, settle } from './settlePeriod';
import { stepsOnInTime } from './steppedOn';
import { datesSubjectAside } from './subjectAside';
import { comparedWithThat } from './comparedWithThat';
import { datesCondition } from './conditionDate';
import { endOfChangeOver } from './changeOverPeriod';
import { basesComparisonElsewhere } from './comparisonBaseElsewhere';
import { namesDealByValue } from './namedDeal';
import { changeStartAside, startAsideBefore } from './changeStartAside';
import { arrowItem } from './arrowItem';
import { datesModelRelease } from './releaseDate';

export type PeriodFinder = (span: Span, fiscalYearEnd: string | undefined) => PeriodMention[];

/**
 * Period expressions of any span of one document: the patterns run once over the whole text, and each
 * span resolves its own matches (cached per span and fiscal year end).
 */
export function periodFinder(text: string, documentDate: string | undefined, source: string = text): PeriodFinder {
  // "| 财年 | 营收 |" over "| 2024 | … |": the column's years are fiscal years (fiscalColumn.ts). Tables are
  // read from the source (`text` may have its table pipes blanked; the offsets are the same).
  const raws = fiscalColumnYears(source, rawPeriodMatches(withCellWalls(text, source), { start: 0, end: text.length }));
  const normalised = normaliseDigits(text);
  // Keyed by fiscal year end, then start, then end, not by a string made of the three: binding asks a
  // dozen times per figure, and building and hashing a key string for each question cost more than the
  // answer did once it was cached.
  // (No fiscal year end and an empty one share answers, as they did under the string key.)
  const cache = new Map<string, Map<number, Map<number, PeriodMention[]>>>();
  return (span, fiscalYearEnd) => {
    let byStart = cache.get(fiscalYearEnd ?? '');
    if (!byStart) cache.set(fiscalYearEnd ?? '', (byStart = new Map()));
    let byEnd = byStart.get(span.start);
    if (!byEnd) byStart.set(span.start, (byEnd = new Map()));
    let found = byEnd.get(span.end);
    if (!found) {
      const inSpan = mentionsIn(raws, span.start, span.end);
      // Half the spans asked about name no period: nothing to resolve (resolveMatches would still slice
      // the span and test it for words of what is to come).
      found = inSpan.length === 0 ? [] : resolveMatches(normalised.slice(span.start, span.end), span, inSpan, { documentDate, fiscalYearEnd });
      byEnd.set(span.end, found);
    }
    return found;
  };
}

/**
 * The text with the table pipes the masked text blanked put back, as walls no period pattern reads
 * across: blanked, "| Q2 2024 | Q3 2024 |" reads as "Q2" and "2024 Q3" (a year-first quarter spanning
 * two header cells), so each column got the next one's quarter or none. Same offsets.
 */
function withCellWalls(text: string, source: string): string {
  if (source === text || source.length !== text.length || !source.includes('|')) return text;
  let out = '';
  let from = 0;
  for (let at = source.indexOf('|'); at >= 0; at = source.indexOf('|', at + 1)) {
    if (text[at] !== ' ') continue;
    out += text.slice(from, at) + '|';
    from = at + 1;
  }
  return out + text.slice(from);
}

export interface PeriodInput {
  text: string;
  quantity: Quantity;
  clause: Span;
  sentence: Span;
  paragraph: Span;
  heading?: Span;
  /** The headings enclosing the section heading, innermost first: their period when the heading names none. */
  outerHeadings?: readonly Span[];
  /** Quantities of the sentence: a "year" inside one ("2000 GPUs") is not a period. */
  quantities: readonly Quantity[];
  /** The document's quantities, sorted: a count in an earlier sentence ("2048块H800") is no year either. */
  allQuantities?: readonly Quantity[];
  fiscalYearEnd?: string;
  /** The fiscal year end of the company named last in a span, before `before` (the calendar an anchor's period is told in). */
  fiscalYearEndNamedIn?: (span: Span, before: number) => string | undefined;
  periodKind?: Metric['periodKind'];
  /** The bound metric records money changing hands once (a round raised, a deal): dated when it happens, whatever periodKind says. */
  oneOff?: boolean;
  find: PeriodFinder;
  /** The number is the starting point of a comparison ("up from $27 billion"): see isBaseline. */
  baseline?: boolean;
  /** The number is written as a rise ("added $34B", 多出, "up 3-fold"): see riseWording.ts. */
  rise?: boolean;
  /** The document's date: a level stated in the present tense ("is worth $2 trillion") holds on it. */
  documentDate?: string;
}


/** Expressions that name a span a flow may be for (not a date of something that happened in it). */
const SPANS = new Set<PeriodMention['spec']['t']>(['quarter', 'monthQuarter', 'half', 'year', 'monthRange', 'monthYear', 'relQuarter']);

export function choosePeriod(input: PeriodInput): Binding<Period> | undefined {
  // The sentence itself deals the figure its period: a list of years, quarters or dates, or a restatement (dealtPeriod.ts).
  const dealt = sentenceDealtPeriod(input);
  if (dealt === 'none') return undefined;
  if (dealt) return dealt;
  const chosen = chooseNamedPeriod(input);
  // A rate over a generic quarter or year is not the figure of a shorter period named beside it (statedRate.ts).
  return chosen && shorterThanRate(input.text, input.quantity, input.clause, chosen.value, chosen.span) ? undefined : chosen;
}

/** A figure inside the event phrase "since" opens is the event's, dated by the date itself (periods.ts). */
function insideSinceEvent(m: PeriodMention, q: Span): PeriodMention {
  if (!m.sinceEvent || q.start < m.sinceEvent.start || q.end > m.sinceEvent.end) return m;
  return { ...m, since: false, period: m.sinceEvent.period, sinceEvent: undefined };
}

function chooseNamedPeriod(input: PeriodInput): Binding<Period> | undefined {
  const { quantity: q, clause, sentence, baseline } = input;
  const fye = input.fiscalYearEnd;
  // "2000 GPUs" is a count, not the year 2000; a bare number overlapping a date is part of the date.
  const valid = (m: PeriodMention, among: readonly Quantity[] = input.quantities) =>
    !among.some((o) => o.kind !== 'number' && o.start < m.end && m.start < o.end && !(o.start >= m.start && o.end <= m.end));
  // A release's month or a fiscal year's closing month dates no figure (publicationMonth.ts).
  const found = input.find(sentence, fye).filter((m) => valid(m)).map((m) => insideSinceEvent(m, q));
  const namesSpan = found.some((m) => SPANS.has(m.spec.t) && m.period !== undefined);
  // Only the fields asFigurePeriod reads, made once: copying the whole input for each mention was a
  // measurable share of binding (it has some thirty fields).
  const figure: FigureInput = { text: input.text, quantity: q, clause, quantities: input.quantities, fiscalYearEnd: fye, periodKind: input.periodKind, namesSpan, oneOff: input.oneOff };
  let inSentence = found.flatMap((m) => asFigurePeriod(figure, m));
  // A period in a bracketed aside with its own figure ("61亿美元（2023年为17亿美元）") is that figure's.
  inSentence = inSentence.filter((m) => !datesBracketedFigure(input.text, m, q, input.quantities, sentence));
  // ...and one in brackets after another date naming a later event ("2024年11月（12月交割）") is that event's.
  inSentence = inSentence.filter((m, _, all) => !datesBracketedEvent(input.text, m, q, sentence, all));
  // "up 17% on the second quarter", "较上季度增长17%": the base a change is measured against (changeBase.ts).
  // The base's own figure, written right after it ("up 78% on the year-ago $22.1 billion", "on the second
  // quarter's $30.0 billion"), is dated by it all the same.
  inSentence = inSentence.filter((m) => !isChangeBase(input.text, m) || baseFigureAfter(input.text, m, q));
  // "11月发布的Acme 2标价输入0.5美元": the release date dates the model, not its price (releaseDate.ts).
  inSentence = inSentence.filter((m) => !datesModelRelease(input.text, m));
  // "按2024年12月月均汇率7.28约合218元": the month dates the rate, not the price (fxRateDate.ts).
  inSentence = inSentence.filter((m) => !datesOnlyRate(input.text, m, q, input.quantities));
  // "宣布投入3800亿元，按7.2993的汇率约合520亿美元": the announcement's date is not the conversion rate's (fxRateDate.ts).
  if (isConversionRate(input.text, q)) inSentence = inSentence.filter((m) => datesExchangeRate(input.text, m));
  // "按1万亿美元市值和2024财年第一季度营收": a period opening the next conjunct is its measure's (conjunctPeriod.ts).
  inSentence = inSentence.filter((m, _, all) => !datesOtherConjunct(input.text, m, q, input.quantities, all));
  // "from $2B (raising $300M) to $5B in May": a figure in the start's aside takes only the aside's date (changeStartAside.ts).
  const startAside = changeStartAside(input.text, q, sentence);
  if (startAside) {
    const own = settle(nearest(inSentence.filter((m) => m.start >= startAside.start && m.end <= startAside.end), q), 'explicit', input);
    return own === 'none' ? undefined : own;
  }
  // "from $500M at $4B (Series C, May 2022) to $2B": the start's aside dates the start only (changeStartAside.ts).
  const farSide = startAsideBefore(input.text, q, sentence);
  if (farSide) inSentence = inSentence.filter((m) => m.end <= farSide.start || m.start >= farSide.end);
  // "650M (June) → over 1B at the summit": an item of an arrow series takes only its own date (arrowItem.ts).
  const item = arrowItem(input.text, q, sentence);
  if (item) inSentence = inSentence.filter((m) => m.start >= item.start && m.end <= item.end);
  // A restatement's "now" is the moment of the sentence it restates: a flow carries that sentence's period.
  if (input.periodKind !== 'instant' && input.paragraph.start < sentence.start && restatesPrevious(input.text, sentence)) {
    inSentence = inSentence.filter((m) => m.kind !== 'present');
  }

  // ...unless it is forecast now: "expects to burn $115 billion through 2029" counts from this year (projectedThrough.ts).
  const projected = input.periodKind !== 'instant' ? projectedThroughPeriod(input.text, clause, q, inSentence, input.documentDate) : undefined;
  if (projected) return projected;
  // A flow counted "through 2029" has no period we can compute: the year ends the search (throughYear.ts).
  // Nor does "a year ago" date a flow: it is the same span a year back, not a day (yearAgoFlow.ts).
  // (A round or deal, money changing hands once, did happen about then: "半年前…融资66亿美元".)
  if (input.periodKind !== 'instant') inSentence = inSentence.map((m) => (endsRunningCount(input.text, m) || (yearsAgoDay(m) && !input.oneOff) ? { ...m, period: undefined } : m));
  // "deploying from the second half of 2026 through 2029": a delivery window dates no figure (deliveryWindow.ts).
  // So does a term's start for a deal ("a $300 billion deal starting in 2027").
  const window = deliveryWindowMentions(input.text, inSentence, input.oneOff);
  if (window.size > 0) inSentence = inSentence.map((m) => (window.has(m) ? { ...m, period: undefined } : m));
  // "adding $2.75B to the $1.25B it put in last September": a date inside another figure's relative
  // clause or participle is that figure's alone (modifierDate.ts).
  inSentence = inSentence.filter((m) => !datesAnotherFigure(input.text, sentence, m, q, input.quantities));
  // "guidance of roughly 2 points given in July": the date of the statement, not the period guided for
  // (guidanceDate.ts); for full-year guidance it still names the year (announcedMonth.ts).
  inSentence = inSentence.filter((m) => !datesGuidanceGiven(input.text, m, q, clause) || announcedFullYear(input, m) !== undefined);
  // A date with its own comma ("December 31, 2024") straddles a clause edge: it is still written in the clause.
  let inClause = inSentence.filter((m) => (m.start >= clause.start && m.end <= clause.end) || straddlesClauseEdge(input.text, m, clause));
  // "Amazon's ~$125B would be about 60% above 2024 and 2.6 times 2023": the years compared with are not the clause's figures' own (changeBase.ts).
  // ...nor is the period written after 对比/compared with, after the figure: the yardstick's (comparisonObject.ts).
  inClause = inClause.filter((m) => !comparedByFigure(input.text, m) && !isComparedPeriodAfter(input.text, m, q, inClause));
  // The period a rise is measured against ("2024财年的营收比上一财年多出340亿美元", "fiscal 2024 added $34B
  // of revenue over fiscal 2023") is the base of the change, not its period, when the clause also names
  // the period that rose. (Alone, the base is kept: it may be the binder's only reading of the rise's year.)
  if (input.rise) {
    const own = inClause.filter((m) => !riseBase(input.text, m, q));
    if (own.length > 0) inClause = own;
  }
  // A baseline takes only a period written next to it ("from $27B in fiscal 2023"), not the one of
  // the number it is compared with ("from $27B to $61B in fiscal 2024").
  // (Unless the period is written with the baseline itself: "from $1.7B of operating income in 2023 to $6.1B".)
  if (baseline) inClause = inClause.filter((m) => datesBaseline(input.text, sentence, q, m) || input.quantities.every((o) => o === q || distance(m, q) < distance(m, o)));
  // And a period written right after another figure's baseline ("versus $1.7B in 2023") is that baseline's.
  const ownedByBaseline = (m: PeriodMention) => datesOtherBaseline(input.text, sentence, q, input.quantities, m);
  inClause = inClause.filter((m) => !ownedByBaseline(m));
  // Coordinated figures ("$640M at $2.8B in August 2024 and $750M at $6.9B last September") each take
  // the date their own conjunct writes (conjunctDate.ts).
  // ...and a figure marked as the earlier one ("the original $11.9B contract plus a $4B expansion in May")
  // takes none of the other conjuncts' dates, nor any other: it is of some earlier moment the text does not give.
  // So do another round's figure ("…, on top of a $225M first round") and a sum of two periods ("Q1 plus Q2 … comes to").
  if (noDateOfItsOwn(input.text, clause, q, input.quantities, inClause)) return undefined;
  // "grew from $24.3B to $28.52B over fiscal 2024": the end of a change over a period is a level inside it,
  // not the period's total, so the period dates it not as a whole (changeOverPeriod.ts).
  if (inSentence.some((m) => endOfChangeOver(input.text, q, m, clause.start))) return undefined;
  inClause = ownConjunctDates(input.text, clause, q, input.quantities, inClause);
  // "raised $270 million in June 2023 and is in talks at $5 billion": a deal told under way in a predicate
  // of its own takes no date the predicate before it wrote (dealUnderWay.ts).
  const underWay = underWayFrom(input.text, clause, q);
  if (underWay !== undefined) inClause = inClause.filter((m) => m.start >= underWay);
  // "2024年8月的最新估值": a date right before "latest" says as of when it was the latest, so the present
  // marker it qualifies yields to that date.
  inClause = inClause.filter((m) => m.kind !== 'present' || !inClause.some((o) => o.kind !== 'present' && o.period && o.end <= m.start && DATE_OF_LATEST.test(input.text.slice(o.end, m.start))));
  const present = presentLevel(input, inClause, inSentence);
  if (present) return present;
  // "HBM now 8.4% of DRAM revenue in 2024": "now" dates no flow, so the clause's written period does.
  const dated = input.periodKind === 'instant' ? inClause : inClause.filter((m) => m.kind !== 'present');
  const fromClause = settle(nearest(dated.length > 0 ? dated : inClause, q), 'explicit', input);
  if (fromClause) return fromClause === 'none' ? undefined : fromClause;
  // "…by June, and CNBC says it is closing $500 million": a deal its own clause tells in the present
  // (progressive) is under way now; another clause's date, or an earlier sentence's, is not its own (dealUnderWay.ts).
  if (dealUnderWay(input.text, clause, q)) return undefined;
  // "…at the end of fiscal Q1, much of it the reported $300 billion OpenAI contract": a deal named by its
  // value keeps its own date; another clause's or sentence's is another figure's (namedDeal.ts).
  if (input.oneOff && namesDealByValue(input.text, q)) return undefined;

  // A period in a later clause that has a figure of its own ("营业利润2.347万亿韩元,而2023年为亏损77.3万亿
  // 韩元", "revenue was $10B, while in 2023 it was $8B") is that figure's.
  // Nor is the time a multiple is taken of in another clause ("是2023财年的近7.7倍；全年净利润…"): its
  // base is not written, so no later clause is about it. (A written baseline may be: "than 2022's $6.0
  // billion, which had itself been 35% of that year's revenue".) A baseline's own date ("against $2.28B a
  // year earlier") dates no figure after it either.
  // "…in May 2024; Meta then paid $14.3 billion": a clause that steps on in time takes no earlier date (steppedOn.ts).
  const steppedOn = stepsOnInTime(input.text, clause, sentence, q);
  // "…63% in 2024, and the ~$75 billion plan is roughly 43% above that": the earlier date is the base's (comparedWithThat.ts).
  const setAgainst = comparedWithThat(input.text, clause, q);
  const outside = inSentence.filter(
    (m) =>
      ((m.end <= clause.start && !ownedByBaseline(m) && !steppedOn && !setAgainst && !datesCondition(input.text, sentence, m, clause, input.quantities) &&
        // "…the year-ago quarter, and the $72.9B of profit is 2.4 times FY2024's $29.8B": a year set against a year (likeBaselineSpan.ts).
        !unlikeBaselineSpan(input.text, sentence, clause, q, input.quantities, inSentence, m)) ||
        (m.start >= clause.end && !ownsLaterFigure(input, m) && !pastSemicolon(input, m) && !ownedByBaseline(m))) &&
      !multipleBase(input.text, m) &&
      // "…81% above 2024, and Amazon's ~$125B is 60% above its 2024 figure": another clause's base (comparisonBaseElsewhere.ts).
      !basesComparisonElsewhere(input.text, m, clause, inSentence) &&
      // "Character.AI, valued at $1 billion … in March 2023, saw investors bought out …": the aside's date is its own (subjectAside.ts).
      !datesSubjectAside(input.text, sentence, m, q, input.quantities) &&
      // "1月24日，下载量已达260万次，两天后登上榜首", "…, and a week later": a step on in time after the
      // figure's clause dates what happened next, not the figure.
      !(m.spec.t === 'after' && m.start >= clause.end) &&
      // "种子轮1.05亿欧元（2023年6月），A轮3.85亿欧元": a bracketed date right after a figure is that figure's (bracketAside.ts).
      !footnotesOtherFigure(input.text, m, q, input.quantities),
  );
  // An earlier sentence's comparison baseline ("比两年前上涨约72%") is not the period it carries on.
  // (Read only when the sentence's own periods leave the figure undated: a pure reading, so the same answer.)
  // (Nor does an earlier sentence's date carry past an aside's: the sentence tells its main clause after the aside's time.)
  const afterAside = () => inSentence.some((m) => m.end <= clause.start && datesSubjectAside(input.text, sentence, m, q, input.quantities));
  const earlier = () =>
    input.paragraph.start < sentence.start && !steppedOn && !setAgainst && !afterAside()
      ? input.find({ start: input.paragraph.start, end: sentence.start }, fye).filter((m) => valid(m, overlapping(input.allQuantities ?? [], m)) && !datesChangeStart(input.text, m) && !datesNoFigureCarried(input, m))
      : [];
  const carried: [() => PeriodMention | undefined, BindingHow][] = [
    [() => nearest(outside, q), 'sentence'],
    [() => earlier().filter((m) => !unlikeBaselineSpan(input.text, sentence, clause, q, input.quantities, inSentence, m)).at(-1), 'context'],
  ];
  for (const [read, how] of carried) {
    const m = read();
    if (!m) continue;
    if (baseline) return yearBefore(m, fye);
    const found = settle(m, how, input);
    if (found) return found === 'none' ? undefined : found;
  }
  if (baseline) return undefined;

  const headings = input.heading ? [input.heading, ...(input.outerHeadings ?? [])] : [];
  return headingPeriod(input.text, headings, (span) => input.find(span, fye), input.periodKind);
}

/**
 * "Nvidia is worth $2 trillion": a level in the present tense holds on the document's date, unless its
 * clause dates it with a period no other figure owns ("is worth $3 trillion as of 5 June"). Dates of
 * other figures in the sentence ("first closed above $3 trillion on 5 June") are theirs.
 */
function presentLevel(input: PeriodInput, inClause: PeriodMention[], inSentence: PeriodMention[]): Binding<Period> | undefined {
  const { quantity: q } = input;
  if (input.periodKind !== 'instant' || input.baseline) return undefined;
  const verb = presentLevelVerb(input.text, input.clause, q);
  if (!verb) return undefined;
  const ownDate = inClause.some((m) =>
    m.end <= q.start ? !input.quantities.some((o) => o !== q && o.start >= m.end && o.end <= q.start) : !ownsLaterFigure(input, m),
  );
  if (ownDate) return undefined;
  // "has 300 million weekly users, a figure it gave in December": a date no other figure stands between.
  const figureBetween = (m: PeriodMention) => input.quantities.some((o) => o !== q && (m.end <= q.start ? o.start >= m.end && o.end <= q.start : o.start >= q.end && o.end <= m.start));
  if (verb.datedBySentence && inSentence.some((m) => m.kind !== 'present' && !figureBetween(m))) return undefined;
  const period = resolveSpec({ t: 'present' }, { documentDate: input.documentDate });
  return period ? { value: period, how: 'document', span: verb.span } : undefined;
}

/** Between a date and the present marker it qualifies: "2024年8月的最新", "2024年8月时的最新". */
const DATE_OF_LATEST = /^\s*(?:时|时候)?\s*的?\s*$/;

/** Clause punctuation: a figure past it is not in the period's clause. */
const CLAUSE_BREAK = /[,，;；。:：!?！？]/;

/**
 * A semicolon ends a statement: a period written after it ("…net income US$374.68 billion; AI was a
 * mid-teens share of its 2024 revenue") belongs to the next statement, not to a figure before it.
 */
function pastSemicolon(input: PeriodInput, m: Span): boolean {
  return /[;；]/.test(input.text.slice(input.quantity.end, m.start));
}

/** Another quantity follows the period mention within the mention's own clause. */
function ownsLaterFigure(input: PeriodInput, m: Span): boolean {
  return input.quantities.some((o) => o !== input.quantity && o.start >= m.end && !CLAUSE_BREAK.test(input.text.slice(m.end, o.start).replace(/(?<=\d),(?=\d)/g, '')));
}

/**
 * The year before a year the sentence names: "revenue was $60.9B in fiscal 2024, up from $27B" - the
 * $27B is fiscal 2023's. Quarters and months are left alone (sequential or year-on-year is not said).
 */
function yearBefore(m: PeriodMention, fye: string | undefined): Binding<Period> | undefined {
  if (m.spec.t !== 'year' || !m.period || m.since) return undefined;
  const period = m.spec.fiscal ? fiscalYearPeriod(Number(m.period.end.slice(0, 4)) - 1, fye) : calendarYearPeriod(Number(m.period.start.slice(0, 4)) - 1);
  return { value: period, how: 'context', span: { start: m.start, end: m.end } };
}

/** "December 31, 2024" cut by a clause edge at its own comma: the day and the year are one date. */
function straddlesClauseEdge(text: string, m: Span, clause: Span): boolean {
  const edge = m.start < clause.start && m.end > clause.start ? clause.start : m.start < clause.end && m.end > clause.end ? clause.end : undefined;
  if (edge === undefined) return false;
  return /\d{1,2},\s*(?:19|20)\d{2}/.test(text.slice(m.start, m.end));
}
