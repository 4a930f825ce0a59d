/**
 * The source record a fact belongs to. The converter splits what one source reported of one event into
 * one fact per figure, with ids `GROUP.member` ("OPENAI-VAL-157B.raise", "OPENAI-VAL-157B.valuation"),
 * so the id before the member suffix names the record; a fact that was not split is a record of its own.
 */
import type { Fact } from '../model';

/** The record of a split fact (its id before the member suffix), or undefined for a fact not split. */
export function splitRecordOf(f: Fact): string | undefined {
  const dot = f.id.lastIndexOf('.');
  return dot > 0 ? f.id.slice(0, dot) : undefined;
}

/** The record a fact belongs to: a split fact's group, or the fact's own id. */
export function recordOf(f: Fact): string {
  return splitRecordOf(f) ?? f.id;
}
