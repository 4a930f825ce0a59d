/**
 * A verb right before a figure names its measure when its object is the figure itself: "the US
 * government took about 10% of Intel", "bought roughly 25% of a company", "Microsoft and Meta each took
 * 150,000 H100s". Such verbs ("took", "bought") are too common to be trigger words: near a figure they
 * also write a price cut ("took 80% off"), a revenue ("took in $11.955 billion") or a user count ("took
 * 100 million users"). So they are read only touching the figure (a hedge at most between), with the
 * figure's object being the measure's: a percent followed by nothing that names another thing (an end
 * of clause, "of" a capitalised name or "of a company", "in" a period, "for" a price), a count whose unit
 * is a chip ("H100s", 块H100, "GPUs"). An amount paid for a percent ("paid $14.3 billion for 49%") buys a
 * part of the company the same way. The verbs are data: each metric's `verbsBefore` in metrics.yaml.
 */
import type { Binding, Quantity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import { escapeRegExp } from '../text/escapeRegExp';

const HEDGE_EN = String.raw`(?:\s+(?:about|around|roughly|nearly|almost|approximately|some|an estimated|a further|another|up to|only|just))*`;
const HEDGE_ZH = String.raw`(?:了|约|近|超过|逾|大约|将近)*`;

/** What may follow a percent a verb takes: nothing naming another thing than a part of a company. */
const PERCENT_AFTER =
  /^(?:\s*$|\s*[,.;:)\]—–]|\s+(?:of|in)\s+(?=[A-Z\d])|\s+of\s+(?:the company|the business|the venture|the joint venture|the startup|an?\s+(?:\w+\s+)?(?:company|business|startup|firm|lab))\b|\s+(?:for|from|each|apiece|stake|ownership)\b|\s*(?:的股权|的股份|股权|股份|，|。|、))/;

/** A count of chips: the recogniser read a chip model ("H100s", 块H800) or the chip noun as its unit. */
function countsChips(q: Quantity): boolean {
  return (q.kind === 'count' || q.kind === 'number') && q.unit !== undefined && (q.unit === 'GPU' || /^[A-Z]{1,4}\d{2,4}[A-Z]{0,3}$/.test(q.unit));
}

interface VerbTable {
  metric: string;
  kinds: readonly string[];
  before: RegExp;
}

const tables = new WeakMap<BindingKnowledge, VerbTable[]>();

function verbTables(kb: BindingKnowledge): VerbTable[] {
  let out = tables.get(kb);
  if (!out) {
    out = [];
    for (const m of kb.metrics.values()) {
      const en = (m.verbsBefore?.en ?? []).filter((w) => w.trim()).map(escapeRegExp);
      const zh = (m.verbsBefore?.zh ?? []).filter((w) => w.trim()).map(escapeRegExp);
      const alternatives = [
        ...(en.length > 0 ? [String.raw`(?<![A-Za-z])(?:${en.join('|')})${HEDGE_EN}\s+`] : []),
        ...(zh.length > 0 ? [String.raw`(?:${zh.join('|')})${HEDGE_ZH}\s*`] : []),
      ];
      if (alternatives.length > 0) out.push({ metric: m.id, kinds: m.kinds, before: new RegExp(`(?:${alternatives.join('|')})$`, 'i') });
    }
    tables.set(kb, out);
  }
  return out;
}

/** How far before the figure the verb may stand (characters, hedges included). */
const REACH = 30;

/** "$14.3 billion for 49%", "a $2 billion cheque for 15%": an amount, at most two words, "for" and the percent. */
const FOR_BEFORE = new RegExp(String.raw`^\s+(?:[a-z]+\s+){0,2}for${HEDGE_EN}\s+$`);

/**
 * The metric a verb touching the figure names, or undefined. `clause` is the figure's clause,
 * `quantities` the sentence's.
 */
export function verbBeforeMetric(text: string, q: Quantity, clause: Span, quantities: readonly Quantity[], kb: BindingKnowledge): Binding<string> | undefined {
  if (q.kind === 'percent') {
    if (!PERCENT_AFTER.test(text.slice(q.end, Math.min(clause.end, q.end + 40)))) return undefined;
  } else if (!countsChips(q)) return undefined;
  const from = Math.max(clause.start, q.start - REACH);
  const lead = text.slice(from, q.start);
  const fitting = verbTables(kb).filter((t) => t.kinds.includes(q.kind));
  for (const t of fitting) {
    const m = t.before.exec(lead);
    if (m) return { value: t.metric, how: 'explicit', span: { start: from + m.index, end: q.start } };
  }
  // An amount paid for a percent buys a part of the company: the percent-taking metric's.
  if (q.kind !== 'percent') return undefined;
  const price = quantities.find((o) => o.kind === 'money' && o.end <= q.start && o.start >= clause.start && FOR_BEFORE.test(text.slice(o.end, q.start)));
  const taking = fitting[0];
  if (!price || !taking || fitting.length !== 1) return undefined;
  return { value: taking.metric, how: 'explicit', span: { start: price.start, end: q.start } };
}
