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
function namesMetric(trigger: string, names: readonly MetricName[]): boolean {
  const t = lowerAscii(trigger);
  const chinese = /[\u3400-\u9fff]/.test(t);
  const spaced = ` ${t.replace(/[^a-z0-9]+/g, ' ')} `;
  return names.some((name) => {
    if (t.includes(name.lower)) return true;
    if (chinese) return t.length >= 2 && name.lower.includes(t);
    return name.spaced.includes(spaced);
  });
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

const tables = new WeakMap<BindingKnowledge, TriggerTable>();

export function triggerTable(kb: BindingKnowledge): TriggerTable {
  const cached = tables.get(kb);
  if (cached) return cached;
  const literals: Literal[] = [];
  const metrics: string[] = [];
  const strong: boolean[] = [];
  const order = new Map<string, number>();
  // A trigger in another spelling of a name ("data-centre" of "data center revenue") names it too.
  const names = [...kb.metrics.values()].flatMap((m) => [...m.names.en.flatMap(spellingVariants), ...m.names.zh]).map(metricName);
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

