/**
 * Whether a date written before a figure in its sentence governs it beyond doubt (judge.ts periodSure):
 * which comparison cues and which figures between them can give the figure another period.
 * Part of the judge: it knows nothing of findings or messages.
 */
import type { Claim, Quantity, Verdict } from '../../model';
import type { FactBase } from '../../facts/index';
import { COMPARISON_CUES } from './verdicts/scope';
import { amountBetween, clauseBounds, sentenceNamesMetric } from './claimSentence';

/** "上一轮融资", "上一次融资", "its previous round": the cue names the event that the date then dates. */
const EVENT_CUE = /上一?轮|上一次|\b(?:previous|prior|last)\s+(?:funding\s+)?round\b/gi;

/**
 * 由 that names who did something ("由a16z领投", "由阿里巴巴牵头"), not where a change starts from ("由55%
 * 升至78%", "由去年的…"): "from" takes a figure or a time right after it, an agent takes a name.
 */
const AGENT_YOU = /由(?!\s*(?:约|近|超过|不到|逾)?\s*\d|\s*(?:去年|前年|上|今年|本|此前|年初|年中|年底))/g;

/**
 * A comparison cue that may quote another period's figure ("上年同期营收只有约6480万元", "up from $3B").
 * Not the cue that is the date itself when the date opens the sentence ("去年8月,Hugging Face以…",
 * "Last August, …"): it dates the whole sentence; further on, "去年底为1300万美元" dates the earlier
 * figure of a comparison. Nor one before the date naming the event the date dates ("它的上一轮融资是在
 * 2022年6月,以约22亿美元的估值…"): the figure is that event's. Nor 由 naming an agent (AGENT_YOU). A
 * cue anywhere else still counts, even after the figure: it often marks a date the binder misread
 * ("(2023年11月至2024年1月),营收…;相比上一季度").
 */
export function comparisonBesideDate(sentence: string, dateStart: number, dateEnd: number): boolean {
  const blank = (s: string) => ' '.repeat(s.length);
  const before = sentence.slice(0, dateStart);
  const date = sentence.slice(dateStart, dateEnd);
  const opens = !/[,，;；:：、\d]/.test(before);
  return COMPARISON_CUES.test((before.replace(EVENT_CUE, blank) + (opens ? blank(date) : date) + sentence.slice(dateEnd)).replace(AGENT_YOU, ' '));
}

/**
 * A figure of the same kind between the date and this one may be the date's own ("2025年3月,xAI估值800亿
 * 美元,X估值330亿美元": the second valuation may be another company's that the binder missed). Not one in
 * this figure's own clause when the clause names two measures, this figure's and another: that is one
 * statement of two measures ("去年8月,Hugging Face以45亿美元估值融资3.25亿美元", "raised $235 million at
 * a $4.5 billion valuation"), which the date governs whole. A wrong date, though, is one mistake, told
 * once on the first figure it dates: "以约22亿美元的估值融资2.7亿美元" misdated is one misdated round.
 */
export function figureOfAnotherStatement(claim: Claim, sentence: string, quantities: readonly Quantity[], dateEnd: number, kb: FactBase, verdict: Verdict): boolean {
  const figureAt = claim.quantity.start - claim.sentence.start;
  const clause = clauseBounds(claim, sentence);
  const metric = claim.metric?.value;
  const twoMeasures = verdict !== 'wrong-period' && clause !== undefined && metric !== undefined && namesAnotherMeasure(sentence.slice(clause.start, clause.end), metric, kb);
  const to = twoMeasures ? Math.min(clause.start, figureAt) : figureAt;
  return amountBetween(sentence, quantities, dateEnd, to, claim.quantity.kind);
}

/** The clause names a metric other than `metric` and not of its family (revenue and data-center revenue are one measure). */
function namesAnotherMeasure(clause: string, metric: string, kb: FactBase): boolean {
  const family = metric.split('.')[0];
  if (!sentenceNamesMetric(clause, metric, kb)) return false;
  for (const id of kb.metrics.keys()) {
    if (id.split('.')[0] !== family && sentenceNamesMetric(clause, id, kb)) return true;
  }
  return false;
}
