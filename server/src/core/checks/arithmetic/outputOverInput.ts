/**
 * A model's output price as a multiple of its input price, both written in prose: "it lists at $2 input
 * and $8 output per million tokens, so its output costs four times its input", "输入每百万token 2美元、
 * 输出8美元，输出价格是输入的4倍". (The same relation over a table's two columns is tableAbove.ts's.)
 *
 * The relation word is the multiple between the two measure names: "output … N times … input", "输出…是
 * 输入的N倍". Its operands are the one price labelled input and the one labelled output ("$2 input",
 * "input $2", "输出8美元"), written in the multiple's sentence before it, or, when that sentence writes no
 * price, in the sentence right before. Across sentences the multiple must not name a model of its own
 * ("o4-mini's output costs five times its input" after GPT-5's prices is about another model's prices):
 * only "its", "the", 其 or no owner at all may stand before "output". More than one price with a label,
 * or a price with both labels, and nothing is read. The labels are loose words, so the reading is probable
 * (warning at most, no fix), as for the same relation read from a table.
 */
import type { Quantity } from '../../model';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable } from './operands';
import { writtenRatio, type RelationOutcome } from './outcome';
import { sentenceBefore, type RelationDetector } from './relation';
import { textAfter, type SentenceView } from './view';

/** "its output costs (about)", "the output price is", "output runs": output named right before the multiple. */
const OUTPUT_IS_EN = new RegExp(
  `\\b((?:[A-Za-z][\\w.-]*['’]s\\s+)?)output(?:\\s+(?:price|rate|cost|tokens?))?s?\\s+(?:costs?|is|are|runs?|lists? at|comes? to)\\s+(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
/** " times its input", " times the input price", " what input costs". */
const TIMES_INPUT_EN = /^\s*(?:times\s+)?(?:(?:its|the)\s+input\b|what\s+(?:its\s+)?input\s+(?:costs?|does)\b)/i;
/** "输出价格是输入的", "其输出价约为输入价的". */
const OUTPUT_IS_ZH = new RegExp(`([^，,。；;：:\\s]{0,8})输出(?:价格|价|单价|定价)?(?:是|为|约为|约是|相当于|大约是)(?:其)?输入(?:价格|价|单价|定价)?的\\s*(?:${HEDGE_ZH})?\\s*$`);
/** After the multiple in Chinese: the clause must end there or go on with a comma (not "…的6倍多的价格"). */
const MULTIPLE_ENDS_ZH = /^\s*(?:[，,。；;]|$)/;

type Side = 'input' | 'output';

const LABEL_AFTER_EN = /^\s*(?:per million\s+)?(input|output)\b/i;
const LABEL_BEFORE_EN = new RegExp(`\\b(input|output)(?:\\s+(?:price|cost|rate))?\\s*(?:of|at|is|:)?\\s*(?:${HEDGE_EN}\\s+)?$`, 'i');
const LABEL_BEFORE_ZH = new RegExp(`(输入|输出)(?:价格|价|单价)?(?:每百万\\s*[A-Za-z]*\\s*)?(?:为|是)?\\s*(?:${HEDGE_ZH})?\\s*$`);

/** The side a price is labelled with, when exactly one label stands right by it. */
function sideOf(view: SentenceView, q: Quantity): Side | undefined {
  const rel = q.start - view.span.start;
  const before = view.text.slice(Math.max(0, rel - 24), rel);
  const after = textAfter(view, q, 24);
  const labels = new Set<Side>();
  const b = view.lang === 'zh' ? LABEL_BEFORE_ZH.exec(before) : LABEL_BEFORE_EN.exec(before);
  if (b) labels.add(/输入|input/i.test(b[1]) ? 'input' : 'output');
  const a = view.lang === 'en' ? LABEL_AFTER_EN.exec(after) : null;
  if (a) labels.add(/input/i.test(a[1]) ? 'input' : 'output');
  return labels.size === 1 ? [...labels][0] : undefined;
}

/** The one input price and the one output price among `qs`, when each is labelled once. */
function pricePair(view: SentenceView, qs: Quantity[]): { input: Quantity; output: Quantity } | undefined {
  const sides: Record<Side, Quantity[]> = { input: [], output: [] };
  for (const q of qs) {
    if (q.kind !== 'money' || !checkable(q) || !q.currency) continue;
    const side = sideOf(view, q);
    if (side) sides[side].push(q);
  }
  if (sides.input.length !== 1 || sides.output.length !== 1) return undefined;
  const [input, output] = [sides.input[0], sides.output[0]];
  // A price list writes "per million tokens" once: one of the two may lack it, but they may not differ.
  if (input.currency !== output.currency) return undefined;
  if (input.per && output.per && (input.per.unit !== output.per.unit || input.per.amount !== output.per.amount)) return undefined;
  return { input, output };
}

export const outputOverInput: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  for (const m of view.quantities) {
    if (m.kind !== 'multiple' || !checkable(m)) continue;
    const before = view.text.slice(Math.max(0, m.start - view.span.start - 60), m.start - view.span.start);
    const named = view.lang === 'zh' ? OUTPUT_IS_ZH.exec(before) : OUTPUT_IS_EN.exec(before);
    if (!named) continue;
    if (view.lang === 'zh' ? !MULTIPLE_ENDS_ZH.test(textAfter(view, m, 4, true)) : !TIMES_INPUT_EN.test(textAfter(view, m, 30, true))) continue;
    const here = view.quantities.filter((q) => q.end <= m.start);
    let pair = pricePair(view, here);
    if (!pair && !here.some((q) => q.kind === 'money')) {
      const prev = sentenceBefore(ctx);
      // Across sentences the multiple must be the same model's: no owner named but "its" / 其.
      const owner = named[1].replace(/['’]s\s+$|的$/, '').trim();
      if (!prev || (owner && !/^(?:其|它|该模型)$/.test(owner))) continue;
      pair = pricePair(prev, prev.quantities);
    }
    if (!pair) continue;
    out.push(writtenRatio(view.lang, m, pair.output, pair.input, 'probable'));
  }
  return out;
};
