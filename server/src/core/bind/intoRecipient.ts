/**
 * Money a subject "put into" a named recipient is an investment in it: "Amazon has now put $4 billion
 * into Anthropic", "Microsoft poured a further $10 billion into OpenAI". The verb and its preposition
 * stand on both sides of the amount, so no trigger word (which is one phrase) can hold them.
 *
 * "put" is too common to be a trigger ("put the figure at $2 billion", "put about $400 billion into AI"),
 * so it is read only as a careful reader reads the construction: the verb touching the amount (hedges
 * and "now", "already", "another" at most between), and right after the amount "into" and a name the
 * draft knows (a company, a lab: an entity mention, "the" at most before it). The verbs are data: each
 * metric's `verbsInto` in data/metrics.yaml.
 */
import type { Binding, Quantity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import type { EntityMention } from './mentions';
import { escapeRegExp } from '../text/escapeRegExp';

const FILLER = String.raw`(?:\s+(?:now|already|so far|since|also|about|around|roughly|nearly|almost|approximately|some|an estimated|a further|another|up to|only|just))*`;

/** After the amount: "into", "the" at most, then the recipient's name. */
const INTO_AFTER = /^\s+into\s+(?:the\s+)?$/i;

/** How far before the figure the verb may stand, and after it the recipient (characters). */
const REACH = 40;

const tables = new WeakMap<BindingKnowledge, { metric: string; before: RegExp }[]>();

function verbTables(kb: BindingKnowledge): { metric: string; before: RegExp }[] {
  let out = tables.get(kb);
  if (!out) {
    out = [];
    for (const m of kb.metrics.values()) {
      const en = (m.verbsInto?.en ?? []).filter((w) => w.trim()).map(escapeRegExp);
      if (en.length > 0 && m.kinds.includes('money')) out.push({ metric: m.id, before: new RegExp(String.raw`(?<![A-Za-z])(?:${en.join('|')})${FILLER}\s+$`, 'i') });
    }
    tables.set(kb, out);
  }
  return out;
}

/** The metric of an amount put into a recipient the draft names, or undefined. */
export function intoRecipientMetric(text: string, q: Quantity, clause: Span, mentions: readonly EntityMention[], kb: BindingKnowledge): Binding<string> | undefined {
  if (q.kind !== 'money') return undefined;
  const recipient = mentions.find((m) => m.start >= q.end && m.start - q.end <= REACH && m.end <= clause.end);
  if (!recipient || !INTO_AFTER.test(text.slice(q.end, recipient.start))) return undefined;
  const from = Math.max(clause.start, q.start - REACH);
  const lead = text.slice(from, q.start);
  for (const t of verbTables(kb)) {
    const m = t.before.exec(lead);
    if (m) return { value: t.metric, how: 'explicit', span: { start: from + m.index, end: recipient.end } };
  }
  return undefined;
}
