/**
 * What it costs to make a thing is not what it sells for. English splits the phrase around the figure:
 * "the chip cost about $3,320 to make", "each unit costs roughly $X to build": the verb "cost" before
 * the figure is half of "cost to make", whose other half follows it. Read alone, "cost" is a price word
 * (a unit price), and it is nearer to the figure than "to make": so the two halves are read together, as
 * the trigger "cost to make" of the knowledge base (build, produce, manufacture and fabricate are its
 * synonyms here), spanning the words after the figure.
 *
 * Chinese writes the whole phrase before the figure: "造一块H100的成本约3320美元", "生产每颗芯片的成本为…":
 * making (造, 制造, 生产) one or each unit, then 的成本, reads as 制造成本 (a trigger of the knowledge base);
 * a bare 成本 names no metric. Which metric either phrase names comes from the knowledge base, never from
 * this file.
 */
import type { Quantity } from '../model';
import type { BindingKnowledge } from './knowledge';
import { findTriggers, type TriggerMention } from './metrics';

/**
 * "cost(s) [whom] [hedge]" right before the figure ("cost Nvidia about", "costs them roughly"); read in a
 * bounded window, as the pattern is anchored at the figure.
 */
const COST_BEFORE = /(?<![A-Za-z])([Cc]ost|[Cc]osts|[Cc]osting)\s+(?:(?:[A-Z][A-Za-z.&-]*|it|them|us|him|her)\s+)?(?:(?:about|around|roughly|nearly|almost|approximately|some|just|only|under|over|less than|more than|an estimated|as little as|as much as)\s+)?$/;
/** "to make", "to build", "to produce", "to manufacture", "to fabricate" right after the figure. */
const TO_MAKE_AFTER = /^(\s+to\s+)(make|build|produce|manufacture|fabricate)(?![A-Za-z])/i;
/**
 * Making one unit, then its cost, right before the figure: "造一块H100的成本约", "生产每颗芯片的成本为".
 * The unit's name is at most a few words (letters, digits, CJK), no punctuation.
 */
const MAKE_ONE_ZH = /(?:制造|生产|造)(?:一|每)(?:块|颗|张|台|个|片)[A-Za-z0-9\u4e00-\u9fff\s-]{1,16}?的?(成本|造价)(?:约为|大约|约|为|是|仅|只有|在)?\s*$/;
/** The phrases a cost of making reads as. */
const MAKE_COST_EN = 'cost to make';
const MAKE_COST_ZH = '制造成本';
const WINDOW = 40;

/** Triggers of a cost of making read across or before each money figure. Sorted by start. */
export function costToMakeTriggers(text: string, quantities: readonly Quantity[], kb: BindingKnowledge): TriggerMention[] {
  const out: TriggerMention[] = [];
  for (const q of quantities) {
    if (q.kind !== 'money') continue;
    const before = text.slice(Math.max(0, q.start - WINDOW), q.start);
    const owner = { start: q.start, end: q.end };
    const cost = COST_BEFORE.exec(before);
    const after = cost && TO_MAKE_AFTER.exec(text.slice(q.end, q.end + WINDOW));
    if (cost && after) {
      const metric = triggerMetric(MAKE_COST_EN, q, kb);
      const start = q.end + after[1].search(/to/i);
      if (metric) out.push({ start, end: q.end + after[0].length, metric, strong: true, owner });
      continue;
    }
    const zh = MAKE_ONE_ZH.exec(before);
    if (!zh) continue;
    const metric = triggerMetric(MAKE_COST_ZH, q, kb);
    const start = q.start - before.length + zh.index + zh[0].lastIndexOf(zh[1]);
    if (metric) out.push({ start, end: start + zh[1].length, metric, strong: true, owner });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The metric whose trigger is exactly `phrase` and admits the figure's kind. */
function triggerMetric(phrase: string, q: Quantity, kb: BindingKnowledge): string | undefined {
  return findTriggers(phrase, kb).find((t) => t.start === 0 && t.end === phrase.length && kb.metrics.get(t.metric)?.kinds.includes(q.kind))?.metric;
}
