/**
 * "…Thinking Machines' $2 billion seed at $12 billion, and Harvey went from $3 billion in February to $8
 * billion in October": a clause that names a subject of its own and moves it "from X to Y" tells how that
 * subject changed, not a second figure of the measure another clause named for another subject. The
 * sentence's measure word ("seed", "revenue") then does not reach the figure across the clause edge; a
 * word of its own clause still does, and so does a subject already named before the clause ("Nvidia's
 * revenue doubled, and Nvidia went from…" goes on about the same thing).
 */
import type { Quantity, Span } from '../model';

/** "from $3 billion … to $8 billion": both ends figures, no clause break between. */
const FROM_TO = /(?<![A-Za-z])from\s+(?:(?:about|around|roughly|nearly|some|just)\s+)?[$€£¥]?\d[^,;:()]*?\bto\s+(?:(?:about|around|roughly|nearly|some|just|over)\s+)?[$€£¥]?\d/gi;

type Named = Span & { entity?: string };

export function changesOwnSubject(text: string, clause: Span, q: Quantity, sentence: Span, subjects: readonly Named[] | undefined, mentions: readonly Named[] | undefined): boolean {
  if (!subjects) return false;
  const within = text.slice(clause.start, clause.end);
  const inChange = [...within.matchAll(FROM_TO)].some((m) => {
    const start = clause.start + (m.index ?? 0);
    return start < q.start && q.start < start + m[0].length;
  });
  if (!inChange) return false;
  const own = subjects.filter((s) => s.start >= clause.start && s.end <= q.start && s.entity !== undefined);
  if (own.length === 0) return false;
  const before = (mentions ?? []).filter((m) => m.start >= sentence.start && m.end <= clause.start);
  return own.every((s) => !before.some((m) => m.entity === s.entity));
}
