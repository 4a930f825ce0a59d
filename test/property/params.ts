/**
 * Run counts for the property suite, chosen so the whole of test/property stays under ~60 s on two shared
 * cores. PROPERTY_RUNS_SCALE multiplies every count (e.g. 10 for a soak run); FC_SEED replays a failure
 * with the seed fast-check printed.
 */
import type { Parameters } from 'fast-check';

export function runs<T>(numRuns: number): Parameters<T> {
  const scale = Number(process.env.PROPERTY_RUNS_SCALE ?? '1');
  const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
  return { numRuns: Math.max(1, Math.round(numRuns * (Number.isFinite(scale) && scale > 0 ? scale : 1))), ...(seed !== undefined ? { seed } : {}) };
}
