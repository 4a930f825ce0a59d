/**
 * Safe reading of one fact file (YAML, or JSON, which YAML 1.2 parses the same way): syntax errors,
 * unknown tags and alias bombs become problems with a file position, never exceptions or hangs.
 * The result is the list entries of the `entities`, `metrics` and `facts` sections, each with its
 * YAML node so later stages can point at the exact line and column of what is wrong.
 */
import type { Node } from 'yaml';
import type { Origin, Problem } from '../model';
import { PROBLEM, problem } from './problems';
import type { FactFileText } from './types';
import { yamlLib } from './yamlLib';

/** Files above this size are refused: bundled files are far smaller, and a pack this big is a mistake. */
export const MAX_FILE_CHARS = 5 * 1024 * 1024;
/** Alias expansions allowed per file; a billion-laughs document hits this long before it hurts. */
export const MAX_ALIAS_COUNT = 100;
export const SECTIONS = ['entities', 'metrics', 'facts'] as const;
export type Section = (typeof SECTIONS)[number];

/** One entry of a section list: its node (for positions), its plain value, and where it starts. */
export interface FileEntry {
  file: FactFileText;
  section: Section;
  index: number;
  node: Node;
  value: unknown;
  origin: Origin;
}

export interface ParsedFactFile {
  file: FactFileText;
  entries: FileEntry[];
  /** The 1-based line and column of a character offset in this file. */
  originAt(offset: number): Origin;
}

const firstLine = (message: string) => message.split(/ at line \d+|\n/)[0].trim();

export function parseFactFile(file: FactFileText, problems: Problem[]): ParsedFactFile | undefined {
  if (file.readError !== undefined) {
    problems.push(problem(PROBLEM.fileUnreadable, `Fact file could not be read: ${file.readError}`, { file: file.path, line: 1, column: 1 }));
    return undefined;
  }
  if (file.text.length > MAX_FILE_CHARS) {
    const size = `${(file.text.length / 1024 / 1024).toFixed(1)} MB`;
    problems.push(problem(PROBLEM.fileTooLarge, `Fact file is too large (${size}; the limit is 5 MB); it was not read.`, { file: file.path, line: 1, column: 1 }));
    return undefined;
  }
  const { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument, visit } = yamlLib();
  const lineCounter = new LineCounter();
  const originAt = (offset: number): Origin => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: file.path, line, column: col };
  };
  // The core schema has no tags beyond strings, numbers, booleans and null: nothing in a file can
  // construct objects or run code. Duplicate keys are errors.
  const doc = parseDocument(file.text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push(problem(PROBLEM.yamlSyntax, `YAML syntax error: ${firstLine(error.message)}. The file was not read.`, originAt(error.pos[0])));
    }
    return undefined;
  }
  const poisoned: number[] = [];
  for (const warning of doc.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      const tag = /Unresolved tag: (\S+)/.exec(warning.message)?.[1] ?? 'tag';
      problems.push(problem(PROBLEM.yamlTag, `Unknown YAML tag ${tag}: tags are not allowed in fact files; the entry holding it was skipped.`, originAt(warning.pos[0])));
      poisoned.push(warning.pos[0]);
    } else {
      problems.push(problem(PROBLEM.yamlSyntax, `YAML: ${firstLine(warning.message)}.`, originAt(warning.pos[0]), 'warning'));
    }
  }

  let js: unknown;
  try {
    js = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    let firstAlias = 0;
    visit(doc, {
      Alias(_, node) {
        firstAlias = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const excessive = /alias count/i.test(String(error));
    problems.push(
      excessive
        ? problem(PROBLEM.aliasLimit, `Too many YAML alias expansions (the limit is ${MAX_ALIAS_COUNT}); the file looks like an alias bomb and was not read.`, originAt(firstAlias))
        : problem(PROBLEM.yamlSyntax, `YAML could not be read: ${firstLine(String(error))}. The file was not read.`, originAt(0)),
    );
    return undefined;
  }

  const parsed: ParsedFactFile = { file, entries: [], originAt };
  const contents = doc.contents;
  if (contents === null || js === null || js === undefined) {
    problems.push(problem(PROBLEM.fileShape, 'The file holds no entities, metrics or facts.', originAt(0), 'warning'));
    return parsed;
  }
  if (!isMap(contents)) {
    problems.push(problem(PROBLEM.fileShape, 'A fact file is a mapping with `entities:`, `metrics:` or `facts:` lists; this file is not a mapping.', originAt(contents.range?.[0] ?? 0)));
    return parsed;
  }
  const plain = js as Record<string, unknown>;
  let keys = 0;
  for (const pair of contents.items) {
    keys++;
    const keyNode = pair.key;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const keyOrigin = originAt(isNode(keyNode) ? (keyNode.range?.[0] ?? 0) : 0);
    if (!(SECTIONS as readonly string[]).includes(key)) {
      problems.push(problem(PROBLEM.fileShape, `Unknown top-level key "${key}": a fact file holds only \`entities\`, \`metrics\` and \`facts\` lists.`, keyOrigin));
      continue;
    }
    if (!isSeq(pair.value)) {
      problems.push(problem(PROBLEM.fileShape, `\`${key}\` must be a list (entries starting with "- ").`, keyOrigin));
      continue;
    }
    const values = plain[key] as unknown[];
    pair.value.items.forEach((item, index) => {
      if (!isNode(item)) return;
      const [start, , end] = item.range ?? [0, 0, 0];
      if (poisoned.some((offset) => offset >= start && offset < end)) return;
      parsed.entries.push({ file, section: key as Section, index, node: item, value: values[index], origin: originAt(start) });
    });
  }
  if (keys === 0) {
    problems.push(problem(PROBLEM.fileShape, 'The file holds none of the lists `entities:`, `metrics:` or `facts:`.', originAt(0), 'warning'));
  }
  return parsed;
}
