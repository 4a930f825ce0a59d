/**
 * A paragraph or list item that opens with a name and a colon ("**谷歌**:2023年…", "- **Alphabet:** capex
 * rose…") is labelled: the label says what every sentence of the item is about, as a heading does for
 * its section. Only a label naming exactly one entity counts, and only as a 'context' binding (it may
 * warn, never raise an error on its own).
 */
import type { Binding, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import { mentionsIn, type EntityMention } from './mentions';
import { entityBinding } from './subject';

/** Before the name: indentation, a list mark, emphasis markers (blanked or not). */
const LABEL_OPENING = /^[\s*_]*(?:(?:[-+]|\d{1,2}[.)])[\s*_]+)?$/;
/** After the name: emphasis markers and a colon, the colon inside or outside the emphasis. */
const LABEL_CLOSING = /^[\s*_]*[:：]/;

export function leadLabelEntity(text: string, paragraph: Span, mentions: readonly EntityMention[], kb: BindingKnowledge): Binding<string> | undefined {
  const first = mentionsIn(mentions, paragraph.start, paragraph.end)[0];
  if (!first || first.kind === 'organisation') return undefined;
  if (!LABEL_OPENING.test(text.slice(paragraph.start, first.start))) return undefined;
  if (!LABEL_CLOSING.test(text.slice(first.end, Math.min(paragraph.end, first.end + 8)))) return undefined;
  return entityBinding(first, 'context', kb);
}
