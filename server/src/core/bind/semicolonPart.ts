/**
 * A semicolon closes a statement within a sentence: "8月Groq以28亿美元估值融资；9月SSI宣布融资10亿美元，估值
 * 约50亿美元", "Groq raised at a $2.8 billion valuation; SSI raised $1 billion, at about $5 billion". A
 * figure whose own clause names no one goes on about the subject of the clause before it in its own
 * semicolon part, when that clause names someone and states a figure of its own ("SSI宣布融资10亿美元"),
 * not about the first name of another part (Groq).
 *
 * Only such a clause: Chinese parts often drop a subject shared with the part before, and the names
 * they do hold are objects or dates ("同月与OpenAI签署意向书", "DeepSeek冲击当天，单日市值蒸发…"); a
 * clause that names no one with a figure leaves the sentence's reading as it was.
 */
import type { Span } from '../model';
import { clauseSpans } from './clauses';

const SEMICOLONS = /[;；]/g;

/** The part of `sentence` between the semicolons around `at` (the whole sentence when it has none). */
export function semicolonPart(text: string, sentence: Span, at: Span): Span {
  let start = sentence.start;
  let end = sentence.end;
  const slice = text.slice(sentence.start, sentence.end);
  SEMICOLONS.lastIndex = 0;
  for (let m = SEMICOLONS.exec(slice); m; m = SEMICOLONS.exec(slice)) {
    const pos = sentence.start + m.index;
    if (pos < at.start) start = pos + 1;
    else if (pos >= at.end) {
      end = pos;
      break;
    }
  }
  return { start, end };
}

/**
 * In a sentence with a semicolon, the names (of `names`, sorted) of the clause nearest before `clause` in
 * its semicolon part that names someone before a figure of its own (one of `figures`); undefined when the
 * sentence has no semicolon or no such clause precedes.
 */
export function partSubjectNames<T extends Span>(text: string, sentence: Span, clause: Span, names: readonly T[], figures: readonly Span[]): readonly T[] | undefined {
  const part = semicolonPart(text, sentence, clause);
  if (part.start === sentence.start && part.end === sentence.end) return undefined;
  const before = clauseSpans(text, part).filter((c) => c.end <= clause.start);
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i];
    const inside = names.filter((m) => m.start >= c.start && m.end <= c.end);
    if (inside.length > 0 && figures.some((f) => f.start >= inside[0].end && f.end <= c.end)) return inside;
  }
  return undefined;
}
