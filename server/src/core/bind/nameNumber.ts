/**
 * A number written inside a name is part of the name, not a figure: "Microsoft 365 Copilot", "A100
 * 80GB", "Llama 3 70B". The recogniser does not know the knowledge base's names, so it reads the "365"
 * of "Microsoft 365 Copilot" as a bare number; left standing, that number also hides the name from the
 * entity binder (a name overlapping a quantity is never an owner), and "Microsoft 365 Copilot的标价是每人
 * 每月30元" then finds no owner for the price. A quantity lying wholly inside a known name's mention is
 * dropped before binding, like a number in a date. A name merely touching a figure ("H100s 150,000")
 * keeps it: only a number the name's own letters surround on both sides is the name's.
 */
import type { Quantity } from '../model';
import type { EntityMention } from './mentions';
import { mentionsIn } from './mentions';

/** The quantities (sorted by start) that no entity mention (sorted by start) wholly encloses. */
export function outsideNames<Q extends Quantity>(quantities: readonly Q[], mentions: readonly EntityMention[]): Q[] {
  return quantities.filter((q) => !mentionsIn(mentions, q.start - 64, q.end + 64).some((m) => m.start < q.start && q.end < m.end));
}
