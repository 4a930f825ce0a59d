/** Finding the YAML node behind a path inside an entry, so a problem points at the offending line. */
import type { Node } from 'yaml';
import type { Origin } from '../model';
import type { FileEntry, ParsedFactFile } from './yamlFile';
import { yamlLib } from './yamlLib';

export type PathSegment = string | number;

/** The deepest node along `path` (stops at the last segment that exists). */
export function nodeAt(root: Node, path: readonly PathSegment[]): Node {
  const { isMap, isNode, isSeq } = yamlLib();
  let node: Node = root;
  for (const segment of path) {
    let next: unknown;
    if (isMap(node)) next = node.get(String(segment), true);
    else if (isSeq(node)) next = node.items[Number(segment)];
    if (!isNode(next)) break;
    node = next;
  }
  return node;
}

/** The key node of `property` in the map at `path`, when the map has that key. */
export function keyNodeAt(root: Node, path: readonly PathSegment[], property: string): Node | undefined {
  const { isMap, isNode, isScalar } = yamlLib();
  const map = nodeAt(root, path);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === property);
  return pair && isNode(pair.key) ? pair.key : undefined;
}

export function originOfNode(parsed: ParsedFactFile, node: Node | undefined, fallback: Origin): Origin {
  const start = node?.range?.[0];
  return start === undefined ? fallback : parsed.originAt(start);
}

/** Where the value at `path` inside an entry starts (the entry's start when the path is absent). */
export function originOfPath(parsed: ParsedFactFile, entry: FileEntry, path: readonly PathSegment[]): Origin {
  return originOfNode(parsed, nodeAt(entry.node, path), entry.origin);
}

/** "/sources/0/url" -> ["sources", 0, "url"] (JSON pointer as ajv reports it). */
export function pointerToPath(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** ["sources", 0, "url"] -> "sources[0].url" for messages. */
export function pathLabel(path: readonly PathSegment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
