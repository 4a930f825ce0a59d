/**
 * A table column whose header names a pair of measures and whose cells hold a pair of figures:
 * "| Input / output per 1M tokens |" over "| $3 / $15 |", "| 输入/输出（每百万token） |" over
 * "| 2元 / 8元 |", "| Revenue / net income |" over "| $10B / $2B |". A reader pairs the two in order:
 * the first figure is the first measure's, the second the second's. Read as one label, the header
 * would give both figures whichever of its words a binder prefers (set 32's output price on every
 * input price of a price sheet).
 *
 * Only a plain pair: two metric words joined by a slash in the header (a short head noun may end the first: 输入价/输出价), two figures of one kind
 * joined by a slash (a unit word may follow the first: "0.27 yuan / 1.10 yuan") in the cell. A header
 * that is not such a pair, or a cell with one figure or three, is left to the usual label reading.
 */
import type { Binding, Quantity } from '../model';
import type { BindingKnowledge } from './knowledge';
import { mentionsIn } from './mentions';
import type { TriggerMention } from './metrics';
import type { TableCell } from './tables';

/** Between the two metric words of the header: a slash, after at most the first word's head noun (输入价/输出价, "input cost / output cost"). */
const HEADER_SLASH = /^[^\d/／|,，;；()（）]{0,8}[/／]\s*$/;
/** Between the two figures of the cell: a slash, after at most a short unit word ("yuan", 元, "per 1M"). */
const CELL_SLASH = /^[^\d/／|]{0,16}[/／]\s*$/;

export function pairedHeaderMetric(
  text: string,
  cell: TableCell,
  q: Quantity,
  rowQuantities: readonly Quantity[],
  triggers: readonly TriggerMention[],
  kb: BindingKnowledge,
): Binding<string> | undefined {
  if (!cell.header) return undefined;
  const pair = headerPair(text, outermost(mentionsIn(triggers, cell.header.start, cell.header.end)));
  if (!pair) return undefined;
  const figures = rowQuantities.filter((o) => o.start >= cell.cell.start && o.end <= cell.cell.end);
  if (figures.length !== 2 || figures[0].kind !== figures[1].kind) return undefined;
  if (!CELL_SLASH.test(text.slice(figures[0].end, figures[1].start))) return undefined;
  const side = figures.findIndex((o) => o.start === q.start && o.end === q.end);
  if (side < 0) return undefined;
  const word = pair[side];
  const metric = kb.metrics.get(word.metric);
  if (!metric || !metric.kinds.includes(q.kind)) return undefined;
  return { value: word.metric, how: 'explicit', span: { start: word.start, end: word.end } };
}

/** The header's one pair of metric words joined by a slash, naming two different measures; none if two pairs or none. */
function headerPair(text: string, words: readonly TriggerMention[]): [TriggerMention, TriggerMention] | undefined {
  const pairs: [TriggerMention, TriggerMention][] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i], words[i + 1]];
    if (a.metric !== b.metric && HEADER_SLASH.test(text.slice(a.end, b.start))) pairs.push([a, b]);
  }
  return pairs.length === 1 ? pairs[0] : undefined;
}

/** Trigger words not inside a longer one ("input" inside "input price"), in order. */
function outermost(words: readonly TriggerMention[]): TriggerMention[] {
  return words.filter((w) => !words.some((o) => o !== w && o.start <= w.start && w.end <= o.end && o.end - o.start > w.end - w.start));
}
