/**
 * An entity's facts narrowed once by a test of the fact alone (its unit, whether it has a value, whether
 * it came from memory), for the verdict steps that weigh every fact of an entity for every claim nothing
 * else decided (wrong metric, the slips, swapped currency, moved digits): most of a dense report's
 * claims reach them, and most of an entity's facts fail the unit test. The narrowed list keeps the
 * order of the list it narrows, so the steps find the same facts in the same order.
 *
 * Keyed by the list narrowed (factsAbout and familyFacts return one frozen array per fact base, entity
 * and metric) and by the caller's name for the test, which must say everything the test reads.
 */
import type { Fact } from '../../model';

const narrowed = new WeakMap<readonly Fact[], Map<string, readonly Fact[]>>();

export function narrowedFacts(facts: readonly Fact[], key: string, keep: (f: Fact) => boolean): readonly Fact[] {
  let byKey = narrowed.get(facts);
  if (!byKey) narrowed.set(facts, (byKey = new Map()));
  let found = byKey.get(key);
  if (!found) byKey.set(key, (found = Object.freeze(facts.filter(keep))));
  return found;
}

/** The key of a unit test that reads the quantity's kind, currency and measurement unit. */
export function unitKey(step: string, kind: string, currency: string | undefined, unit: string | undefined): string {
  return `${step}|${kind}|${currency ?? ''}|${unit ?? ''}`;
}
