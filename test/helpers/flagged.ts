/** The texts of the findings a draft raises as warnings or errors, against the bundled fact base. */
import { analyze } from '../../server/src/core/analyze';
import { sanitizeOptions } from '../../server/src/core/options';
import { bundledFacts } from './facts';

/** Texts of warning or error findings, of one check when `check` is given. */
export function flaggedTexts(text: string, documentDate: string, check?: string): string[] {
  return analyze(text, { facts: bundledFacts(), options: sanitizeOptions({ documentDate }) })
    .findings.filter((f) => (f.severity === 'warning' || f.severity === 'error') && (check === undefined || f.check === check))
    .map((f) => f.text);
}
