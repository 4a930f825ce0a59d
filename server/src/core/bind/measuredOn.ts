/**
 * A measurement written with "on"/"for" and a product right after it is that product's: in "memory goes
 * from 80 GB on the A100 to 96 GB on the B100" the 96 GB is the B100's, though the A100 is the clause's
 * first name (which the subject rule would otherwise pick). A spec list joined by "and" shares the owner
 * written after its last item ("96 GB and 5 TB/s on the B100": both are the B100's). The mirror of
 * comparisonObject.ts `ownsLaterFigure`, which keeps such a name from taking the figures before its own.
 *
 * Only a measurement (a number read with a unit: GB, TB/s, W) and only a product or model: "$10 billion
 * for Inflection" is a deal's price, "invested $10 billion in OpenAI" a recipient, and those are read by
 * the subject rules as before. Part of entity binding (entities.ts).
 */
import type { Quantity } from '../model';
import type { EntityMention } from './mentions';

const PRODUCT_KINDS = new Set(['product', 'model']);
/** Between the measurement (its unit included) and the product: "on the", "for". */
const ON_PRODUCT_GAP = /^\s*(?:on|for)\s+(?:the\s+|an?\s+)?$/i;
/** Between two items of one spec list: "and", a comma, "with". */
const SPEC_LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+|with\s+)$/i;

/** A number read with a unit of measurement. */
function isMeasurement(q: Quantity): boolean {
  return q.kind === 'number' && q.unit !== undefined;
}

/** Where the measurement's words end: its span and a unit written after a space. */
function endOf(text: string, q: Quantity): number {
  const after = q.unitAfter ?? '';
  return after && text.startsWith(after, q.end) ? q.end + after.length : q.end;
}

/**
 * The product named right after `q` (or after the spec list `q` opens) as its "on"/"for" complement, among
 * `mentions` (the clause's candidates), if any.
 */
export function measuredOnProduct(text: string, q: Quantity, mentions: readonly EntityMention[], quantities: readonly Quantity[]): EntityMention | undefined {
  if (!isMeasurement(q)) return undefined;
  const later = quantities.filter((o) => o.start >= q.end).sort((a, b) => a.start - b.start);
  let last = q;
  for (const next of later) {
    if (!isMeasurement(next) || !SPEC_LIST_GAP.test(text.slice(endOf(text, last), next.start))) break;
    last = next;
  }
  const from = endOf(text, last);
  const product = mentions.filter((m) => m.start >= from && PRODUCT_KINDS.has(m.kind)).sort((a, b) => a.start - b.start)[0];
  return product && ON_PRODUCT_GAP.test(text.slice(from, product.start)) ? product : undefined;
}
