/**
 * Money spent, measured by what it bought. "Alphabet spent $52.5 billion in 2023, mostly on servers and
 * data centres" is capital spending; "V3的正式训练只花了557.6万美元" is a training cost; "在AI和云基础设施上
 * 投入约1200亿元" is capital spending again. A spending verb ("spent", 投入, 花了, 砸下, 拿出) names no
 * measure by itself: what is bought does, and the words for it are each metric's `spentOn` in
 * data/metrics.yaml, never this file.
 *
 * Read only when no trigger word of the figure's clause names another measure (a purchase that is
 * also a trigger, "spent $X on data centers", is still a purchase: spending is never data-center
 * revenue), and only for money spent (the verb right before the figure). Spending planned ("will
 * spend", 将投入, 计划) is the forecast of what it buys: the metric whose `forecastOf` is the purchase's
 * (capex guidance for data centres), none when the lexicon has no such forecast (a planned training run).
 * The purchase must point to one metric, and no other amount may stand between it and the figure (that
 * amount would be what bought it).
 */
import type { Binding, Quantity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import { findLiterals, lowerAscii, wordLiteral, type Literal } from './literals';
import { between, type TriggerMention } from './metrics';

/**
 * A spending verb right before the figure, with a hedge or an adverb between ("spent about", "only
 * spent", 只花了, 已投入约, 共投入了).
 */
const SPENT_BEFORE =
  /(?:(?<![A-Za-z])(?:spent|spends|spend|poured|pours|sank)(?:\s+(?:about|around|roughly|nearly|almost|over|more than|some|an estimated|a total of|a further|another))*\s*|(?:投入|花了|花费了?|花掉了?|砸下|砸了|拿出了?|耗资|斥资)(?:了|约|近|超过|超|逾|共|总计|合计|大约)*\s*)$/i;

/** A plan, not spending done: its measure is a guidance or a plan (see above). */
const PLANNED =
  /(?<![A-Za-z])(?:will|would|shall|plans?|planned|planning|expects?|expected|intends?|aims?|going to|to spend)(?![A-Za-z])|将|计划|拟|预计|预期|打算|未来|准备|(?<![主重需只])要/i;

/** How far before the figure the verb may stand (characters, hedges included). */
const VERB_REACH = 24;

/** The purchase words of every metric, as literals with the metric each stands for; built once per base. */
const purchaseTables = new WeakMap<BindingKnowledge, { literals: Literal[]; metrics: string[] }>();

function purchaseTable(kb: BindingKnowledge): { literals: Literal[]; metrics: string[] } {
  let table = purchaseTables.get(kb);
  if (!table) {
    const words = [...kb.metrics.values()].flatMap((m) =>
      [...(m.spentOn?.en ?? []), ...(m.spentOn?.zh ?? [])].filter((text) => text.trim()).map((text) => ({ text, metric: m.id })),
    );
    table = { literals: words.map((w) => wordLiteral(w.text)), metrics: words.map((w) => w.metric) };
    purchaseTables.set(kb, table);
  }
  return table;
}

/**
 * The metric of a money figure spent on something its sentence names, or undefined. `clause` is the
 * figure's clause, `sentence` the span read for the purchase, `quantities` and `triggers` the sentence's.
 */
export function spentOnMetric(
  text: string,
  q: Quantity,
  span: { clause: Span; sentence: Span },
  quantities: readonly Quantity[],
  triggers: readonly TriggerMention[],
  kb: BindingKnowledge,
): Binding<string> | undefined {
  const { clause, sentence } = span;
  if (q.kind !== 'money') return undefined;
  const lead = text.slice(Math.max(clause.start, q.start - VERB_REACH), q.start);
  if (!SPENT_BEFORE.test(lead)) return undefined;
  const planned = PLANNED.test(text.slice(clause.start, q.start));
  const table = purchaseTable(kb);
  if (table.literals.length === 0) return undefined;
  const slice = text.slice(sentence.start, sentence.end);
  const hits = findLiterals(slice, lowerAscii(slice), table.literals)
    .map((h) => ({ start: sentence.start + h.start, end: sentence.start + h.end, metric: table.metrics[h.index] }))
    .filter((h) => kb.metrics.get(h.metric)?.kinds.includes(q.kind))
    .filter((h) => !quantities.some((o) => o.kind === 'money' && !(o.start === q.start && o.end === q.end) && between(o, q, h)));
  const metrics = new Set(hits.map((h) => h.metric));
  if (metrics.size !== 1) return undefined;
  const inClause = hits.find((h) => h.start >= clause.start && h.end <= clause.end);
  const named = inClause ?? hits[0];
  const metric = planned ? forecastFor(named.metric, kb) : named.metric;
  if (metric === undefined) return undefined;
  // ("plans to spend" names the very forecast the plan is.)
  const namesAnother = (t: TriggerMention) =>
    t.metric !== metric && t.start >= clause.start && t.end <= clause.end && kb.metrics.get(t.metric)?.kinds.includes(q.kind) && !hits.some((h) => h.start < t.end && t.start < h.end);
  if (triggers.some(namesAnother)) return undefined;
  return { value: metric, how: inClause ? 'explicit' : 'sentence', span: { start: named.start, end: named.end } };
}

/** The one metric that forecasts `metric` (capex guidance of capex), or undefined. */
function forecastFor(metric: string, kb: BindingKnowledge): string | undefined {
  const forecasts = [...kb.metrics.values()].filter((m) => m.forecastOf === metric);
  return forecasts.length === 1 ? forecasts[0]!.id : undefined;
}
