/**
 * A rise is never the figure of a fall, nor a fall of a rise: "Nvidia shares rose 17% in January 2024"
 * is not the 17% one-day drop of January 2025, and "shares fell 13%" is not a 13% first-day gain. The
 * figures of a change are written unsigned (a fall's fact is qualified `decline`), so the direction is
 * read from the words touching the figure, and a fact of the other direction is no fact of the claim:
 * it neither supports it nor makes it another period's, whether the metric was bound by its words or
 * placed by the digits alone.
 *
 * A fact is a fall when qualified `decline`; a rise when it is not and its metric measures a change
 * (`*.change`, `*.increase`, `*.growth`, or `growthOf` in metrics.yaml). A level (revenue, a price) has
 * no direction, and "fell to $10 billion" writes the level reached: the words must touch the figure.
 */
import type { Claim, Fact } from '../../model';
import type { FactBase } from '../../facts/index';
import { writtenAsFall, writtenAsRise } from '../../bind/riseWording';

export type Direction = 'up' | 'down';

/** The direction the words touching the figure give it; `text` holds the claim's sentence from `offset`. */
export function writtenDirection(claim: Claim, text: string, offset: number): Direction | undefined {
  const q = { ...claim.quantity, start: claim.quantity.start - offset, end: claim.quantity.end - offset };
  if (q.start < 0 || q.end > text.length) return undefined;
  if (writtenAsRise(text, q)) return 'up';
  return writtenAsFall(text, q) ? 'down' : undefined;
}

/** The direction of a fact's figure, when it has one. */
export function factDirection(f: Fact, kb: FactBase): Direction | undefined {
  if (f.qualifiers?.includes('decline')) return 'down';
  const measuresChange = /\.(?:change|increase|growth)$/.test(f.metric) || kb.metrics.get(f.metric)?.growthOf !== undefined;
  return measuresChange ? 'up' : undefined;
}

/** The fact is of the other direction than the claim's words say. */
export function opposite(written: Direction | undefined, f: Fact, kb: FactBase): boolean {
  if (!written) return false;
  const other = factDirection(f, kb);
  return other !== undefined && other !== written;
}

/**
 * `opposite` for a claim whose words are read only when a fact has a direction to compare them with
 * (most facts have none), and then once: reading them was a quarter of scoping a claim's facts.
 */
export function oppositeToWords(claim: Claim, sentenceText: string | undefined): (f: Fact, kb: FactBase) => boolean {
  let written: Direction | undefined | null = null;
  return (f, kb) => {
    const other = factDirection(f, kb);
    if (other === undefined) return false;
    if (written === null) written = sentenceText === undefined ? undefined : writtenDirection(claim, sentenceText, claim.sentence.start);
    return written !== undefined && other !== written;
  };
}
