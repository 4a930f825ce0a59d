/**
 * The findings of a one-paragraph draft dated `date`, checked against the bundled facts, as
 * "text check severity" lines: what the fact-check spec tests compare.
 */
import { analyze } from '../../server/src/core/analyze';
import { sanitizeOptions } from '../../server/src/core/options';
import type { Severity } from '../../server/src/core/model';
import { bundledFacts } from './facts';

export function draftFindings(text: string, date: string, severities: readonly Severity[] = ['error', 'warning']): string[] {
  return analyze(text, { facts: bundledFacts(), options: sanitizeOptions({ documentDate: date }) })
    .findings.filter((f) => severities.includes(f.severity))
    .map((f) => `${f.text} ${f.check} ${f.severity}`);
}
