/**
 * The shape every relation module has: it reads one sentence and reports the relations it found, both
 * consistent and inconsistent ones (a consistent reading of a number protects it from a looser module's
 * misreading: see index.ts).
 */
import type { FactBase } from '../../facts/index';
import type { Locale } from '../../i18n/messages';
import type { RelationOutcome } from './outcome';
import type { SentenceView } from './view';
import type { TableAbove } from './tableAbove';

export interface RelationContext {
  kb: FactBase;
  documentDate?: string;
  locale: Locale;
  /** The sentence before this one in the same paragraph, for "this sum" / "这笔钱" references. */
  previous?: SentenceView;
  /** Earlier sentences of the same paragraph, nearest first (view.ts: earlierInParagraph). */
  earlier?: SentenceView[];
  /** The table of the block just above the paragraph, when the block reads it (document/blockAbove.ts). */
  above?: TableAbove;
}

export type RelationDetector = (view: SentenceView, ctx: RelationContext) => RelationOutcome[];

/**
 * The sentence right before, when it is also in the same list item or table row: a reading that points back
 * across sentences (average.ts, perPlace.ts, pairTotal.ts, paragraphChange.ts) never reaches into a sibling
 * item ("- …$300 billion over five years.\n- That's …" are two entries, not one statement).
 */
export function sentenceBefore(ctx: RelationContext): SentenceView | undefined {
  return ctx.previous && ctx.earlier?.[0] === ctx.previous ? ctx.previous : undefined;
}
