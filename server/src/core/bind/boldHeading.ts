/**
 * A line that is nothing but one bold run, standing as a paragraph of its own ("**Cambricon: the first
 * profitable half**", "**【半导体】寒武纪：…**", "**OpenAI**" above a list), is how many writers head a
 * section without a "#": a reader takes it as the heading of the paragraphs below it, up to the next
 * such line or "#" heading. headings.ts reads it as a heading one rank below every "#" level, so an
 * ATX heading after it closes its section and it never closes an ATX one.
 *
 * Only a whole line counts: bold text inside a sentence, a bold lead-in followed by prose on the same
 * line ("**Alphabet:** capex rose…", read by leadLabel.ts) or a bold line inside a list item, table or
 * quote is not a heading. The line must stand apart: a blank line (or the document's start) before it,
 * and a blank line, a list item or the end after it. And it must read as a name, not as a statement: a
 * bold line ending with a full stop ("**Start with the volumes.**") or holding a figure or a date past its
 * leading enumerator ("**6. Microsoft's bet on OpenAI: $10 billion, committed in 2021.**") is an item
 * of a list of run-in claims, one of several siblings, and says nothing of the paragraphs that follow.
 */

/** Its rank: below "######", so any ATX heading closes its section. */
export const BOLD_HEADING_LEVEL = 7;

/** "**title**" or "__title__" filling the line (at most three spaces of indent, trailing blanks). */
const BOLD_LINE = /^( {0,3})(\*\*|__)(?!\s)([^*_\n]*[^*_\s])\2[ \t]*$/;
/** A line that may follow the heading directly, as a list that interrupts a paragraph may: "- ", "* ", "1. ", "1) ". */
const LIST_ITEM = /^ {0,3}(?:[-+*]|1[.)])[ \t]/;

/**
 * A leading enumerator: "6. ", "Q2. ", "问4：", "(3) ", "三、". It numbers the section, so the title
 * starts after it: "Q2." of a list of questions is no second quarter.
 */
const ENUMERATOR = /^(?:[(（]?\d{1,2}[.)）、:：]|[QqAa]\d{1,2}[.)]|问\d{1,2}[、:：.]|[一二三四五六七八九十]{1,3}、)\s*/;
/** The end of a sentence: the line states something rather than naming a section. */
const SENTENCE_END = /[.。]$/;

/** The title's offsets inside `line` when it is a bold heading line between `before` and `after`. */
export function boldHeadingTitle(line: string, before: string | undefined, after: string | undefined): { start: number; end: number } | undefined {
  if (before !== undefined && before.trim() !== '') return undefined;
  if (after !== undefined && after.trim() !== '' && !LIST_ITEM.test(after)) return undefined;
  const m = BOLD_LINE.exec(line);
  if (!m) return undefined;
  const enumerator = ENUMERATOR.exec(m[3])?.[0].length ?? 0;
  const title = m[3].slice(enumerator);
  if (!title || SENTENCE_END.test(title) || /\d/.test(title)) return undefined;
  const start = m[1].length + m[2].length + enumerator;
  return { start, end: start + title.length };
}
