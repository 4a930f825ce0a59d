/**
 * A credit inside a clause coordinated after the figure's reaches no further back than its own clause: in
 * "By May the run-rate was $2 billion, and slides seen by Reuters projected $4 billion for the year" Reuters
 * vouches for the projection, not the run-rate, which is the writer's (or another source's). The clause
 * after ", and" / ", but" / ", while" / a semicolon is a statement of its own, and a credit naming who
 * says it is part of it (its subject, "slides seen by Reuters", or its verb, "Reuters put …"). Only when a
 * figure follows the name: a credit closing the sentence with no figure after it ("…, and profit $1
 * billion according to Reuters") is an afterthought that may cover the whole, and is read as before. A
 * credit opening its clause with only a connective before it is read by attributionScope.ts (it covers
 * what follows it); this one may also cover a figure of its own clause before the name. English only: a
 * Chinese clause after "，而" or "，并" is read by its own cues. Part of attribution (attribution.ts).
 */
import type { Quantity, Span } from '../model';

/** Where a coordinated clause may begin: a comma or a semicolon (both widths). */
const CLAUSE_BREAK = /[,;，；]/g;
/** After a comma, the coordinator that opens a clause of its own. */
const COORDINATOR = /^\s*(?:and|but|yet|while|whereas)(?![A-Za-z])/i;

/**
 * Where the clause of the credit at `name` begins, when it is coordinated after an earlier clause of the
 * sentence that holds a figure and a figure follows the name; undefined otherwise.
 */
export function laterClauseStart(text: string, sentence: Span, name: Span, figures: readonly Quantity[]): number | undefined {
  const before = text.slice(sentence.start, name.start);
  let breakAt = -1;
  let semicolon = false;
  for (const m of before.matchAll(CLAUSE_BREAK)) {
    // Grouping commas sit between digits: "150,000" does not begin a clause.
    if (m[0] === ',' && /\d/.test(before[m.index - 1] ?? '') && /\d/.test(before[m.index + 1] ?? '')) continue;
    breakAt = m.index;
    semicolon = m[0] === ';' || m[0] === '；';
  }
  if (breakAt < 0) return undefined;
  const start = sentence.start + breakAt + 1;
  if (!semicolon && !COORDINATOR.test(text.slice(start, name.start))) return undefined;
  const figure = (q: Quantity) => q.kind !== 'number' && q.start >= sentence.start && q.end <= sentence.end;
  const earlier = figures.some((q) => figure(q) && q.end <= start);
  const after = figures.some((q) => figure(q) && q.start >= name.end);
  return earlier && after ? start : undefined;
}
