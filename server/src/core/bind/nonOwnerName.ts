/**
 * Names that stand beside a figure without owning it, so the entity binder passes over them:
 *
 * - a name used as a modifier of the deal, joined to it by a hyphen: "a SoftBank-led $40 billion round",
 *   "the Nvidia-backed start-up raised $X", "the Microsoft-funded lab". The round is the raiser's (named
 *   elsewhere in the sentence or the paragraph); the name before "-led" is an investor in it.
 * - an event: "At GTC Jensen Huang said Nvidia booked $500 billion", "the B200, unveiled at GTC: 208
 *   billion transistors". A conference is where a figure was said, not whose it is; the base files no
 *   figure under an event but its own date.
 */
import type { EntityMention } from './mentions';

/** "-led", "-backed", "-funded", "-owned" right after the name ("SoftBank-led", "Alibaba‑backed"). */
const MODIFIER_AFTER = /^[-‐‑]\s?(?:led|backed|funded|owned)(?![A-Za-z])/i;

export function isNonOwnerName(text: string, m: EntityMention): boolean {
  return m.kind === 'event' || MODIFIER_AFTER.test(text.slice(m.end, m.end + 9));
}
