/**
 * A difference that is a new step of a series, not the change written before it. "其中从3亿到5亿只用了不到
 * 四个月，今年3月底到10月又增加了3亿", "went from 300 million to 500 million; between March and October it
 * added another 300 million": the difference's own clause names a time of its own, or says the amount
 * came on top (又, 再, "another", "a further", "… more"), so the two values before it are not its operands.
 * A date that is the comparison's baseline ("较2023年增加了50亿", "up $5B over 2023") is no time of its own.
 */
import type { Quantity } from '../../model';
import { rawPeriodMatches } from '../../bind/periods';
import type { SentenceView } from './view';

/** Commas and colons too: the clause of the difference, not the sentence's. */
const CLAUSE_END = /[,，;；:：。\n]/;
/** Words that make an amount come on top of what was said before. */
const ON_TOP_BEFORE = /(?:又|再|另外?)\s*(?:增加|增长|新增|多|减少|下降|降低)|\b(?:another|a\s+further|further|again)\b/i;
const ON_TOP_AFTER = /^\s*(?:more|again)\b/i;
/** A date right after these is the baseline a change is measured against, not a time of its own. */
const BASELINE_BEFORE = /(?:较|比|相比|相较于?|同比|环比|\b(?:than|over|versus|vs\.?|compared\s+(?:with|to))\s*)\s*$/i;

/** The words of `d`'s own clause before it, not reaching back past `last` (offsets into view.text). */
export function clauseBefore(view: SentenceView, d: Quantity, last: Quantity): { from: number; upTo: number; text: string } {
  const base = view.span.start;
  const upTo = d.start - base;
  let from = Math.max(0, last.end - base);
  for (let i = upTo - 1; i >= from; i--) {
    if (CLAUSE_END.test(view.text[i]!)) {
      from = i + 1;
      break;
    }
  }
  return { from, upTo, text: view.text.slice(from, upTo) };
}

/** `d`, a stated difference, is a step of its own after `last`, the later value of the change before it. */
export function ownIncrement(view: SentenceView, d: Quantity, last: Quantity): boolean {
  const base = view.span.start;
  const { from, upTo, text: clause } = clauseBefore(view, d, last);
  if (ON_TOP_BEFORE.test(clause) || ON_TOP_AFTER.test(view.text.slice(d.end - base, d.end - base + 12))) return true;
  return rawPeriodMatches(view.text, { start: from, end: upTo }).some((m) => !BASELINE_BEFORE.test(view.text.slice(from, m.start)));
}
