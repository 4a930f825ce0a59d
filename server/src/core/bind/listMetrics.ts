/**
 * A list item that is only a date and a figure continues the measure of its list ("- August 2024: 300
 * million" under "- June 2024: 200 million weekly users"). Part of binding (index.ts).
 */
import type { Claim } from '../model';
import type { BindingKnowledge } from './knowledge';
import { MONTH_NAME_EN } from '../text/monthNames';

const LIST_MARK = /^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+/;
/**
 * What a list item may hold besides its number and still be "the same series" as its neighbours: dates,
 * Markdown emphasis, punctuation and milestone verbs ("- August 2024: 300 million",
 * "- **2024年2月23日**:盘中首次突破3万亿美元").
 */
const LIST_ITEM_WORDS = new RegExp(
  String.raw`(?:\d{4}\s*年|\d{1,2}\s*月(?:份)?|\d{1,2}\s*日|第?[一二三四1-4]\s*季度|[上下]半年|全年|(?:19|20)\d{2}|FY\s*\d{2,4}|Q[1-4]|H[12]|\b(?:in|by|on|the|of|fiscal|year|quarter|first|about|around|roughly|over|reached|hit|passed|crossed|topped|${MONTH_NAME_EN})\b|盘中|收盘|首次|突破|达到|超过|约|近|[\s,，。.!?！？;；:：、()（）*_~-])`,
  'gi',
);

/**
 * A list item that is nothing but a date and a figure continues the measure of its list: the metric of
 * the nearest item of the same list (adjacent lines, no blank line) whose figure names one, when the
 * metric admits this figure's kind and the two items are about the same entity. Bound as 'context'.
 * Reads only the list itself (one top-level block).
 */
export function continueListMetrics(text: string, claims: Claim[], kb: BindingKnowledge): void {
  const lineOf = (pos: number) => {
    const start = text.lastIndexOf('\n', pos - 1) + 1;
    const nl = text.indexOf('\n', pos);
    return { start, end: nl < 0 ? text.length : nl };
  };
  const items = claims.map((c) => {
    const line = lineOf(c.quantity.start);
    const body = text.slice(line.start, line.end);
    return { c, line, list: LIST_MARK.test(body), body };
  });
  const perLine = new Map<number, number>();
  for (const it of items) perLine.set(it.line.start, (perLine.get(it.line.start) ?? 0) + 1);
  const adjacent = (a: { start: number; end: number }, b: { start: number; end: number }) => {
    const [first, second] = a.start < b.start ? [a, b] : [b, a];
    return /^\r?\n$/.test(text.slice(first.end, second.start));
  };
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.c.metric || !it.list || perLine.get(it.line.start) !== 1) continue;
    const q = it.c.quantity;
    const rest = (it.body.slice(0, q.start - it.line.start) + ' ' + it.body.slice(q.end - it.line.start)).replace(LIST_MARK, '').replace(LIST_ITEM_WORDS, '');
    if (rest.length > 0) continue;
    const look = (dir: 1 | -1) => {
      let prev = it.line;
      for (let j = i + dir; j >= 0 && j < items.length; j += dir) {
        const o = items[j];
        if (o.line.start === it.line.start) continue;
        if (!o.list || perLine.get(o.line.start) !== 1 || !adjacent(prev, o.line)) return undefined;
        if (o.c.metric && o.c.metric.how !== 'context') return o.c;
        prev = o.line;
      }
      return undefined;
    };
    const source = look(-1) ?? look(1);
    if (!source?.metric) continue;
    if (!kb.metrics.get(source.metric.value)?.kinds.includes(q.kind)) continue;
    if (it.c.entity && source.entity && it.c.entity.value !== source.entity.value) continue;
    it.c.metric = { value: source.metric.value, how: 'context', ...(source.metric.span ? { span: source.metric.span } : {}) };
  }
}
