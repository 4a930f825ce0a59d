/**
 * Which edits `--fix` makes: only fixes marked certain, a fix whole or not at all (a fix whose edits
 * overlap an earlier one is skipped, so two findings on one claim never write twice), and no edit that
 * would leave the text as it is (which is what makes a second `--fix` change nothing).
 */
import type { Finding, TextEdit } from '../../core/model';
import { byteOffset, encodeText, type TextFile } from '../textFile';

export interface FixPlan {
  edits: TextEdit[];
  /** Findings whose certain fix is in `edits`. */
  fixed: Finding[];
}

export function planFixes(text: string, findings: readonly Finding[]): FixPlan {
  const accepted: TextEdit[] = [];
  const fixed: Finding[] = [];
  const overlaps = (e: TextEdit) => accepted.some((a) => (e.start < a.end && a.start < e.end) || (e.start === e.end && a.start === e.start));
  for (const finding of findings) {
    const fix = finding.fixes.find((x) => x.certain);
    if (!fix) continue;
    const edits = fix.edits.filter((e) => text.slice(e.start, e.end) !== e.newText);
    if (edits.length === 0) continue;
    if (edits.some((e) => e.start < 0 || e.end > text.length || e.start > e.end || overlaps(e))) continue;
    accepted.push(...edits);
    fixed.push(finding);
  }
  accepted.sort((a, b) => a.start - b.start);
  return { edits: accepted, fixed };
}

/** A line break inserted by a fix is written as the file writes its line breaks. */
function matchLineEndings(newText: string, text: string): string {
  if (!newText.includes('\n')) return newText;
  const crlf = text.includes('\r\n');
  return crlf ? newText.replace(/\r?\n/g, '\r\n') : newText;
}

export function applyToText(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + matchLineEndings(e.newText, text);
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * Splices the edits into the file's bytes: every byte outside the edited spans is copied as read
 * (BOM, line endings, tabs, trailing spaces, even bytes the decoder could not read).
 */
export function applyToBytes(file: TextFile, edits: readonly TextEdit[]): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (const e of edits) {
    const from = byteOffset(file, e.start);
    const to = byteOffset(file, e.end);
    parts.push(file.bytes.subarray(at, from), encodeText(matchLineEndings(e.newText, file.text), file.encoding));
    at = to;
  }
  parts.push(file.bytes.subarray(at));
  return Buffer.concat(parts);
}
