/**
 * The article Tally was conceived from: its four wrong claims must be flagged and none of its correct
 * claims may get a warning or an error. Skipped where the seed (outside the repository) is absent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCheckJson } from '../scripts/lib/cli.mjs';
import { SEED_DATE, findingsOn, isFlagged, loadSeedSpans, seedPath, type SeedSpan } from '../scripts/lib/seed.mjs';
import type { CliFinding } from '../scripts/lib/score.mjs';

const root = path.resolve(__dirname, '..');
const seed = seedPath(root);
const fixture = path.join(__dirname, 'fixtures', 'seed-claims.json');
const WRONG_CLAIMS = ['S19', 'S20', 'S21', 'S24'];

describe.skipIf(!fs.existsSync(seed))('seed article (shared/seed/ai-bubble-2024.zh.txt)', () => {
  const text = fs.existsSync(seed) ? fs.readFileSync(seed, 'utf8') : '';
  const spans = loadSeedSpans(fixture, text);
  let flagged: CliFinding[] = [];

  beforeAll(() => {
    const output = runCheckJson(root, ['--date', SEED_DATE, seed]);
    expect(output.files).toHaveLength(1);
    flagged = output.files[0]!.findings.filter(isFlagged);
  });

  it('locates every span of the claim table in the seed text', () => {
    expect(spans.filter((s) => s.start < 0).map((s) => `${s.id} "${s.text}" #${s.occurrence}`)).toEqual([]);
    expect(new Set(spans.filter((s) => s.expect === 'correct').map((s) => s.id)).size).toBeGreaterThanOrEqual(15);
  });

  it.each(WRONG_CLAIMS)('flags the wrong claim %s with a warning or an error', (id) => {
    const claimSpans = spans.filter((s) => s.id === id);
    expect(claimSpans.length).toBeGreaterThan(0);
    const hits = claimSpans.flatMap((s) => findingsOn(s, flagged));
    expect(hits.length, `${id}: ${claimSpans.map((s) => s.text).join(', ')}`).toBeGreaterThan(0);
  });

  it('gives no correct claim a warning or an error', () => {
    const report = (s: SeedSpan) => findingsOn(s, flagged).map((f) => `${s.id} "${s.text}": ${f.severity} ${f.check} ${f.verdict ?? ''}`.trim());
    // Joined so a failure prints every offending claim rather than a truncated array.
    expect(spans.filter((s) => s.expect === 'correct').flatMap(report).join('\n')).toBe('');
  });
});
