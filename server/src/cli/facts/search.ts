/**
 * `tally facts search <words>`: every word must be found in something the fact is about: its id, its
 * entity's names and aliases (and the parent's: "OpenAI" finds ChatGPT facts), its metric's names and
 * trigger words, its product, period, qualifiers, sources (publisher, title, quote) or note.
 * English and Chinese alike; case, width (ＡＩ) and spacing are ignored. Better matches come first:
 * an id over a name over a trigger word over a quote, then the most recent period.
 */
import type { Entity, Fact, Metric } from '../../core/model';

export interface SearchIndex {
  facts: readonly Fact[];
  entity(id: string): Entity | undefined;
  metric(id: string): Metric | undefined;
}

export interface Hit {
  fact: Fact;
  score: number;
}

/** NFKC (full-width → ASCII), lower case, no spaces: "Open AI" and "openai" meet. */
export function normalize(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

interface Field {
  text: string;
  weight: number;
}

function entityFields(e: Entity | undefined, weight: number): Field[] {
  if (!e) return [];
  return [e.id, ...e.names.en, ...e.names.zh].map((text) => ({ text, weight }));
}

function fieldsOf(f: Fact, ix: SearchIndex): Field[] {
  const entity = ix.entity(f.entity);
  const parent = entity?.parent ? ix.entity(entity.parent) : undefined;
  const metric = ix.metric(f.metric);
  const fields: Field[] = [
    { text: f.id, weight: 5 },
    ...entityFields(entity, 4),
    ...entityFields(parent, 2),
    ...entityFields(f.product ? ix.entity(f.product) : undefined, 3),
    { text: f.metric, weight: 4 },
    ...(metric ? [...metric.names.en, ...metric.names.zh].map((text) => ({ text, weight: 4 })) : []),
    ...(metric ? [...metric.triggers.en, ...metric.triggers.zh].map((text) => ({ text, weight: 2 })) : []),
    { text: f.period.label, weight: 2 },
    { text: `${f.period.start} ${f.period.end}`, weight: 1 },
    ...f.qualifiers.map((text) => ({ text, weight: 1 })),
    ...f.sources.flatMap((s) => [s.publisher, s.title, s.quote].filter((x): x is string => !!x).map((text) => ({ text, weight: 1 }))),
    ...(f.note ? [{ text: f.note, weight: 1 }] : []),
    ...(f.text ? [{ text: f.text, weight: 1 }] : []),
  ];
  return fields.map((x) => ({ text: normalize(x.text), weight: x.weight }));
}

/** Score of one word against a fact's fields: the best field it occurs in (+1 when it is the whole field). */
function wordScore(word: string, fields: Field[]): number {
  let best = 0;
  for (const field of fields) {
    if (!field.text.includes(word)) continue;
    best = Math.max(best, field.weight + (field.text === word ? 1 : 0));
  }
  return best;
}

/**
 * Chinese is written without spaces: "英伟达市值" that matches no field whole may be two words that do.
 * Scored as the weaker half, so it never outranks a whole match.
 */
function splitScore(word: string, fields: Field[]): number {
  if (!/[\u3400-\u9fff]/.test(word)) return 0;
  const chars = [...word];
  let best = 0;
  for (let i = 1; i < chars.length; i++) {
    const left = wordScore(chars.slice(0, i).join(''), fields);
    const right = left > 0 ? wordScore(chars.slice(i).join(''), fields) : 0;
    if (left > 0 && right > 0) best = Math.max(best, Math.min(left, right));
  }
  return best;
}

export function searchFacts(ix: SearchIndex, query: string[]): Hit[] {
  const words = query.flatMap((q) => q.split(/\s+/)).map(normalize).filter(Boolean);
  if (words.length === 0) return [];
  const hits: Hit[] = [];
  for (const fact of ix.facts) {
    const fields = fieldsOf(fact, ix);
    let score = 0;
    for (const word of words) {
      const s = wordScore(word, fields) || splitScore(word, fields);
      if (s === 0) {
        score = 0;
        break;
      }
      score += s;
    }
    if (score > 0) hits.push({ fact, score });
  }
  return hits.sort((a, b) => b.score - a.score || b.fact.period.end.localeCompare(a.fact.period.end) || a.fact.id.localeCompare(b.fact.id));
}
