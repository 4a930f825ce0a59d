/**
 * After step 1: a figure that misses every revision of a guidance known by the document's date but
 * meets one given later ("Alphabet has guided to about $100 billion for 2025" in a memo of February
 * 2025, when the October revision was $91–93B) is neither another period's figure (the revision guides
 * the same period) nor a contradiction (the draft's date may be older than its text). Nothing known by
 * that date decides it: unverifiable, with the later revision as what the reader may want to see.
 */
import type { Judgement } from '../judgement';
import type { JudgeScope } from './scope';
import { matches } from '../factMatch';

export function laterRevisionVerdict(s: JudgeScope): Judgement | undefined {
  if (!s.period) return undefined;
  const met = s.laterRevisions.filter((f) => matches(s.claim, f));
  return met.length > 0 ? { verdict: 'unverifiable', deciding: [], related: met } : undefined;
}
