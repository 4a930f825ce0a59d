/**
 * What the judge concludes about a claim, and what it may know about the claim's sentence.
 * Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import type { Fact, Period, Quantity, Verdict } from '../../model';

export interface Judgement {
  verdict: Verdict;
  /** The facts that decided the verdict (supported: the matching ones; contradicted: the same-period ones). */
  deciding: Fact[];
  /** Facts that also bear on the claim (the other source of a conflict, the fact of the other period...). */
  related: Fact[];
  /** For contradicted: the smallest relative gap between the claim and a deciding fact. */
  gap?: number;
  /** For wrong-scale: the factor that makes the claim match (10, 0.1, 10000...). */
  scaleFactor?: number;
  /**
   * The claim's period is beyond doubt: written in the number's own clause, or the only period its
   * sentence names ("1月27日,英伟达股价下跌27%,市值蒸发约4000亿美元"), or it does not matter (a
   * list price in force: see STANDING_METRICS). Severity rests on it.
   */
  periodSure?: boolean;
  /** The claim states no period; the judge took it as the document's date ("now"): warning at most. */
  periodInferred?: boolean;
  /**
   * For wrong-metric: another figure of the sentence is the bound metric's own for the period ("raised
   * $3.5B at $61.5B"), so the binding may have swapped the two figures' metrics (boundMetricBeside.ts).
   */
  metricStatedBeside?: boolean;
  /**
   * For wrong-metric: the figure's clause writes its metric and only the period came from the context,
   * and the figure is no parenthesised aside or stated total (undatedNamedMetric.ts): it may warn.
   */
  undatedNamedMetric?: boolean;
  /**
   * Decided as the figure of a deal filed under its other side, a party the claim's block does not name
   * (otherParty.ts): the base, not the text, said whose deal it is, so a warning at most.
   */
  unnamedParty?: boolean;
  /**
   * For wrong-metric: the measure the figure's words give it when the binding named none (a percent read as a
   * share of revenue, metricMixups.ts): the message names it, as it names a bound metric.
   */
  claimedMetric?: string;
  /** For wrong-metric: the figure is the product's company's broader one, not the product's (verdicts/parentFigure.ts). */
  ofParent?: boolean;
  /** For wrong-metric: the variant the figure's words name ("dense FP16/BF16") and the variants whose figure it is (verdicts/writtenVariant.ts). */
  writtenVariant?: { written: string; recorded: string };
  /**
   * For stale: the number's own clause states it as the level now ("the company, now valued at", 眼下):
   * the writer placed it at the draft's date, it is not a figure whose period went unread.
   */
  presentStated?: boolean;
  /** The figure sits inside quotation marks in its sentence: someone's wording the writer quotes (text/quotes.ts). */
  quoted?: boolean;
  /** The figure sits in a question: asked, not stated (askedFigure.ts). */
  asked?: boolean;
  /** The figure sits in a hypothetical's condition: a premise, not a dated statement (hypotheticalPremise.ts). */
  premise?: boolean;
  /** The figure is what a hypothetical's main clause would lead to (hypotheticalPremise.ts inHypotheticalOutcome). */
  outcome?: boolean;
  /** The figure is the plan, range or expectation the actual figure is compared with (referenceFigure.ts). */
  reference?: boolean;
  /** The figure is the writer's inference from figures of the text ("implying", 隐含): derivedFigure.ts. */
  derived?: boolean;
  /** For wrong-period: the figure is a pace the writer extrapolates from a shorter period ("annualizes to"): derivedFigure.ts. */
  pace?: boolean;
  /** For wrong-period: the claim's period is the horizon of a figure stated on a day before it (horizonYear.ts). */
  horizon?: boolean;
  /** The writer's or an analyst's forecast of a period still open at the document's date (ownForecast.ts), or a computation the text rejects (rejectedReading.ts). */
  ownForecast?: boolean;
}

/** A contradicted claim must miss every same-period fact by more than this (relative) to be more than information. */
export const MATERIAL_GAP = 0.03;

/** What the judge may know about the claim's sentence beyond its bindings. */
export interface JudgeContext {
  documentDate?: string;
  /** Every period the claim's sentence mentions: a value that matches one of them is not a wrong period. */
  sentencePeriods?: Period[];
  /** The sentence's prose: comparison cues ("up from", "比") mean an older figure is quoted on purpose. */
  sentenceText?: string;
  /**
   * The quantities of `sentenceText` as the block stage recognised them (the claim's own among them), in
   * order, with offsets **relative to the start of `sentenceText`** (the coordinates of
   * `claim.quantity.start - claim.sentence.start`). Judge modules read the sentence's figures here rather
   * than recognise its text again: that repeated the work per claim, and a slice recognised on its own can
   * read a number cut at its edge otherwise than the sentence does. Given whenever sentenceText is.
   */
  sentenceQuantities?: readonly Quantity[];
  /** The claim's paragraph (block) with its headings: who else is named around it (customerShare). */
  contextText?: string;
  /**
   * The lead line of the list or table the claim stands in (document/leadLine.ts), with its quantities
   * relative to its start: where a list states once what its items share ("a bot using 100 million input
   * tokens a month:"). Absent when the block has no lead.
   */
  lead?: { readonly text: string; readonly quantities: readonly Quantity[] };
}
