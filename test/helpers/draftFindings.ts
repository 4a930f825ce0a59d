/**
 * A one-paragraph draft dated `date`, analysed against the bundled facts, and its findings as
 * "text check severity" lines: what the fact-check spec tests compare.
 */
import { analyze, type Analysis } from '../../server/src/core/analyze';
import { sanitizeOptions } from '../../server/src/core/options';
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
