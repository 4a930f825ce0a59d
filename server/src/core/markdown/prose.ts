/**
 * Turns one Markdown block into prose segments: the spans of the source that a reader reads as text.
 *
 * Prose is paragraphs, headings, list items, block quotes, table cells and footnote definitions, with
 * their emphasis, strong, strikethrough and link texts. Not prose: fenced/indented/inline code, HTML,
 * link and image URLs, link reference definitions, front matter.
 *
 * Each segment is a span of the ORIGINAL text plus a "masked" copy of it of the same length, in which
 * non-prose characters (inline code, URLs, escape backslashes, entity references) are replaced by
 * spaces. Downstream stages read the masked text and report offsets that are valid in the source, so
 * escapes and entities never shift an underline.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Span } from '../model';
import { plainProse } from './plainBlocks';

/** A run of prose: one paragraph, heading, table cell... Offsets into the document. */
export interface ProseSegment extends Span {
  /** Same length as end - start; non-prose characters blanked with spaces. */
  masked: string;
  /** The container: 'paragraph', 'heading', 'tableCell', ... (binding uses headings as context). */
  container: string;
}

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const PROSE_CONTAINERS = new Set(['paragraph', 'heading', 'tableCell']);
const SKIPPED = new Set(['code', 'inlineCode', 'html', 'definition', 'footnoteDefinitionLabel', 'image', 'imageReference', 'yaml', 'toml', 'math', 'inlineMath']);

let plain: Processor | undefined;
let gfm: Processor | undefined;

function processor(withGfm: boolean): Processor {
  if (withGfm) return (gfm ??= unified().use(remarkParse).use(remarkGfm) as unknown as Processor);
  return (plain ??= unified().use(remarkParse) as unknown as Processor);
}

/** GFM costs ~40% more to parse; only blocks that could contain its syntax pay for it. */
export function mayNeedGfm(source: string): boolean {
  return /[|~]|\[\^|www\.|https?:|@/.test(source);
}

/**
 * Extracts prose segments from `source` (one block), offsets shifted by `base`.
 * Never throws: a parser failure yields no segments rather than a crash.
 */
export function extractProse(source: string, base = 0): ProseSegment[] {
  // A paragraph, heading or list without inline Markdown syntax reads as itself; remark would say the
  // same (plainBlocks.ts).
  const plain = plainProse(source, base);
  if (plain) return plain;
  return parsedProse(source, base);
}

/** extractProse through remark, whatever the block holds. */
export function parsedProse(source: string, base = 0): ProseSegment[] {
  let tree: MdNode;
  try {
    tree = processor(mayNeedGfm(source)).parse(source) as unknown as MdNode;
  } catch {
    return [];
  }
  const segments: ProseSegment[] = [];
  const visit = (node: MdNode): void => {
    if (SKIPPED.has(node.type)) return;
    if (PROSE_CONTAINERS.has(node.type)) {
      const seg = containerSegment(source, node);
      if (seg) segments.push({ ...seg, start: seg.start + base, end: seg.end + base });
      return;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return segments;
}

/** Builds the masked span of a paragraph/heading/cell: text nodes kept, everything else blanked. */
function containerSegment(source: string, node: MdNode): (ProseSegment & Span) | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || end <= start) return null;
  const chars = new Array<string>(end - start).fill(' ');
  let any = false;
  const keep = (n: MdNode): void => {
    if (SKIPPED.has(n.type)) return;
    if (n.type === 'text') {
      const s = n.position?.start.offset;
      const e = n.position?.end.offset;
      if (s === undefined || e === undefined) return;
      copyText(source, s, e, n.value ?? '', chars, start);
      any = true;
      return;
    }
    if (n.type === 'break') return;
    n.children?.forEach(keep);
  };
  node.children?.forEach(keep);
  if (!any) return null;
  // Keep line breaks inside the container so sentence splitting sees them.
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) chars[i - start] = source[i];
  }
  return { start, end, masked: chars.join(''), container: node.type };
}

/**
 * Copies a text node's source characters into the mask. When the node's value differs from its source
 * slice (a backslash escape or an entity), the characters that produced no text of their own are
 * blanked so that every kept character stays at its original offset.
 */
function copyText(source: string, s: number, e: number, value: string, chars: string[], base: number): void {
  const slice = source.slice(s, e);
  if (slice === value) {
    for (let i = 0; i < slice.length; i++) chars[s - base + i] = slice[i];
    return;
  }
  // Walk the source, keeping characters that appear in order in the value (escapes drop one backslash;
  // entities "&amp;" turn into one character, which we blank: the reader sees a symbol, not a digit).
  let v = 0;
  for (let i = 0; i < slice.length; i++) {
    const ch = slice[i];
    if (ch === '\\' && i + 1 < slice.length && /[!-/:-@[-`{-~]/.test(slice[i + 1]) && value[v] === slice[i + 1]) {
      continue; // the escaping backslash: blank
    }
    if (ch === '&') {
      const m = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(slice.slice(i, i + 40));
      if (m) {
        i += m[0].length - 1;
        v++;
        continue;
      }
    }
    if (value[v] === ch) {
      chars[s - base + i] = ch;
      v++;
    }
  }
}
