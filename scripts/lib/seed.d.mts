// Types for seed.mjs.
import type { CliFinding } from './score.mjs';

export interface SeedSpan {
  id: string;
  text: string;
  occurrence: number;
  expect: 'correct' | 'wrong' | 'imprecise' | 'unverifiable' | 'opinion';
  start: number;
  end: number;
}

export const SEED_DATE: string;
export function seedPath(root: string): string;
export function loadSeedSpans(fixturePath: string, text: string): SeedSpan[];
export function isFlagged(finding: CliFinding): boolean;
export function findingsOn(span: { start: number; end: number }, findings: CliFinding[]): CliFinding[];
