/**
 * The trigger table of a knowledge base: every metric's trigger words as literals to search for, with
 * the metric each selects and whether the word names the metric or only hints at it. Built once per
 * knowledge base (a thousand words and their spellings), read for every figure.
 */
import type { BindingKnowledge } from './knowledge';
import { lowerAscii, wordLiteral, type Literal } from './literals';
import { spellingVariants } from '../text/spellingVariants';

export interface TriggerTable {
  literals: Literal[];
  metrics: string[];
  strong: boolean[];
  order: Map<string, number>;
}

/**
 * A trigger names a measure when it contains a metric name or is a word of one ("market cap" of
 * "market cap milestone", 价格 of 订阅价格); verbs and other hints ("reached", 支付) do not.
 */
function namesMetric(trigger: string, names: MetricNames): boolean {
  const t = lowerAscii(trigger);
  if (containsName(t, names)) return true;
  if (/[\u3400-\u9fff]/.test(t)) return t.length >= 2 && (t.includes(SEPARATOR) ? names.list.some((n) => n.includes(t)) : names.lower.includes(t));
  return names.spaced.includes(` ${t.replace(/[^a-z0-9]+/g, ' ')} `);
}

/** A metric name lower-cased, and with its words between single spaces (" data center revenue "). */
interface MetricName {
  lower: string;
  spaced: string;
}

function metricName(raw: string): MetricName {
  const lower = lowerAscii(raw);
  return { lower, spaced: ` ${lower.replace(/[^a-z0-9]+/g, ' ')} ` };
}

/**
 * Every metric name, read for each of a thousand triggers: the lower-cased names by their first
 * character, and each form joined into one text. Joined with a character no trigger holds, a trigger
 * is found in the joined text exactly when it is found in one name (a match cannot span two).
 */
interface MetricNames {
  list: string[];
  byFirst: Map<string, string[]>;
  lower: string;
  spaced: string;
  /** A name is empty: every trigger contains it. */
  empty: boolean;
}

const SEPARATOR = '\u0000';

function metricNames(raw: readonly string[]): MetricNames {
  const all = raw.map(metricName);
  const byFirst = new Map<string, string[]>();
  for (const { lower } of all) {
    const list = byFirst.get(lower[0]);
    if (list) list.push(lower);
    else if (lower) byFirst.set(lower[0], [lower]);
  }
  return {
    list: all.map((n) => n.lower),
    byFirst,
    lower: all.map((n) => n.lower).join(SEPARATOR),
    spaced: all.map((n) => n.spaced).join(SEPARATOR),
    empty: all.some((n) => n.lower === ''),
  };
}

/** Whether `t` contains one of the names. */
function containsName(t: string, names: MetricNames): boolean {
  if (names.empty) return true;
  for (let i = 0; i < t.length; i++) {
    const list = names.byFirst.get(t[i]);
    if (list) for (const name of list) if (t.startsWith(name, i)) return true;
  }
  return false;
}

const tables = new WeakMap<BindingKnowledge, TriggerTable>();

export function triggerTable(kb: BindingKnowledge): TriggerTable {
  const cached = tables.get(kb);
  if (cached) return cached;
  const literals: Literal[] = [];
  const metrics: string[] = [];
  const strong: boolean[] = [];
  const order = new Map<string, number>();
  // A trigger in another spelling of a name ("data-centre" of "data center revenue") names it too.
  const names = metricNames([...kb.metrics.values()].flatMap((m) => [...m.names.en.flatMap(spellingVariants), ...m.names.zh]));
  for (const metric of kb.metrics.values()) {
    order.set(metric.id, order.size);
    const words = new Set([...metric.triggers.en, ...metric.triggers.zh]);
    for (const text of words) {
      if (!text.trim()) continue;
      // All-lower-case words match in any case ("Revenue"); words with capitals as written ("ARR", "W").
      literals.push(wordLiteral(text));
      metrics.push(metric.id);
      strong.push(namesMetric(text, names));
    }
  }
  const table = { literals, metrics, strong, order };
  tables.set(kb, table);
  return table;
}

