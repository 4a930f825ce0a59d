// The seed article and its claim table (test/fixtures/seed-claims.json): where each claim's numbers
// sit in the text, and which of Tally's findings land on them.
import fs from 'node:fs';
import path from 'node:path';
import { nthOccurrence } from './corpus.mjs';

/** The seed lives beside the checkout (shared/, read-only reference material), not inside it. */
export function seedPath(root) {
  return path.resolve(root, '..', 'shared', 'seed', 'ai-bubble-2024.zh.txt');
}
export const SEED_DATE = '2024-03-28';

/** One entry per numeric span: { id, text, occurrence, expect, start, end } (start -1 when not found). */
export function loadSeedSpans(fixturePath, text) {
  const table = JSON.parse(fs.readFileSync(fixturePath, 'utf8'));
  const spans = [];
  for (const [id, entry] of Object.entries(table)) {
    if (id.startsWith('$')) continue;
    for (const s of Array.isArray(entry) ? entry : [entry]) {
      const start = nthOccurrence(text, s.text, s.occurrence ?? 1);
      spans.push({ id, text: s.text, occurrence: s.occurrence ?? 1, expect: s.expect, start, end: start < 0 ? -1 : start + s.text.length });
    }
  }
  return spans;
}

export const isFlagged = (f) => f.severity === 'error' || f.severity === 'warning';

/** Findings whose span overlaps the claim span. */
export function findingsOn(span, findings) {
  return findings.filter((f) => f.offset.start < span.end && span.start < Math.max(f.offset.end, f.offset.start + 1));
}
