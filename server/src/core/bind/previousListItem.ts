/**
 * A list item read after the item right before it: "- Data Center was 88% of revenue for the year." then
 * "- In the January quarter alone the share was about 90%." The second bullet goes on from the first as a
 * next sentence would, so a word pointing back at the measure just told ("the share", 这一比例) reaches the
 * bullet before when its own item names nothing before it (pointedMeasure.ts). Only items of one list
 * (same marker indentation, nothing but blank lines between), and only one item back.
 */
import type { Span } from '../model';

/** A list marker and its indentation, from the start of the line to the item's text. */
const MARKER = /^([ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]+$/;

/** The item's span widened to start at the item right before it in the same list; else the item itself. */
export function withPreviousItem(text: string, item: Span, paragraphAt: (pos: number) => Span | undefined): Span {
  const lineStart = text.lastIndexOf('\n', item.start - 1) + 1;
  const own = MARKER.exec(text.slice(lineStart, item.start));
  if (!own || lineStart === 0) return item;
  let pos = lineStart - 1;
  while (pos > 0 && /\s/.test(text[pos])) pos--;
  const previous = paragraphAt(pos);
  if (!previous || previous.end > lineStart) return item;
  const previousLine = text.lastIndexOf('\n', previous.start - 1) + 1;
  const theirs = MARKER.exec(text.slice(previousLine, previous.start));
  if (!theirs || theirs[1] !== own[1]) return item;
  return { start: previous.start, end: item.end };
}
