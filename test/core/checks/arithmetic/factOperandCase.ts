/**
 * Shared runner for relations that take an operand from the fact base (recordedStakes, recordedWhole):
 * the stated numbers flagged by `check`, each a warning without a fix whose computation opens with the
 * fact used and whose evidence lists the facts; and the numbers some reading finds consistent.
 */
import { expect } from 'vitest';
import { check } from '../../arithmetic/harness';

export interface FactOperandCase {
  text: string;
  date?: string;
  flagged?: string[];
  consistent?: string[];
}

export function runFactOperandCase(checkId: string, c: FactOperandCase): void {
  const { findings, relations } = check(c.text, { date: c.date });
  const serious = findings.filter((f) => f.check === checkId && (f.severity === 'warning' || f.severity === 'error'));
  expect(serious.map((f) => f.text)).toEqual(c.flagged ?? []);
  for (const f of serious) {
    expect(f.severity).toBe('warning');
    expect(f.fixes).toEqual([]);
    expect(f.computation?.[0]).toMatch(/fact base|事实库/);
    expect(f.evidence.length).toBeGreaterThanOrEqual(1);
  }
  for (const t of c.consistent ?? []) expect(relations.some((r) => r.text === t && r.consistent), `“${t}” read as consistent`).toBe(true);
}
