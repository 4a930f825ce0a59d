/**
 * A frequency (or "paying") that qualifies a users noun from a distance: "500 million weekly ChatGPT users"
 * (the product's name between the frequency word and the noun), "paying ChatGPT business users", "800 million users each week", "ChatGPT每周有
 * 8亿用户" (the frequency adverb before the verb and the figure). The count is the weekly (monthly) one:
 * the reader of the noun alone ("users", 用户) would take the generic count and call the writer's right
 * weekly figure another metric's.
 *
 * Which metric the frequency makes of the noun comes from the vocabulary, never from this file: the one
 * metric of the figure's kind with a trigger holding both the frequency word and the noun ("weekly
 * users", 每周活跃用户). Part of metric binding (metrics.ts).
 */
import type { Quantity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import { triggerTable } from './triggerTable';
import { lowerAscii } from './literals';

/**
 * English: a frequency adjective, then one to three capitalised name words ("ChatGPT", "Meta AI"), right
 * before the noun. Lower-case words between are read as they are ("weekly paying users" is not weekly).
 * "Paying" / "paid" qualify the noun the same way ("3 million paying ChatGPT users"); after the name one
 * lower-case word may stand, when the vocabulary has a trigger holding it too ("paying ChatGPT business
 * users" is "paying business users").
 */
const EN_BEFORE = /\b([Dd]aily|[Ww]eekly|[Mm]onthly|[Pp]aying|[Pp]aid)\s+(?:[A-Z][\w.+-]*\s+){1,3}(?:([a-z]+)\s+)?$/;

/** Chinese: 付费 before a product's Latin name right before the noun ("300万付费ChatGPT用户"). */
const ZH_NAME_BEFORE = /(付费)\s*[A-Za-z][\w.+-]*(?:\s+[A-Za-z][\w.+-]*){0,2}\s*$/;

/** English: the noun followed by "a week", "per month", "each week", "every month". */
const EN_AFTER = /^\s+(?:a|per|each|every)\s+(day|week|month)\b/i;

/**
 * Chinese: a frequency adverb before the figure, at most a verb and a hedge between ("每周有8亿用户",
 * "每月约有3亿用户", "每周吸引超过1亿用户").
 */
const ZH_BEFORE = /(每天|每日|每周|每星期|每个星期|每月|每个月)\s*(?:都|约|大约|能)?\s*(?:有|吸引|覆盖)?\s*(?:约|近|超过|逾|将近)?\s*$/;

/** The spelling of each frequency in the vocabulary's triggers. */
const CANONICAL: Record<string, string> = {
  day: 'daily',
  week: 'weekly',
  month: 'monthly',
  每日: '每天',
  每星期: '每周',
  每个星期: '每周',
  每个月: '每月',
};

/** Characters read before the noun or the figure: a frequency word and a few name words, never more. */
const WINDOW = 60;

/**
 * The metric a frequency written apart from the noun `t` makes of figure `q`, or undefined when no
 * frequency qualifies it (or the vocabulary has no single metric for it).
 */
export function frequencyMetric(text: string, t: Span & { metric: string }, q: Quantity, kb: BindingKnowledge): string | undefined {
  const qualifier = frequencyOf(text, t, q);
  if (!qualifier) return undefined;
  const { word: frequency, between } = qualifier;
  const noun = lowerAscii(text.slice(t.start, t.end));
  const table = triggerTable(kb);
  const found = new Set<string>();
  table.literals.forEach((literal, i) => {
    const words = lowerAscii(literal.text);
    if (words !== noun && words.includes(frequency) && words.includes(noun) && (!between || words.includes(between))) found.add(table.metrics[i]);
  });
  const fitting = [...found].filter((id) => id !== t.metric && kb.metrics.get(id)?.kinds.includes(q.kind));
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** The qualifying word (frequency or paying) written apart from the noun, and a lower-case word between the name and the noun. */
function frequencyOf(text: string, t: Span, q: Quantity): { word: string; between?: string } | undefined {
  const lead = text.slice(Math.max(0, t.start - WINDOW), t.start);
  const before = EN_BEFORE.exec(lead);
  const after = EN_AFTER.exec(text.slice(t.end, t.end + 20));
  // The Chinese adverb qualifies the figure's own noun: its unit or the noun right after it ("8亿用户").
  const zh = t.start > q.start && t.start - q.end <= 2 ? ZH_BEFORE.exec(text.slice(Math.max(0, q.start - 16), q.start)) : null;
  const word = (before?.[1] ?? after?.[1] ?? zh?.[1] ?? ZH_NAME_BEFORE.exec(lead)?.[1])?.toLowerCase();
  if (!word) return undefined;
  return { word: CANONICAL[word] ?? word, ...(before?.[2] ? { between: before[2] } : {}) };
}

/**
 * "100 million people used ChatGPT every month", "200 million people use ChatGPT every week": a count of
 * people or users followed by a verb of using, a product's name (one to three capitalised words) and a
 * frequency. The verb and the name split the vocabulary's "people every week" / "people a month", which
 * would otherwise bind nothing (the count's noun alone names no measure). The metric is the one of the
 * figure's kind with a trigger holding the noun and the frequency word.
 */
const USED_EVERY = /^\s+(?:use|uses|used|using)\s+(?:[A-Z][\w.+-]*\s+){1,3}(?:a|per|each|every)\s+(day|week|month)\b/;

/** The figure's own noun, as the recogniser reads it ("100 million people" counts persons). */
const PEOPLE_UNITS: Record<string, string> = { person: 'people', people: 'people', user: 'users', users: 'users' };

export function usedEveryMetric(text: string, q: Quantity, kb: BindingKnowledge): Span & { metric: string } | undefined {
  const noun = q.kind === 'count' && q.unit !== undefined ? PEOPLE_UNITS[q.unit] : undefined;
  if (!noun) return undefined;
  const m = USED_EVERY.exec(text.slice(q.end, q.end + 80));
  if (!m) return undefined;
  const frequency = m[1]!.toLowerCase();
  const table = triggerTable(kb);
  const found = new Set<string>();
  table.literals.forEach((literal, i) => {
    const words = lowerAscii(literal.text).split(/\s+/);
    if (words.includes(noun) && words.includes(frequency)) found.add(table.metrics[i]!);
  });
  const fitting = [...found].filter((id) => kb.metrics.get(id)?.kinds.includes(q.kind));
  return fitting.length === 1 ? { metric: fitting[0]!, start: q.end, end: q.end + m[0].length } : undefined;
}
