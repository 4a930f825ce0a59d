/**
 * A claim is its quantity and sentence plus whichever bindings were made: an unbound one is left out,
 * not written as undefined, so claims compare and serialise the same however they were built (bind/index.ts
 * builds them, restatedFigure.ts rebuilds a repeated figure's).
 */
import type { Claim } from '../model';

export type ClaimBindings = Pick<Claim, 'entity' | 'product' | 'metric' | 'period' | 'attribution'>;

export function claimWith(base: Pick<Claim, 'id' | 'quantity' | 'sentence' | 'lang'>, b: ClaimBindings): Claim {
  const c: Claim = { id: base.id, quantity: base.quantity, sentence: base.sentence, lang: base.lang };
  if (b.entity) c.entity = b.entity;
  if (b.product) c.product = b.product;
  if (b.metric) c.metric = b.metric;
  if (b.period) c.period = b.period;
  if (b.attribution) c.attribution = b.attribution;
  return c;
}
