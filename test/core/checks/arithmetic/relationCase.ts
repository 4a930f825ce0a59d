/**
 * A spec case for one relation reading: which stated numbers must be flagged inconsistent (warning or
 * error), and which some reading must find consistent.
 */
import { expect } from 'vitest';
import { check } from '../../arithmetic/harness';

export interface RelationCase {
  text: string;
  /** Stated numbers that must get a warning or error. */
  flagged?: string[];
  /** Stated numbers some reading must find consistent. */
  consistent?: string[];
}

export function expectRelations(c: RelationCase, date: string): void {
  const { findings, relations } = check(c.text, { date });
  const serious = findings.filter((f) => f.severity === 'warning' || f.severity === 'error');
  expect(serious.map((f) => f.text)).toEqual(c.flagged ?? []);
  for (const f of serious) expect(f.verdict).toBe('inconsistent');
  for (const t of c.consistent ?? []) expect(relations.some((r) => r.text === t && r.consistent), `“${t}” read as consistent`).toBe(true);
}

/** A Markdown table from its lines (header, delimiter, rows), for the table-structure relations. */
export function tableOf(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

/** A probable reading: the figure is flagged as a warning at most, with no fix offered. */
export function expectProbable(text: string, figure: string, date: string): void {
  const { findings } = check(text, { date });
  const f = findings.find((x) => x.text === figure)!;
  expect(f.severity).toBe('warning');
  expect(f.fixes).toEqual([]);
}
