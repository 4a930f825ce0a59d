/** The warnings and errors Tally raises on a short draft dated `date`, against the bundled fact base. */
import type { Finding } from '../../server/src/core/model';
import { draftAnalysis } from './draftFindings';

function raised(text: string, documentDate: string): Finding[] {
  return draftAnalysis(text, documentDate).findings.filter((f) => f.severity === 'warning' || f.severity === 'error');
}

/** "text check" for every warning or error. */
export function flagged(text: string, date: string): string[] {
  return raised(text, date).map((f) => `${f.text} ${f.check}`);
}

/** Texts of warning or error findings, of one check when `check` is given. */
export function flaggedTexts(text: string, documentDate: string, check?: string): string[] {
  return raised(text, documentDate)
    .filter((f) => check === undefined || f.check === check)
    .map((f) => f.text);
}
