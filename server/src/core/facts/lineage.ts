/**
 * Walking the `parent` links between entities. Facts sit on the most specific entity (financial
 * metrics on the company with the product line in `product`; prices and usage on the product), so a
 * checker that bound a claim to "ChatGPT" may also want OpenAI's facts, and the reverse.
 */
import type { Entity } from '../model';

/** The entity's ancestors, nearest first (chatgpt-plus -> chatgpt, openai). Stops on a loop. */
export function ancestorsOf(entities: ReadonlyMap<string, Entity>, id: string): string[] {
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
  return [...entities.keys()].filter((other) => other !== id && ancestorsOf(entities, other).includes(id));
}
