/**
 * Multiples whose base is named rather than repeated: by its year ("…5344万美元，是2023全年的近20倍",
 * "…1000亿美元，比2024年多出一倍", "$5.3B, twice the 2023 figure") or by the label written before it in
 * the same sentence ("输入5美元、输出15美元，输出是输入的3倍"). The named amount must be the only one in the
 * sentence that fits the name; the reading is probable, never certain (warning at most).
 */
import type { Quantity } from '../../model';
import { div, shift, type Interval } from '../intervals';
import { HEDGE_ZH } from './cues';
import { yearOf } from './growthPatterns';
import { checkable, intervalOf, sameDimension } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { isDuration, textAfter, textBefore, type SentenceView } from './view';

const YEAR_LEVEL_ZH = new RegExp(`(?:是|为|相当于|达到)((?:19|20)\\d{2})年?(?:全年|同期|的水平)?的\\s*(?:${HEDGE_ZH})?\\s*$`);
const YEAR_INCREASE_ZH = new RegExp(`比((?:19|20)\\d{2})年?(?:全年|同期)?(?:的水平)?(?:多出|高出|多了|增长了|增加了)\\s*(?:${HEDGE_ZH})?\\s*$`);
const YEAR_LEVEL_EN = /^\s*(?:times\s+)?(?:the\s+)?((?:19|20)\d{2})(?:['’]s)?\s+(?:figure|level|total|number|amount|value)\b|^\s*(?:times\s+)?(?:that of|what it was in)\s+((?:19|20)\d{2})\b/i;
/** "输出是输入的": two labels, the second one the base. */
const LABELS_ZH = new RegExp(`([\\u4e00-\\u9fffA-Za-z]{1,6}?)(?:价格|价)?(?:是|为|约为|只有|仅为|相当于)([\\u4e00-\\u9fffA-Za-z]{1,6}?)(?:价格|价)?的\\s*(?:${HEDGE_ZH})?\\s*$`);

interface Reading {
  subject: Quantity;
  base: Quantity;
  /** The multiple states the increase ("多出一倍" = +100%), not the new level. */
  increase: boolean;
}

/** The amount a multiple describes: the nearest amount before it in the sentence. */
function subjectOf(view: SentenceView, m: Quantity): Quantity | undefined {
  const before = view.quantities.filter((q) => q.end <= m.start && !isDuration(q) && (q.kind === 'money' || q.kind === 'count'));
  return before[before.length - 1];
}

function byYear(view: SentenceView, m: Quantity, year: number, subject: Quantity): Quantity | undefined {
  const named = view.quantities.filter((q) => q !== subject && q !== m && sameDimension(q, subject) && yearOf(view, q) === year);
  return named.length === 1 ? named[0] : undefined;
}

/** The label written right before an amount: "输出15美元", "未命中时为0.27美元" (时 = "when", not part of it). */
function labelBefore(view: SentenceView, q: Quantity): string {
  return textBefore(view, q, 10).replace(/时?(?:为|是|[:：])?\s*$/, '');
}

/**
 * Amounts written after `label`. When the other label ends with this one ("命中" / "未命中"), an amount
 * written after the longer label belongs to it, not to this one.
 */
function byLabel(view: SentenceView, label: string, other: string, except: Quantity): Quantity[] {
  return view.quantities.filter((q) => {
    if (q === except || (q.kind !== 'money' && q.kind !== 'count')) return false;
    const before = labelBefore(view, q);
    if (other.length > label.length && other.endsWith(label) && before.endsWith(other)) return false;
    return before.endsWith(label);
  });
}

/** "每百万tokens输入5美元、输出15美元": the denominator is written once, for both prices. */
function sharedPer(a: Quantity, b: Quantity): boolean {
  return a.kind === 'money' && b.kind === 'money' && a.currency === b.currency && (!a.per || !b.per);
}

function readingFor(view: SentenceView, m: Quantity): Reading | undefined {
  const before = textBefore(view, m, 24);
  const subject = subjectOf(view, m);
  const level = YEAR_LEVEL_ZH.exec(before);
  const increase = YEAR_INCREASE_ZH.exec(before);
  const en = YEAR_LEVEL_EN.exec(textAfter(view, m, 30));
  const year = level?.[1] ?? increase?.[1] ?? en?.[1] ?? en?.[2];
  if (year && subject) {
    const base = byYear(view, m, Number(year), subject);
    if (base) return { subject, base, increase: !!increase };
    return undefined;
  }
  const labels = LABELS_ZH.exec(before);
  if (!labels || labels[1] === labels[2]) return undefined;
  const a = byLabel(view, labels[1], labels[2], m);
  const b = byLabel(view, labels[2], labels[1], m);
  if (a.length !== 1 || b.length !== 1 || !(sameDimension(a[0], b[0]) || sharedPer(a[0], b[0]))) return undefined;
  return { subject: a[0], base: b[0], increase: false };
}

export const references: RelationDetector = (view) => {
  const out: RelationOutcome[] = [];
  for (const m of view.quantities) {
    if ((m.kind !== 'multiple' && m.kind !== 'ratio') || !checkable(m)) continue;
    const r = readingFor(view, m);
    if (!r || !checkable(r.subject) || !checkable(r.base)) continue;
    // "比2024年多两倍" is ambiguous wording (ambiguousGrowth.ts), "多出一倍" is not.
    if (r.increase && m.value > 1) continue;
    const ratio: Interval = div(intervalOf(r.subject), intervalOf(r.base));
    out.push({
      check: 'arith.ratio',
      result: m,
      operands: [r.subject, r.base],
      computed: r.increase ? shift(ratio, -1) : ratio,
      formula: r.increase ? `${r.subject.text} ÷ ${r.base.text} − 1` : `${r.subject.text} ÷ ${r.base.text}`,
      certainty: 'probable',
      lang: view.lang,
      noFix: true,
    });
  }
  return out;
};

