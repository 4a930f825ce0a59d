/**
 * A GFM table of plain cells, read without the parser: drafts carry many tables of figures, and the
 * table extension is the costliest part of parsing them.
 *
 * Only the simplest form is read: every line a row that starts and ends with a pipe (no indentation,
 * no trailing space, no carriage return), the second line a delimiter row with as many cells as the
 * header, every cell plain text (footnote references and plain links allowed: plainInline.ts). Each
 * cell with text is one segment spanning what remark's tableCell spans: from the pipe before it up to
 * the next pipe, the row's closing pipe included for its last cell.
 */
import type { ProseSegment } from './prose';
import { plainInline } from './plainInline';

const DELIMITER_ROW = /^\|(?: *:?-+:? *\|)+$/;
/** Whitespace other than a space at either end of a cell: trimmed by the parser in ways not worth reproducing. */
const ODD_EDGE = /^ *[^\S ]|[^\S ] *$/;

/** The table's cell segments (offsets shifted by base), or undefined when the block is not such a table. */
export function plainTable(source: string, base: number, hasInlineSyntax: (text: string) => boolean): ProseSegment[] | undefined {
  if (!source.startsWith('|') || source.includes('\r')) return undefined;
  const lines = source.split('\n');
  if (lines.length < 2 || !DELIMITER_ROW.test(lines[1]) || pipesIn(lines[0]).length !== pipesIn(lines[1]).length) return undefined;
  const segments: ProseSegment[] = [];
  for (let row = 0, at = 0; row < lines.length; at += lines[row].length + 1, row++) {
    const line = lines[row];
    if (line.length < 2 || !line.startsWith('|') || !line.endsWith('|')) return undefined;
    if (row === 1) continue;
    const pipes = pipesIn(line);
    for (let k = 0; k + 1 < pipes.length; k++) {
      const content = line.slice(pipes[k] + 1, pipes[k + 1]);
      const inline = plainInline(content);
      if (hasInlineSyntax(inline ? inline.rest : content) || ODD_EDGE.test(content)) return undefined;
      const kept = inline ? inline.masked : content;
      if (content.trim() === '') continue;
      // A link whose text is only spaces still makes a segment for remark: leave that to it.
      if (kept.trim() === '') return undefined;
      const last = k + 2 === pipes.length;
      segments.push({ start: base + at + pipes[k], end: base + at + pipes[k + 1] + (last ? 1 : 0), masked: ' ' + kept + (last ? ' ' : ''), container: 'tableCell' });
    }
  }
  return segments;
}

function pipesIn(line: string): number[] {
  const out: number[] = [];
  for (let i = line.indexOf('|'); i !== -1; i = line.indexOf('|', i + 1)) out.push(i);
  return out;
}
