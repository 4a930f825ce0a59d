/**
 * A fixed property of a product (a `timeless` metric: memory, bandwidth, transistors) is the same at any
 * date, so a figure stated with no period can be held against the one figure on record ("| H200 | 150
 * GB |" for the H200's 141 GB). Narrowly, because products come in variants the base does not hold:
 * - the base holds a single figure for the product and measure (several mean variants or readings);
 * - the figure is above it (cut-down variants, a 40 GB card or a PCIe board, are lower, never higher);
 * - the product is named in the sentence, right before no variant mark ("H200 NVL", "A100 40GB",
 *   "H100的PCIe版"), and the sentence compares with nothing ("61 GB more than the H100").
 * A period stated after the spec's announcement is no other period (a spec holds from then on), so
 * such a figure is judged the same way. The period is implied, so the finding is a warning at most.
 */
import type { FactBase } from '../../../facts/index';
import type { Judgement, JudgeContext } from '../judgement';
import type { JudgeScope } from './scope';
import { factInterval, quantityInterval, relativeGap } from '../../intervals';
import { matches } from '../factMatch';

const PRODUCT_KINDS = new Set(['product', 'model']);
/** A word right after the product's name that names a variant: capitalised or led by a digit (NVL, PCIe, SXM5, 80GB). */
const VARIANT_MARK = /^[\s\-的]*([A-Z0-9][A-Za-z0-9]*)/;

export function recordedSpecVerdict(s: JudgeScope, kb: FactBase, context: JudgeContext): Judgement | undefined {
  const { claim, q, metric, comparable, period, compares } = s;
  const { entity } = claim;
  if (compares || !kb.metrics.get(metric)?.timeless) return undefined;
  if ((entity.how !== 'explicit' && entity.how !== 'sentence') || !entity.span) return undefined;
  if (!PRODUCT_KINDS.has(kb.entities.get(entity.value)?.kind ?? '')) return undefined;
  const own = comparable.filter((f) => !f.fromMemory);
  // A date after the spec was announced ("shipping Q2 2024") dates no other figure: the spec holds on (standingLevel.ts).
  if (period && own.some((f) => f.period.end >= period.start)) return undefined;
  if (own.length === 0 || comparable.some((f) => matches(claim, f))) return undefined;
  const intervals = own.map((f) => factInterval(f)!);
  if (new Set(own.map((f) => f.value)).size !== 1) return undefined;
  const low = quantityInterval(q).low;
  if (low === null || intervals.some((i) => (i.high ?? Infinity) >= low)) return undefined;
  // The name may stand outside the sentence (a table's row label), so read after it in the block when we have it.
  const after = context.contextText !== undefined ? [context.contextText, entity.span.end] as const : [context.sentenceText, entity.span.end - claim.sentence.start] as const;
  if (namedAsVariant(after[0], after[1], kb)) return undefined;
  const gap = Math.min(...intervals.map((i) => relativeGap(quantityInterval(q), i)));
  return { verdict: 'contradicted', deciding: own, related: [], gap, periodSure: true, periodInferred: true };
}

/**
 * The product's name (ending at `after` in `text`) is followed by a variant mark. A common noun for the
 * kind of thing ("H200 GPU", a `generic` entity's name) is no variant; unreadable text counts as one.
 */
function namedAsVariant(text: string | undefined, after: number, kb: FactBase): boolean {
  if (text === undefined || after < 0 || after > text.length) return true;
  const word = VARIANT_MARK.exec(text.slice(after))?.[1];
  if (!word) return false;
  const kinds = [...kb.entities.values()].filter((e) => e.generic).flatMap((e) => [...e.names.en, ...e.names.zh]);
  return !kinds.some((name) => name.toLowerCase() === word.toLowerCase());
}
