/**
 * "智能云2023年10-12月的营收", "数据中心一个季度的收入", "Intelligent Cloud's revenue": a general metric
 * word (revenue) owned by a narrower metric's word earlier in the same clause is that narrower metric,
 * the way "Intelligent Cloud revenue" is. The nearest trigger alone would read the segment's figure as
 * the company's total.
 */
import type { Quantity } from '../model';
import type { TriggerMention } from './metrics';

/**
 * Between the owner and the owned word: no clause break, no figure (a bare number there is a date's
 * part: "10-12月"; a count such as "三个季度" may spread the figure over several periods), and a
 * possessive just before the owned word.
 */
const POSSESSIVE = /^[^,，;；。.!?！？]*(?:的|['’]s)\s*$/;
/**
 * Or the narrower word is the subject of a verb of having or reporting whose object is the general
 * word ("Intelligent Cloud had revenue of", "Intelligent Cloud posted revenue", "智能云实现营收"), or
 * stands right before it, with at most a word for a business unit between ("智能云营收", "智能云业务营收").
 */
const SUBJECT_OF_VERB = /^\s+(?:had|has|have|posted|reported|generated|recorded|booked|delivered|brought in|took in)\s+(?:(?:total|quarterly|annual|record|net)\s+)?$/i;
const COMPOUND_ZH = /^\s*(?:业务|部门|板块|分部)?\s*(?:实现|录得|取得|的)?\s*$/;
/**
 * Or the general word is itself the verb ("brought in", "made": a hint at revenue) and the narrower word
 * its subject, with only adverbs or auxiliaries between: "data center alone had already brought in $18.4
 * billion", "the data-center segment brought in $X" are data-center revenue. The verb says what kind of
 * amount; its subject says whose.
 */
const SUBJECT_BEFORE_VERB = /^\s+(?:(?:segment|business|unit|division)\s+)?(?:(?:alone|itself|also|already|just|then|again|still|only|had|has|have|once)\s+)*$/i;

function ownerGap(gap: string, pickedIsVerb: boolean): boolean {
  return POSSESSIVE.test(gap) || SUBJECT_OF_VERB.test(gap) || COMPOUND_ZH.test(gap) || (pickedIsVerb && SUBJECT_BEFORE_VERB.test(gap));
}

/**
 * The narrower trigger that owns `picked` (its metric refines picked's: revenue.cloud-segment of
 * revenue), nearest first; undefined when there is none.
 */
export function owningTrigger(picked: TriggerMention, clauseTriggers: readonly TriggerMention[], text: string, quantities: readonly Quantity[]): TriggerMention | undefined {
  const owners = clauseTriggers.filter(
    (o) =>
      o.metric.startsWith(`${picked.metric}.`) &&
      o.end <= picked.start &&
      ownerGap(text.slice(o.end, picked.start), !picked.strong) &&
      !quantities.some((f) => f.kind !== 'number' && f.start >= o.end && f.end <= picked.start),
  );
  return owners.reduce<TriggerMention | undefined>((best, o) => (!best || o.end > best.end ? o : best), undefined);
}
