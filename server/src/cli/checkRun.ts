/**
 * Runs the core over files for `tally check`: the same FactStore and option merging as the language
 * server, so the CLI and the editor report the same findings (test/parity.test.ts).
 */
import * as fs from 'node:fs';
import { analyze, type Analysis } from '../core/analyze';
import type { Options } from '../core/options';
import type { Locale } from '../core/i18n/messages';
import type { FactBase } from '../core/facts/index';

export interface FileResult {
  path: string;
  /** The text as checked (BOM removed). */
  text: string;
  analysis: Analysis;
  ms: number;
}

/** Strips a UTF-8 BOM: offsets are into the text a reader sees, and editors hide the BOM too. */
export function decode(buffer: Buffer): { text: string; bom: boolean } {
  const bom = buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  return { text: buffer.toString('utf8', bom ? 3 : 0), bom };
}

export function checkText(path: string, text: string, facts: FactBase, options: Options, locale: Locale): FileResult {
  const t0 = performance.now();
  const analysis = analyze(text, { facts, options, locale });
  return { path, text, analysis, ms: performance.now() - t0 };
}

export function checkFile(path: string, facts: FactBase, options: Options, locale: Locale): FileResult {
  const { text } = decode(fs.readFileSync(path));
  return checkText(path, text, facts, options, locale);
}
