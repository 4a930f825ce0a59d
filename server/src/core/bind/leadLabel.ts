/**
 * A paragraph or list item that opens with a name and a colon ("**谷歌**:2023年…", "- **Alphabet:** capex
 * rose…") is labelled: the label says what every sentence of the item is about, as a heading does for
 * its section. So is one that opens with a bold run holding nothing but the name and a full stop, after
 * at most an enumerator or a timestamp and before at most a bracketed aside ("**[00:04:15] Safe
 * Superintelligence.** Ilya Sutskever's company raised…", "**1. Character.AI.**", "**Anthropic (page
 * 3).**", "**xAI。**"): a run-in heading. Only a label naming exactly one entity counts, and only as a
 * 'context' binding (it may warn, never raise an error on its own).
 */
import type { Binding, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import { mentionsIn, type EntityMention } from './mentions';
import { entityBinding } from './subject';

/** Before the name: indentation, a list mark, emphasis markers (blanked or not). */
const LABEL_OPENING = /^[\s*_]*(?:(?:[-+]|\d{1,2}[.)])[\s*_]+)?$/;
/** After the name: emphasis markers and a colon, the colon inside or outside the emphasis. */
const LABEL_CLOSING = /^[\s*_]*[:：]/;

/** Before a run-in name: a list mark, emphasis markers (blanked or not), at most an enumerator or a timestamp. */
const RUN_IN_OPENING = /^[\s*_]*(?:[-+][\s*_]+)?(?:\[\d{1,2}(?::\d{2}){1,2}\][\s*_]*|\d{1,2}[.)、][\s*_]*|[一二三四五六七八九十]{1,3}、[\s*_]*)?$/;
/** After a run-in name: at most a bracketed aside, then a full stop ending the label ("Character.AI." but not ".com"). */
const RUN_IN_CLOSING = /^(?:[\s*_]*[(（][^()（）\n]{1,24}[)）])?[\s*_]*[.。](?:[\s*_]|$)/;

export function leadLabelEntity(text: string, paragraph: Span, mentions: readonly EntityMention[], kb: BindingKnowledge): Binding<string> | undefined {
  const first = mentionsIn(mentions, paragraph.start, paragraph.end)[0];
  if (!first || first.kind === 'organisation') return undefined;
  const before = text.slice(paragraph.start, first.start);
  const after = text.slice(first.end, Math.min(paragraph.end, first.end + 32));
  const labelled = (LABEL_OPENING.test(before) && LABEL_CLOSING.test(after.slice(0, 8))) || (RUN_IN_OPENING.test(before) && RUN_IN_CLOSING.test(after));
  return labelled ? entityBinding(first, 'context', kb) : undefined;
}
