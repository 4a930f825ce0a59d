/**
 * One object for equal small parts of cached results, instead of one copy per quantity or claim.
 *
 * A long report's cached results are mostly small objects that repeat: every quantity carries its own
 * number style, though a 5 MB report has a few dozen different ones; every claim its own period value,
 * though it names a few hundred periods; claims of one sentence each their own copy of the same entity
 * binding and sentence span. Measured on a 5 MB report (117,000 claims), sharing them cuts what the
 * block cache keeps alive by about a fifth, and the server's peak memory with it.
 *
 * Sharing is safe because results are never modified once made (moving a claim or finding copies it,
 * blockChecks.ts). Only parts equal in every own property are shared, so nothing a reader can observe
 * changes.
 */
import type { Binding, Evidence, Quantity } from '../model';
import type { CheckedClaim } from './blockChecks';

/**
 * Value objects shared across blocks and documents: number styles and periods. Bounded: a document with
 * ever new values (not the case in prose) starts over rather than grow the table without end.
 */
const MAX_SHARED_VALUES = 20_000;
const sharedValues = new Map<string, object>();

const NO_EVIDENCE: Evidence[] = Object.freeze([]) as unknown as Evidence[];
const BINDINGS = ['entity', 'product', 'metric', 'period', 'attribution'] as const;

/** The quantities with equal number styles sharing one style object (the quantities are new: set in place). */
export function shareQuantityStyles(quantities: readonly Quantity[]): void {
  for (const q of quantities) if (q.style) q.style = sharedValue(q.style);
}

/**
 * One block's freshly checked claims (set in place) sharing their equal parts: bindings and sentence
 * spans with the block's other claims, period values with every block, and one empty evidence list.
 */
export function shareClaimParts(claims: readonly CheckedClaim[]): void {
  const local = new Map<string, object>();
  // The part each field last got from the table: a claim of the same sentence most often has an equal
  // one, found without building and hashing its key (the table never replaces an entry, so that part is
  // still the table's answer for it).
  const previous = new Map<string, object>();
  const share = <T extends object>(field: string, value: T): T => {
    const last = previous.get(field);
    if (last !== undefined && sameParts(last, value)) return last as T;
    const entry = tableEntry(local, value);
    if (entry) previous.set(field, entry);
    else previous.delete(field);
    return entry ?? value;
  };
  for (const claim of claims) {
    for (const key of BINDINGS) {
      const binding = claim[key] as Binding<unknown> | undefined;
      if (binding) (claim as unknown as Record<string, unknown>)[key] = share(key, withSharedValues(binding));
    }
    claim.sentence = share('sentence', claim.sentence);
    if (claim.evidence.length === 0) claim.evidence = NO_EVIDENCE;
  }
}

/** A binding whose object values (a period, its other reading) are the shared ones; a copy if any changes. */
function withSharedValues<T>(binding: Binding<T>): Binding<T> {
  const value = isPlainObject(binding.value) ? sharedValue(binding.value) : binding.value;
  const alternative = isPlainObject(binding.alternative) ? sharedValue(binding.alternative) : binding.alternative;
  if (value === binding.value && alternative === binding.alternative) return binding;
  const copy = { ...binding, value };
  if ('alternative' in binding) copy.alternative = alternative;
  return copy;
}

function sharedValue<T extends object>(value: T): T {
  if (sharedValues.size >= MAX_SHARED_VALUES) sharedValues.clear();
  return shareIn(sharedValues, value);
}

/** The object in `table` equal to `value`, or `value` itself, then remembered. */
function shareIn<T extends object>(table: Map<string, object>, value: T): T {
  return tableEntry(table, value) ?? value;
}

/** The table's object for `value` (`value` itself when new, then remembered); undefined when its key holds an unequal one. */
function tableEntry<T extends object>(table: Map<string, object>, value: T): T | undefined {
  // The key only finds a candidate: it is blind to some differences (a string holding the separators,
  // NaN, -0), so a hit is used only if it is really equal.
  const key = partsKey(value);
  const hit = table.get(key);
  if (hit === undefined) {
    table.set(key, value);
    return value;
  }
  return hit === value || sameParts(hit, value) ? (hit as T) : undefined;
}

/**
 * A key equal for objects with equal parts (names and values, in order). Built by hand: JSON.stringify
 * took several times as long on these small objects (a number style with a Chinese scale word: 2 µs),
 * and every quantity and claim binding of a report is looked up.
 */
function partsKey(value: object): string {
  let key = '';
  for (const name in value) {
    const part = (value as Record<string, unknown>)[name];
    key += `${name}:${typeof part === 'object' && part !== null ? `{${partsKey(part)}}` : String(part)},`;
  }
  return key;
}

/** Equal own enumerable properties, in the same order, compared with Object.is (plain objects recursively). */
export function sameParts(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  const other = Object.keys(b);
  if (keys.length !== other.length) return false;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== other[i]) return false;
    if (!sameParts((a as Record<string, unknown>)[keys[i]], (b as Record<string, unknown>)[keys[i]])) return false;
  }
  return true;
}

function isPlainObject(x: unknown): x is object {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
