/** The texts of the warnings and errors one arithmetic check raises on a short draft (dated 2025-11-20 unless told). */
import { check } from '../../arithmetic/harness';

export function arithFlags(text: string, checkId: string, date = '2025-11-20'): string[] {
  return check(text, { date })
    .findings.filter((f) => f.check === checkId && (f.severity === 'warning' || f.severity === 'error'))
    .map((f) => f.text);
}
