/**
 * "当有人说“英伟达2024年营收1305亿美元”时，他说的其实是2025财年的数字", "Nvidia's 2024 revenue of $130.5
 * billion, which is actually the fiscal-2025 figure", "revenue of $130.5 billion in 2024 (i.e. fiscal
 * 2025)": a sentence that goes on to say which period its figure really is for restates the figure's
 * period; the restated period governs every figure before it in the sentence. The writer is explaining a
 * naming convention (a calendar-year label for a fiscal year), not making the error the first label
 * would be read as.
 *
 * Only with words that say the figure is another period's ("其实是", "实际上是", "指的是", "which is
 * actually", "i.e.", "that is") right before the period, and, in Chinese, a noun for the figure right
 * after it (的数字, 的数据, 的口径, 的业绩); a period named after the figure in any other way keeps its
 * usual reading.
 */
import type { Binding, Period, Quantity, Span } from '../model';
import type { PeriodMention } from './periods';

/** Before the period: "其实是", "实际上是", "说的其实是", "指的是", "对应的是". */
const RESTATES_BEFORE_ZH = /(?:其实|实际上|实则|事实上|本质上)\s*(?:说的|指的|对应的)?\s*(?:是|为)\s*$|(?:指的|对应的)\s*(?:其实|实际上)?\s*是\s*$/;
/** After the period: "的数字", "的数据", "的全年数字", "的口径", "的业绩". */
const FIGURE_NOUN_AFTER_ZH = /^\s*(?:的)?\s*(?:全年|年度)?\s*(?:数字|数据|数|口径|业绩|营收|收入)/;
/** Before the period: "which is actually the", "that is really", "i.e.", "that is,", "in other words". */
const RESTATES_BEFORE_EN = /(?:(?<![A-Za-z])(?:which|that|this|it)\s+(?:is|was|'s|’s)\s+(?:actually|really|in\s+fact)\s+(?:the\s+|a\s+)?(?:figure\s+for\s+|number\s+for\s+)?|(?<![A-Za-z])(?:i\.e\.|that\s+is|namely),?\s+)$/i;
/** How far before the period the words are read. */
const WINDOW = 40;

/** The period the sentence restates q's figure as, when it does. */
export function restatedPeriod(text: string, sentence: Span, q: Quantity, mentions: readonly PeriodMention[]): Binding<Period> | undefined {
  for (const m of mentions) {
    if (m.start < q.end || m.end > sentence.end || !m.period || m.since) continue;
    const before = text.slice(Math.max(sentence.start, m.start - WINDOW), m.start);
    const zh = RESTATES_BEFORE_ZH.test(before) && FIGURE_NOUN_AFTER_ZH.test(text.slice(m.end, m.end + 8));
    if (zh || RESTATES_BEFORE_EN.test(before)) return { value: m.period, how: 'explicit', span: { start: m.start, end: m.end } };
  }
  return undefined;
}
