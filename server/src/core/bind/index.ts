/**
 * Binding: turns each recognised quantity into a Claim about an entity, a metric, a period and a
 * source (checking-model §3). Every binding records how it was made: 'explicit' (the number's own
 * clause), 'sentence', 'context' (an earlier sentence of the paragraph, or the heading), 'document'
 * (the document's date). When the text does not say, the binding is left out: a wrong binding is a
 * false alarm downstream, a missing one only a missed check.
 */
import type { Binding, Claim, Lang, Quantity, Span } from '../model';
import { detectLang } from '../text/lang';
import { bindAttribution, findAttributions, type Attribution } from './attribution';
import { givenFigure } from './attributionScope';
import { columnHeaderEntity } from './columnEntity';
import { clauseSpans } from './clauses';
import { clauseOf, neighbours, SCOPE } from './figureScope';
import { documentDate } from './documentDate';
import { bindEntity, type EntityInput } from './entities';
import type { BindingKnowledge } from './knowledge';
import { lowerAscii } from './literals';
import { findEntityMentions, findPronouns, mentionsIn, type PronounMention } from './mentions';
import { revenueSource, takesSource } from './revenueSource';
import { entityBinding } from './subject';
import { isPointsWhole } from './pointsWhole';
import { pointsWorth } from './pointsWorth';
import { againstBaseline } from './againstBaseline';
import { bindMetric, findTriggers, nonSpaceCounter, type TriggerMention } from './metrics';
import { choosePeriod, periodFinder, type PeriodInput } from './periodBinding';
import { cellPeriod } from './cellPeriod';
import { isBaseline } from './changeBase';
import { continueListMetrics } from './listMetrics';
import { carryRestatedFigures } from './restatedFigure';
import { claimWith, type ClaimBindings } from './claimBindings';
import { tableMetric } from './tableBinding';
import { growthColumnMetric } from './growthColumn';
import { unitGrowthColumnMetric } from './unitGrowthColumn';
import { blankMeasurements, joinSoftBreaks, maskedText, softBreaksAsSpaces } from './bindText';
import { roundRole, roundTermMetric } from './roundTerms';
import { spentOnMetric } from './spentOn';
import { verbBeforeMetric } from './verbBefore';
import { pairOverSideWord, pricePairMetric } from './pricePair';
import { isPriceMetric, unlessBlended, unlessBlendedContext } from './blendedPrice';
import { remainderCell } from './complementMeasure';
import { unlessEquityAmount } from './equityAmount';
import { partOfWhole, unlessInstalment } from './partOfWhole';
import { paragraphMetric } from './paragraphMetric';
import { amountColumnMetric } from './amountColumn';
import { carryMisquotedFigures } from './misquotedFigure';
import { leadMetric } from './leadMetric';
import { topicMetric } from './topicMetric';
import { carriedGrowthMetric } from './carriedGrowth';
import { intoRecipientMetric } from './intoRecipient';
import { companyWorth } from './companyWorth';
import { fromToWorth } from './fromToWorth';
import { tableSource } from './tableSource';
import { shareNounTriggers, shareOfTriggers, zhShareAfterTriggers, zhShareOfTriggers } from './shareOf';
import { costToMakeTriggers } from './costToMake';
import { documentStructure } from './structure';
import { creditedHomeOfMetric, marketEstimator } from './estimator';
import { documentTables, inRowLabel } from './tables';
import { isDuration, measuredInTime } from './duration';
import { subjectBesidePublishers } from './publisherSubject';
import { boundAsWritten, writtenAsRise } from './riseWording';
import { retractionReader } from './retractedFigure';
import { inQuotedTitle } from './quotedTitle';
import { withRoundReadings } from './roundEventWord';
import { roundSubjectMetric } from './roundSubject';
import { unlessSecondsQualifier } from './fromToQualifier';
import { currencyPairOwner } from './currencyPair';
import { carriedForecast } from './carriedForecast';
import { pointedMeasure, pointsBackWith } from './pointedMeasure';
import { withPreviousItem } from './previousListItem';
import { valuationOfRaise } from './roundPrice';
import { isBracketedBaseline } from './bracketedBaseline';
import { fiscalYearEndOf } from './ownerCalendar';
import { outsideNames } from './nameNumber';
import { unlessSequential } from './sequentialRate';

