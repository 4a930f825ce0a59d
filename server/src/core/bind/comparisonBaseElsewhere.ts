/**
 * The base of a comparison written in another clause dates no figure of this one. "Meta's $71 billion is
 * 81% above 2024, and Amazon's ~$125 billion is 60% above its 2024 figure, which was itself 1.6 times
 * 2023": 2024 and 2023 are what other figures are measured against ("N% above 2024", "1.6 times 2023",
 * changeBase.ts `comparedByFigure`), not the time of the $125 billion. Inside the figure's own clause the
 * base is already set aside (periodBinding.ts); this reads the clauses around it:
 *
 * - a base in an earlier clause is looked back at from there, never forward: "Revenue was 20% above 2023,
 *   at $10 billion" does not make the $10 billion 2023's;
 * - a base in a later clause is not the figure's either when the figure's own clause already measures
 *   it against a base: the figure is of the time after that base, and the later clause goes on about the
 *   base ("which was itself 1.6 times 2023"). Without a comparison of its own, a later "60% above last
 *   year's level" may well look back at the figure ("went from $32B to $52B, and its guide is 60% above
 *   last year's level"), and is left as it was.
 *
 * An earlier sentence's bases are set aside the same way (settlePeriod.ts `datesNoFigureCarried`).
 */
import type { Span } from '../model';
import { comparedByFigure } from './changeBase';

/** The period at m, outside the figure's clause, is the base another figure of the sentence is compared with. */
export function basesComparisonElsewhere(text: string, m: Span, clause: Span, inSentence: readonly Span[]): boolean {
  if (!comparedByFigure(text, m)) return false;
  if (m.end <= clause.start) return true;
  return m.start >= clause.end && inSentence.some((o) => o !== m && o.start >= clause.start && o.end <= clause.end && comparedByFigure(text, o));
}
