/**
 * Walking the `parent` links between entities. Facts sit on the most specific entity (financial
 * metrics on the company with the product line in `product`; prices and usage on the product), so a
 * checker that bound a claim to "ChatGPT" may also want OpenAI's facts, and the reverse.
 */
import type { Entity } from '../model';

/**
 * Ancestors and descendants, worked out once per entities map: the judge asks for them for every claim,
 * and descendants took a walk up from every entity of the fact base. A fact base's entities are never
 * changed once it is built (a changed pack builds a new one); callers get copies.
 */
interface Lineage {
  ancestors: Map<string, readonly string[]>;
  descendants?: Map<string, string[]>;
}

const lineages = new WeakMap<ReadonlyMap<string, Entity>, Lineage>();

function lineageOf(entities: ReadonlyMap<string, Entity>): Lineage {
  let lineage = lineages.get(entities);
  if (!lineage) lineages.set(entities, (lineage = { ancestors: new Map() }));
  return lineage;
}

function knownAncestors(entities: ReadonlyMap<string, Entity>, lineage: Lineage, id: string): readonly string[] {
  let found = lineage.ancestors.get(id);
  if (!found) lineage.ancestors.set(id, (found = walkAncestors(entities, id)));
  return found;
}

/** The entity's ancestors, nearest first (chatgpt-plus -> chatgpt, openai). Stops on a loop. */
export function ancestorsOf(entities: ReadonlyMap<string, Entity>, id: string): string[] {
  return [...knownAncestors(entities, lineageOf(entities), id)];
}

function walkAncestors(entities: ReadonlyMap<string, Entity>, id: string): string[] {
  const out: string[] = [];
  const seen = new Set([id]);
  for (let p = entities.get(id)?.parent; p !== undefined && !seen.has(p); p = entities.get(p)?.parent) {
    out.push(p);
    seen.add(p);
  }
  return out;
}

/** Every entity below this one (children, their children, …), in the entities' order. */
export function descendantsOf(entities: ReadonlyMap<string, Entity>, id: string): string[] {
  const lineage = lineageOf(entities);
  if (!lineage.descendants) {
    // Each entity joins the list of every one of its ancestors, in the entities' order (an entity is
    // never its own ancestor: the walk stops on a loop).
    const descendants = new Map<string, string[]>();
    for (const other of entities.keys()) {
      for (const ancestor of knownAncestors(entities, lineage, other)) {
        const list = descendants.get(ancestor);
        if (list) list.push(other);
        else descendants.set(ancestor, [other]);
      }
    }
    lineage.descendants = descendants;
  }
  return [...(lineage.descendants.get(id) ?? [])];
}