export { documentDate } from './documentDate';
export { findPeriods } from './periods';
export type { BindingKnowledge } from './knowledge';

export interface BindInput {
  /** The whole document (offsets are into it). */
  text: string;
  /** Document offsets, sorted. */
  quantities: Quantity[];
  /** Sorted, cover the prose. */
  sentences: (Span & { lang: Lang })[];
  /**
   * Prose blocks (a heading, a paragraph, a list item, a table row...). `masked` (same length as the
   * span) blanks URLs and inline code so they bind nothing. Headings are read from the text itself.
   */
  paragraphs: (Span & { masked?: string })[];
  /**
   * The lead line of the list or table being bound (document/leadLine.ts), written before it after its
   * headings: read as the outermost heading, and for the measure of bare items (leadMetric.ts).
   */
  lead?: Span;
}

interface SentenceInfo {
  span: Span;
  lang: Lang;
  clauses: Span[];
  triggers: TriggerMention[];
  attributions: Attribution[];
  quantities: Quantity[];
}

export function bindClaims(input: BindInput, kb: BindingKnowledge, ctx: { documentDate?: string }): Claim[] {
  const text = maskedText(input);
  // The caller's date (a setting, or one it already read from the text) wins; else read it here. A
  // caller that passes the key with no value has looked and found none (a block checked on its own must
  // not read a date line of its own as the document's).
  const docDate = 'documentDate' in ctx ? ctx.documentDate : documentDate(input.text);
  // A soft line break inside a name or a trigger ("net\nincome", "Inflection\nAI") is a space to the
  // reader; the words are looked up in a copy with single line breaks as spaces (same offsets).
  const words = softBreaksAsSpaces(text);
  const mentions = findEntityMentions(words, kb);
  const structure = documentStructure(input.text, input.paragraphs, joinSoftBreaks(text, input.sentences, input.paragraphs));
  // "Microsoft 365 Copilot": a number inside a name is the name's (nameNumber.ts).
  const quantities = outsideNames([...input.quantities].sort((a, b) => a.start - b.start), mentions);
  const triggers = [
    ...findTriggers(words, kb, 0, words.length, lowerAscii(words)),
    ...shareOfTriggers(words, quantities, kb),
    ...zhShareOfTriggers(words, kb),
    ...zhShareAfterTriggers(words, quantities, kb),
    ...shareNounTriggers(words, kb),
    ...costToMakeTriggers(words, quantities, kb),
  ].sort((a, b) => a.start - b.start);
  const sentenceCache = new Map<number, SentenceInfo>();
  const pronounCache = new Map<number, PronounMention[]>();
  // A measurement's number ("1979 TFLOPS") is never a year: periods are read with those blanked.
  const findPeriodsCached = periodFinder(blankMeasurements(text, quantities), docDate, input.text);
  const gap = nonSpaceCounter(text);
  // Table pipes are markup, blanked in the masked text: tables are read from the source.
  const tables = documentTables(input.text);
  const retractedFigure = retractionReader(text);

  const sentenceInfo = (span: Span, lang: Lang): SentenceInfo => {
    const cached = sentenceCache.get(span.start);
    if (cached) return cached;
    const inSentence = mentionsIn(quantities, span.start, span.end);
    const info: SentenceInfo = {
      span,
      lang,
      clauses: clauseSpans(text, span),
      triggers: mentionsIn(triggers, span.start, span.end),
      attributions: findAttributions(text, span, mentions, inSentence),
      quantities: inSentence,
    };
    sentenceCache.set(span.start, info);
    return info;
  };

  const claims: Claim[] = [];
  for (const q of quantities) {
    const paragraph = structure.paragraphAt(q.start);
    // A quantity outside every sentence (a table cell the splitter did not cover) reads its paragraph.
    const sentence = structure.sentenceAt(q.start);
    const span = sentence ?? paragraph;
    if (!span) continue;
    const s = sentenceInfo({ start: span.start, end: span.end }, sentence?.lang ?? detectLang(text.slice(span.start, span.end)));
    // A number that is part of a date ("March 18", "2023") is not a claim.
    const inDate = (p: Span) => (p.start <= q.start && q.end <= p.end) || (q.kind === 'number' && p.start < q.end && q.start < p.end);
    if (mentionsIn(findPeriodsCached(s.span, undefined), q.start - SCOPE, q.end + SCOPE).some(inDate)) continue;
    // "an earlier version said "$6.5 billion"", 原文误作65亿美元: wording the draft withdraws (retractedFigure.ts).
    if (retractedFigure(q, s.span)) continue;
    // 'framed the gap as "The $300B Hangover"': a figure in a quoted title is a name (quotedTitle.ts).
    if (inQuotedTitle(text, q, s.span)) continue;

    const scope = { start: Math.max(s.span.start, q.start - SCOPE), end: Math.min(s.span.end, q.end + SCOPE) };
    const whole = scope.start === s.span.start && scope.end === s.span.end;
    const near = <T extends Span>(list: T[]) => (whole ? list : mentionsIn(list, scope.start, scope.end));
    const nearQuantities = neighbours(s.quantities, q, scope);
    const nearAttributions = near(s.attributions);
    const clause = clauseOf(s.clauses, q, scope);
    const para = structure.readingParagraph(paragraph ?? s.span, q.start);
    let pronouns = pronounCache.get(para.start);
    if (!pronouns) {
      pronouns = findPronouns(text, para.start, para.end);
      pronounCache.set(para.start, pronouns);
    }
    // A list's lead line is read after the section's headings, as the outermost one (document/leadLine.ts).
    const sectionHeading = structure.headingBefore(para);
    const heading = sectionHeading ?? input.lead;
    const outerHeadings = sectionHeading && input.lead ? [...structure.outerHeadings(para), input.lead] : structure.outerHeadings(para);
    // A table cell is read with its row ("| Groq | August | $460M |"): the row is its sentence.
    const cell = tables.cellAt(q.start);
    const row = cell && (cell.row.start < scope.start || cell.row.end > scope.end) ? cell.row : undefined;
    const rowQuantities = row ? mentionsIn(quantities, row.start, row.end) : nearQuantities;

    // Where the figure stands, as entity and period binding both read it: one object per figure, made
    // whole at once (copying it into a larger one for each binder cost more than either binder's reading).
    const where: EntityInput & PeriodInput = {
      text,
      quantity: q,
      clause,
      sentence: row ?? scope,
      paragraph: para,
      heading,
      outerHeadings,
      lead: sectionHeading ? input.lead : undefined,
      quantities: rowQuantities,
      sentences: structure.sentences,
      mentions,
      pronouns,
      attributions: nearAttributions,
      rowLabel: cell?.rowLabel,
      allQuantities: quantities,
      find: findPeriodsCached,
      baseline: isBaseline(text, q, clause),
      rise: writtenAsRise(text, q, cell?.cell),
      documentDate: docDate,
      // Known once the entity and the metric are bound, below.
      fiscalYearEnd: undefined,
      periodKind: undefined,
    };
    const entityOf = (skip?: ReadonlySet<string>) => {
      const named = skip ? mentions.filter((m) => !skip.has(m.entity)) : mentions;
      const { entity: bound, product } = bindEntity(skip ? { ...where, mentions: named, attributions: nearAttributions.filter((a) => !a.entity || !skip.has(a.entity)) } : where, kb);
      // A row label names whose the row's figures are as plainly as the number's own clause would; failing
      // the row and sentence, the column's header does (a comparison table: columnEntity.ts).
      const entity =
        cell && bound?.how === 'sentence' && inRowLabel(cell, bound.span)
          ? { ...bound, how: 'explicit' as const }
          : cell && (!bound || bound.how === 'context')
            ? (columnHeaderEntity(cell, named, kb) ?? bound)
            : bound;
      return { entity, product };
    };
    const { entity: asWritten, product } = entityOf();
    const clauseMentions = mentionsIn(mentions, clause.start, clause.end);
    // A measure read from beyond the figure's own words, kept only as the clause's wording allows it.
    const asWrittenHere = (b: Binding<string> | undefined) => unlessBlended(boundAsWritten(b, q, text, clauseMentions, kb), text, q, clause);
    // "6 of Azure's 30 points": the whole growth, no contribution (pointsWhole.ts).
    const namedAsRead = isPointsWhole(text, q) ? undefined : unlessBlended(boundAsWritten(
      roundRole(text, q, s.span, nearQuantities, kb) ??
      // "那一轮为2.5亿美元、估值约12亿美元": the round's amount, beside its own valuation (roundSubject.ts).
      roundSubjectMetric(text, q, s.span, nearQuantities) ??
      companyWorth(text, q, s.span, near(s.triggers), kb) ??
      fromToWorth(text, q, s.span, s.quantities, s.triggers, kb) ??
      spentOnMetric(text, q, { clause, sentence: scope }, nearQuantities, near(s.triggers), kb) ??
      // "took about 10% of Intel", "put $4 billion into Anthropic": a verb whose object is the figure (verbBefore.ts, intoRecipient.ts).
      verbBeforeMetric(text, q, clause, nearQuantities, kb) ??
      intoRecipientMetric(text, q, clause, clauseMentions, kb) ??
      // A round's name alone ("round", "Series D") may give the valuation as well as the raise (roundEventWord.ts).
      // "$0.075 / $0.30 for prompts up to 128K": the pair's order names its sides, not a side word outside it (pricePair.ts).
      pairOverSideWord(
        withRoundReadings(bindMetric({ text, gap, quantity: q, clause, sentence: scope, triggers: near(s.triggers), quantities: nearQuantities, subjects: clauseMentions, periods: findPeriodsCached(s.span, undefined), mentions: mentionsIn(mentions, scope.start, scope.end) }, kb), text),
        () => pricePairMetric(text, q, scope, nearQuantities, near(mentions), kb),
        text,
        q,
      ) ??
      topicMetric(text, q, s.span, s.triggers, kb) ??
      carriedGrowthMetric(text, q, { clause, sentence: scope }, near(s.triggers), kb, asWritten, findPeriodsCached(s.span, undefined)) ??
      roundTermMetric(text, q, s.quantities, kb) ??
      (cell &&
        (withRoundReadings(tableMetric(cell, q, rowQuantities, { text, gap, triggers }, kb), text) ??
          growthColumnMetric(text, cell, q, triggers, asWritten?.value, kb) ?? unitGrowthColumnMetric(text, cell, q, asWritten?.value, kb) ??
          // "| Round | Amount | Valuation |": the amount beside a valuation column is the round's raise (amountColumn.ts).
          amountColumnMetric(text, cell, q, triggers, kb))),
      q,
      text,
      clauseMentions,
      kb,
      cell?.cell,
    ), text, q, clause);
    // "from $5 billion to a $32 billion pre-money valuation": the qualifier is the second figure's (fromToQualifier.ts).
    // "The round is tranche-based: $10 billion up front": an instalment is not the round's total (partOfWhole.ts).
    // A bullet goes on from the one before it: a word pointing back reaches it (previousListItem.ts).
    const pointingParagraph = () => (s.span.start === para.start || text.slice(para.start, s.span.start).trim() === '' ? withPreviousItem(text, para, structure.paragraphAt) : para);
    // "…, and OpenAI also took $350 million of CoreWeave equity": an equity amount is not the contract an
    // earlier word measures (equityAmount.ts).
    const namedHere = unlessEquityAmount(unlessInstalment(unlessSecondsQualifier(namedAsRead, text, q, nearQuantities), text, q, clause, scope, nearQuantities), text, q, clause);
    // "…88% of revenue. In the January quarter alone the share was about 90%": a measure word that points
    // back ("the share", 这一份额) measures what the sentence before measured (pointedMeasure.ts).
    const repointed =
      namedHere?.span && !cell && pointsBackWith(text, clause, q, namedHere.span)
        ? asWrittenHere(pointedMeasure(text, q, clause, s.span, findPeriodsCached(s.span, undefined), triggers, claims, pointingParagraph(), kb))
        : undefined;
    // "those points were worth $400 million": the revenue of the growth's contributor (pointsWorth.ts).
    const named = repointed ?? asWrittenHere(cell ? undefined : pointsWorth(text, q, s.span, para, kb, findPeriodsCached(s.span, undefined))) ?? namedHere;
    // A tranche ("the first $10 billion", 首期, 其中) is of its whole's measure and subject (partOfWhole.ts).
    const tranche = named ? undefined : partOfWhole(text, q, clause, row ?? scope, claims, clauseMentions, kb);
    // "$47.5 billion for the year, against $15 billion in fiscal 2022": the figure before's measure (againstBaseline.ts).
    const against = named || tranche ? undefined : againstBaseline(text, q, clause, scope, claims, nearQuantities, clauseMentions, findPeriodsCached(s.span, undefined));
    // "Capex was $52.5B in 2024. The company now expects about $85B": a forecast of the measure its
    // context names (carriedForecast.ts).
    const forecast =
      named || tranche || against
        ? undefined
        : asWrittenHere(
            carriedForecast(
              text,
              q,
              cell
                ? { own: [cell.row], context: [heading, ...outerHeadings] }
                : { own: [clause], context: [{ start: para.start, end: Math.max(para.start, clause.start) }, heading, ...outerHeadings] },
              triggers,
              kb,
            ),
          );
    // A figure whose sentence names only its owner measures what its paragraph named (paragraphMetric.ts).
    const carried =
      named || tranche || against || forecast || cell
        ? undefined
        : asWrittenHere(paragraphMetric(text, q, s.span, para, triggers, asWritten, kb, pronouns));
    // "2023年这一比例为35%", "In 2023 that figure was $32.3 billion": the measure of the figure pointed back at
    // in the sentence before (pointedMeasure.ts).
    const pointed =
      named || tranche || forecast || carried || cell
        ? undefined
        : asWrittenHere(pointedMeasure(text, q, clause, s.span, findPeriodsCached(s.span, undefined), triggers, claims, pointingParagraph(), kb));
    // A list's lead line names the measure of its bare items, as a caption does (leadMetric.ts).
    const captioned =
      named || tranche || carried || forecast || pointed || !input.lead
        ? undefined
        : asWrittenHere(leadMetric(q, input.lead, cell ? [cell.row, cell.header] : [para], triggers, kb));
    const written = named ?? tranche?.metric ?? against ?? forecast ?? carried ?? pointed ?? captioned;
    // Revenue named with its source ("revenue from that customer", "H20为英伟达带来…的收入") is the source's
    // part: a product's own revenue, or no measure the base files (revenueSource.ts).
    const sourced = written && takesSource(written.value) ? revenueSource(text, q, s.span, mentionsIn(mentions, s.span.start, s.span.end)) : undefined;
    // "| Azure growth | AI contribution | Everything else |": a cell under (or beside) the rest measures the
    // remainder, not the measure its unit word or the other headers name (complementMeasure.ts).
    // Under "## A blended bill" or the lead line "On that mix:", a price naming no side is the blend (blendedPrice.ts).
    // "环比增长约19%", "up 9% sequentially": never the year-over-year growth the base files (sequentialRate.ts).
    const metric = sourced === 'unbound' || (cell && remainderCell(text, cell)) ? undefined : unlessSequential(unlessBlendedContext(written, text, q, clause, [sectionHeading, input.lead], cell?.header), text, q, kb);
    // A publisher recording nothing of the metric is the figure's source, not its subject (publisherSubject.ts).
    // An exchange rate is the currency pair's, never the company it converts for (currencyPair.ts).
    const pairOwner = currencyPairOwner({ text, quantity: q, sentence: row ?? s.span, paragraph: para, headings: heading ? [heading, ...outerHeadings] : outerHeadings, columnHeader: cell?.header, mentions, quantities }, metric?.value, kb);
    const entity = pairOwner
      ? pairOwner.entity
      : sourced && sourced !== 'unbound'
      ? entityBinding(sourced.product, 'explicit', kb)
      : tranche?.entity && asWritten?.how !== 'explicit'
        ? tranche.entity
        : (subjectBesidePublishers(asWritten, metric?.value, kb, nearAttributions, (skip) => entityOf(skip).entity) ??
          // No subject at all: the body credited for it, when the base files the metric under it (estimator.ts).
          (product
            ? undefined
            : (creditedHomeOfMetric(text, metric?.value, nearAttributions, kb) ??
              // Credited to a body that files nothing of it: the metric's one estimator's statistic (estimator.ts).
              marketEstimator(text, metric?.value, q, nearAttributions, kb))));
    // A duration ("five months", 12个月) is a claim only of a metric measured in time (duration.ts).
    if (isDuration(text, q) && !(metric && measuredInTime(metric.value, kb))) continue;
    // An anchor's period is told in the calendar of the company named with it (namedAnchor.ts).
    where.fiscalYearEndNamedIn = (span, before) => {
      const named = mentions.filter((m) => m.start >= span.start && m.end <= Math.min(span.end, before));
      return named.length > 0 ? fiscalYearEndOf(named[named.length - 1].entity, kb) : undefined;
    };
    // A figure with no owner bound ("Intelligent Cloud revenue was $24.3 billion in Q1 FY2024") still
    // counts its fiscal label in somebody's calendar: the company its paragraph last named, whose
    // segment or product the figure most likely is, not the calendar year.
    const fiscalYearEnd = entity || product ? fiscalYearEndOf(entity?.value ?? product?.value, kb) : where.fiscalYearEndNamedIn(para, q.start);
    where.fiscalYearEnd = fiscalYearEnd;
    where.periodKind = metric ? kb.metrics.get(metric.value)?.periodKind : undefined;
    // Money changing hands once (a round raised, a deal): a valuation is a worth at a moment, unless the price of a round (roundPrice.ts).
    where.oneOff = metric ? kb.metrics.get(metric.value)?.oneOff === true && (!metric.value.startsWith('valuation') || valuationOfRaise(text, q)) : undefined;
    const chosenPeriod = choosePeriod(where);
    // A table dates its cells through its row and headers (cellPeriod.ts).
    const period = cell
      ? cellPeriod({
          text,
          cell,
          quantity: q,
          rowQuantities,
          chosen: chosenPeriod,
          find: (span: Span) => findPeriodsCached(span, fiscalYearEnd),
          documentDate: docDate,
          fiscalYearEnd,
          isPrice: metric !== undefined && isPriceMetric(metric.value),
          oneOffOrUnmeasured: metric === undefined || kb.metrics.get(metric.value)?.oneOff === true,
        })
      : chosenPeriod;
    // A table's source column credits its row as "according to" would (see tableSource.ts).
    // A figure the credited statement takes as given ("reckoned the 3 points of a year ago were worth…") is not the source's (attributionScope.ts).
    const attribution = (givenFigure(text, s.span, q) ? undefined : bindAttribution(q, clause, nearAttributions)) ?? (cell && tableSource(text, cell, mentions));
    // "(up from roughly $90 billion)" with no period of its own: its measure is left unbound (bracketedBaseline.ts).
    const judged = where.baseline && !period && !cell && isBracketedBaseline(text, q, clause) ? undefined : metric;
    claims.push(claim(q, s, { entity, product: pairOwner ? undefined : product, metric: judged, period, attribution }));
  }
  continueListMetrics(input.text, claims, kb);
  // "The $3.7 billion", 这3.7亿美元: a figure its paragraph stated before, pointed back at (restatedFigure.ts).
  carryRestatedFigures(text, claims, (pos) => structure.paragraphAt(pos));
  // 有转载写成“28.81亿美元”: the paragraph's earlier figure misquoted, of its measure (misquotedFigure.ts).
  carryMisquotedFigures(text, claims, (pos) => structure.paragraphAt(pos));
  return claims;
}

function claim(q: Quantity, s: SentenceInfo, b: ClaimBindings): Claim {
  return claimWith({ id: `c${q.start}`, quantity: q, sentence: { ...s.span }, lang: s.lang }, b);
}
