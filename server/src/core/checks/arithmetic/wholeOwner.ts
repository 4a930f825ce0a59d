/**
 * Whose whole a share names: "相当于阿里同季营收的六成多", "另一家公司同季营收的", "60% of a rival's revenue". A
 * whole that names a company other than the subject's is that company's figure; one that names "another
 * company" is not the subject's. Either way a figure of the share's own company is no whole for it: with
 * no figure of the named one in reach, a share says nothing. A whole named as the subject's own company
 * ("H100将占Meta总算力的八成" of Meta's chips) is read as before.
 */
import type { FactBase } from '../../facts/index';
import type { Quantity } from '../../model';
import { findEntityMentions } from '../../bind/mentions';
import { claimOf, type SentenceView } from './view';

const ANOTHER = /另一家?公司|另一家|其他公司|竞争对手|对手|同行|友商|\b(?:another|rival|competitor|peer)s?\b/i;

export type WholeOwner = { entity: string } | { another: true } | undefined;

export function wholeOwner(words: string, kb: FactBase): WholeOwner {
  const named = findEntityMentions(words, kb).filter((m) => m.kind === 'company' || m.kind === 'product');
  if (named.length === 1) return { entity: named[0].entity };
  if (named.length > 1) return { another: true };
  return ANOTHER.test(words) ? { another: true } : undefined;
}

/** The candidate wholes the owner allows, given the share's subject (the part). */
export function ownedWholes(view: SentenceView, owner: WholeOwner, part: Quantity | undefined, wholes: Quantity[]): Quantity[] {
  if (!owner) return wholes;
  const subject = part ? claimOf(view, part)?.entity?.value : undefined;
  // "H100将占Meta总算力的八成" of Meta's H100s: the subject's own company named is its own whole.
  if ('entity' in owner && owner.entity === subject) return wholes;
  return wholes.filter((w) => {
    const entity = claimOf(view, w)?.entity?.value;
    if ('entity' in owner) return entity === owner.entity;
    return entity !== undefined && subject !== undefined && entity !== subject;
  });
}
