/**
 * Triggers hidden inside a longer trigger that cannot measure the number: "$12.6 billion of revenue" is
 * revenue although "of revenue" (a share) is the longest match. Split from metrics.ts, which weighs the
 * triggers this returns.
 */
import type { Quantity } from '../model';
import type { BindingKnowledge } from './knowledge';
import { findLiterals, longestNonOverlapping, lowerAscii } from './literals';
import type { TriggerMention } from './metrics';
import { triggerTable } from './triggerTable';

/**
 * The longest trigger wins where two overlap ("of revenue", a share of revenue, over "revenue"), but a
 * longer trigger whose metric cannot measure this number hides a shorter one that can: "$12.6 billion
 * of revenue" is revenue. For such triggers, the triggers inside them that admit the number's kind.
 */
export function withNested(triggers: readonly TriggerMention[], q: Quantity, text: string, kb: BindingKnowledge): TriggerMention[] {
  const fits = (t: TriggerMention) => kb.metrics.get(t.metric)?.kinds.includes(q.kind) ?? false;
  if (triggers.every(fits)) return [...triggers];
  const out: TriggerMention[] = [];
  for (const t of triggers) {
    if (fits(t)) {
      out.push(t);
      continue;
    }
    out.push(t, ...longestNonOverlapping(nestedTriggers(t, text, kb).filter(fits)));
  }
  return out;
}

/**
 * The triggers inside a trigger. They depend only on the trigger's words as written and the vocabulary,
 * and a draft repeats a few dozen trigger words: found once per wording (per fact base), not per figure.
 * Bounded like any memo of text: an endless stream of new wordings starts it over.
 */
const MAX_WORDINGS = 5_000;
const nestedByBase = new WeakMap<BindingKnowledge, Map<string, TriggerMention[]>>();
function nestedTriggers(t: TriggerMention, text: string, kb: BindingKnowledge): TriggerMention[] {
  let byWording = nestedByBase.get(kb);
  if (!byWording) nestedByBase.set(kb, (byWording = new Map()));
  // Only the trigger's own few characters are scanned (offsets shifted back), never the document.
  const slice = text.slice(t.start, t.end);
  let inside = byWording.get(slice);
  if (!inside) {
    const table = triggerTable(kb);
    inside = findLiterals(slice, lowerAscii(slice), table.literals)
      .filter((h) => h.end - h.start < slice.length)
      .map((h) => ({ start: h.start, end: h.end, metric: table.metrics[h.index], strong: table.strong[h.index] }));
    if (byWording.size >= MAX_WORDINGS) byWording.clear();
    byWording.set(slice, inside);
  }
  return inside.map((h) => ({ ...h, start: t.start + h.start, end: t.start + h.end }));
}
