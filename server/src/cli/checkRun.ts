/**
 * Runs the core over drafts for `tally check`: the same FactStore and option merging as the language
 * server, so the CLI and the editor report the same findings.
 */
import { analyze, type Analysis } from '../core/analyze';
import type { Options } from '../core/options';
import type { Locale } from '../core/i18n/messages';
import type { FactBase } from '../core/facts/index';
import { decodeBytes, readTextFile, type TextFile } from './textFile';

export interface FileResult {
  /** As reported: relative to the working folder, with / separators (or the --stdin-filename). */
  path: string;
  /** The text as checked (BOM removed). */
  text: string;
  analysis: Analysis;
  ms: number;
  /** The file as read from disk; absent for stdin. `--fix` writes through it. */
  file?: TextFile;
}

export interface CheckContext {
  facts: FactBase;
  options: Options;
  locale: Locale;
}

/** Strips a UTF-8 BOM: offsets are into the text a reader sees, and editors hide the BOM too. */
export function decode(buffer: Buffer): { text: string; bom: boolean } {
  const d = decodeBytes(buffer);
  return { text: d.text, bom: d.bomLength > 0 };
}

export function checkText(path: string, text: string, facts: FactBase, options: Options, locale: Locale): FileResult {
  const t0 = performance.now();
  const analysis = analyze(text, { facts, options, locale });
  return { path, text, analysis, ms: performance.now() - t0 };
}

export function checkFile(absPath: string, displayPath: string, ctx: CheckContext): FileResult {
  const file = readTextFile(absPath);
  return { ...checkText(displayPath, file.text, ctx.facts, ctx.options, ctx.locale), file };
}
