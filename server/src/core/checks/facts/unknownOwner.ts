/**
 * "…compared the upper half of that range with the UK's entire 2021 GDP of $3.1 trillion": a figure
 * whose own noun phrase names another owner and a measure ("<Owner>'s [words] of $N") is that owner's,
 * not the sentence subject's. When the owner is no entity of the fact base, nothing can be said about
 * the figure: judged against the subject's facts it would be a false wrong period or contradiction.
 * Owners the fact base knows are left to the binder, which reads them itself.
 * Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import type { FactBase } from '../../facts/index';
import { findEntityMentions } from '../../bind/mentions';

/** "<Capitalised Name>'s <one to four words> of [about] " right before the figure. */
const OWNED_PHRASE = /(?:^|[^A-Za-z])((?:[A-Z][A-Za-z.&-]*\s+){0,3}[A-Z][A-Za-z.&-]*)['’]s\s+(?:[A-Za-z0-9-]+\s+){1,4}of\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?$/;

/** The figure at `figureStart` of `sentenceText` is owned by a party the fact base does not know. */
export function ownedByUnknownParty(sentenceText: string | undefined, figureStart: number, kb: FactBase): boolean {
  if (sentenceText === undefined || figureStart <= 0) return false;
  const owned = OWNED_PHRASE.exec(sentenceText.slice(0, figureStart));
  if (!owned) return false;
  return findEntityMentions(owned[1], kb).length === 0;
}
