/**
 * A one-paragraph draft dated `date`, analysed against the bundled facts, and its findings as
 * "text check severity" lines: what the fact-check spec tests compare.
 */
import { analyze, type Analysis } from '../../server/src/core/analyze';
import { loadFactBase } from '../../server/src/core/facts/index';
import { sanitizeOptions } from '../../server/src/core/options';
import { bundledDataDir, readBundledFactFiles } from '../../server/src/node/factFiles';
import type { Severity } from '../../server/src/core/model';
import { bundledFacts } from './facts';

export function draftAnalysis(text: string, date: string): Analysis {
  return analyze(text, { facts: bundledFacts(), options: sanitizeOptions({ documentDate: date }) });
}

export function draftFindings(text: string, date: string, severities: readonly Severity[] = ['error', 'warning']): string[] {
  return draftAnalysis(text, date)
    .findings.filter((f) => severities.includes(f.severity))
    .map((f) => `${f.text} ${f.check} ${f.severity}`);
}

/**
 * The warnings and errors of `text` dated `date`, checked against the bundled facts with `pack` (a
 * workspace fact pack's YAML) merged over them, as "text check" lines.
 */
export function packFindings(pack: string, text: string, date: string): string[] {
  const files = readBundledFactFiles(bundledDataDir());
  files.push({ path: 'test-pack.yaml', origin: 'workspace', text: pack });
  return analyze(text, { facts: loadFactBase(files), options: sanitizeOptions({ documentDate: date }) })
    .findings.filter((f) => f.severity === 'warning' || f.severity === 'error')
    .map((f) => `${f.text} ${f.check}`);
}
