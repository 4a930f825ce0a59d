/**
 * A clause that only names another subject and its figure continues the measure of the clause before:
 * "Alphabet's capex was $52.5 billion, Meta's $39.2 billion and Microsoft's $55.7 billion", "微软资本开支
 * 为557亿美元，谷歌为525亿美元". The writer names the measure once for a row of subjects.
 *
 * Only subjects the knowledge base knows count (a company, a product, an estimator), opening the
 * clause: a word we do not know may be a measure we have no trigger for ("营收为300亿美元，毛利为200亿
 * 美元" is not revenue). Other figures of the same kind in the clause are the row's other entries.
 */
import type { Quantity, Span } from '../model';

/**
 * The clause with its known subjects (and their possessive 's) and the other figures of q's kind blanked
 * to spaces, when a subject opens it before q; else undefined. `clause` starts at offset `from`.
 */
export function withoutSubjects(
  clause: string,
  from: number,
  q: Quantity,
  subjects: readonly Span[],
  quantities: readonly Quantity[],
): string | undefined {
  const inClause = (s: Span) => s.start >= from && s.end <= from + clause.length;
  const names = subjects.filter(inClause);
  const first = names.reduce<Span | undefined>((a, b) => (a === undefined || b.start < a.start ? b : a), undefined);
  if (!first || first.end > q.start || /\S/.test(clause.slice(0, first.start - from).replace(/[*_]/g, ''))) return undefined;
  const chars = clause.split(''); // UTF-16 units, as offsets are
  const blank = (s: Span) => {
    for (let i = s.start - from; i < s.end - from; i++) chars[i] = ' ';
  };
  for (const name of names) {
    blank(name);
    const possessive = /^['’]s\b/.exec(clause.slice(name.end - from));
    if (possessive) blank({ start: name.end, end: name.end + possessive[0].length });
  }
  for (const o of quantities) if (o !== q && o.kind === q.kind && inClause(o)) blank(o);
  return chars.join('');
}
