/**
 * A unified diff (as `diff -u` and `git apply` read it) of the edits a fix makes. The edits are known,
 * so the changed lines are too: no general diff algorithm is needed, and the output is exact.
 * Line breaks stay part of the lines (a CRLF file's patch keeps its \r), so the patch applies as is.
 */
import type { TextEdit } from '../../core/model';
import { applyToText } from './plan';
import { lastAtOrBefore } from '../../core/sortedSearch';

const CONTEXT = 3;

interface Block {
  /** Old lines [from, to], inclusive, 0-based. */
  from: number;
  to: number;
  newLines: string[];
}

function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  // starts[0] is 0, so some line always starts at or before the offset.
  return Math.max(0, lastAtOrBefore(starts, offset, (s) => s));
}

function blocksOf(text: string, edits: readonly TextEdit[]): Block[] {
  const starts = lineStarts(text);
  const groups: { from: number; to: number; edits: TextEdit[] }[] = [];
  for (const e of edits) {
    const from = lineOf(starts, e.start);
    const to = lineOf(starts, e.end > e.start ? e.end - 1 : e.end);
    const last = groups[groups.length - 1];
    if (last && from <= last.to) {
      last.to = Math.max(last.to, to);
      last.edits.push(e);
    } else groups.push({ from, to, edits: [e] });
  }
  return groups.map((g) => {
    const base = starts[g.from];
    const end = g.to + 1 < starts.length ? starts[g.to + 1] : text.length;
    const shifted = g.edits.map((e) => ({ ...e, start: e.start - base, end: e.end - base }));
    return { from: g.from, to: g.to, newLines: splitLines(applyToText(text.slice(base, end), shifted)) };
  });
}

function show(prefix: string, line: string): string {
  return line.endsWith('\n') ? `${prefix}${line}` : `${prefix}${line}\n\\ No newline at end of file\n`;
}

/** The diff of one file, or '' when the edits change nothing. */
export function unifiedDiff(displayPath: string, text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return '';
  const oldLines = splitLines(text);
  const blocks = blocksOf(text, edits);
  const hunks: Block[][] = [];
  for (const b of blocks) {
    const last = hunks[hunks.length - 1];
    if (last && b.from - last[last.length - 1].to - 1 <= 2 * CONTEXT) last.push(b);
    else hunks.push([b]);
  }
  let out = `--- a/${displayPath}\n+++ b/${displayPath}\n`;
  let delta = 0; // new line number minus old line number so far
  for (const hunk of hunks) {
    const first = Math.max(0, hunk[0].from - CONTEXT);
    const lastOld = Math.min(oldLines.length - 1, hunk[hunk.length - 1].to + CONTEXT);
    const body: string[] = [];
    let oldCount = 0;
    let newCount = 0;
    let at = first;
    for (const b of hunk) {
      for (; at < b.from; at++, oldCount++, newCount++) body.push(show(' ', oldLines[at]));
      for (; at <= b.to; at++, oldCount++) body.push(show('-', oldLines[at]));
      for (const l of b.newLines) body.push(show('+', l));
      newCount += b.newLines.length;
    }
    for (; at <= lastOld; at++, oldCount++, newCount++) body.push(show(' ', oldLines[at]));
    const oldStart = oldCount === 0 ? first : first + 1;
    const newStart = newCount === 0 ? first + delta : first + delta + 1;
    out += `@@ -${oldStart},${oldCount} +${newStart},${newCount} @@\n${body.join('')}`;
    delta += hunk.reduce((d, b) => d + b.newLines.length - (b.to - b.from + 1), 0);
  }
  return out;
}
