/**
 * "输入和输出价格分别为0.03美元和0.06美元", "input and output cost $0.03 and $0.06 respectively": with
 * 分别 / "respectively", coordinated measures and as many figures pair up in order. The nearest word
 * would give both figures the second measure (0.03美元 read as the output price, then contradicted).
 * Only when the sentence names exactly as many coordinated measures, all different, as it writes figures
 * of the kind; otherwise nothing is decided here.
 */
import type { Binding, Quantity, Span } from '../model';
import type { TriggerMention } from './metrics';

const RESPECTIVELY = /分别|(?<![A-Za-z])respectively(?![A-Za-z])/i;
/** Between two coordinated measures: "和", "、", "and", a comma. */
const COORDINATED = /^\s*(?:和|与|及|、|,|，|and|&|,\s*and)\s*$/i;

export function respectiveMetric(text: string, q: Quantity, sentence: Span, triggers: readonly TriggerMention[], quantities: readonly Quantity[]): Binding<string> | undefined {
  const marker = RESPECTIVELY.exec(text.slice(sentence.start, sentence.end));
  if (!marker) return undefined;
  const figures = quantities.filter((o) => o.kind === q.kind && o.start >= sentence.start && o.end <= sentence.end);
  const at = figures.findIndex((o) => o.start === q.start && o.end === q.end);
  if (at < 0) return undefined;
  // The coordinated measures: a run of triggers joined by coordinators, before the first figure.
  const before = triggers.filter((t) => t.start >= sentence.start && t.end <= figures[0].start);
  // A verb after them ("input and output cost …") is a trigger of its own, not one of the run.
  const runs: TriggerMention[][] = [];
  for (const t of before) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && COORDINATED.test(text.slice(last.end, t.start))) run.push(t);
    else runs.push([t]);
  }
  const run = runs.filter((r) => r.length === figures.length && new Set(r.map((t) => t.metric)).size === r.length).pop();
  if (!run || figures.length < 2) return undefined;
  const t = run[at];
  return { value: t.metric, how: 'explicit', span: { start: t.start, end: t.end } };
}
