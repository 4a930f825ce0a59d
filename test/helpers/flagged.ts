/** "text check" for every warning or error Tally raises on a short draft dated `date`, with the bundled facts. */
import { analyze } from '../../server/src/core/analyze';
import { sanitizeOptions } from '../../server/src/core/options';
import { bundledFacts } from './facts';

export function flagged(text: string, date: string): string[] {
  return analyze(text, { facts: bundledFacts(), options: sanitizeOptions({ documentDate: date }) })
    .findings.filter((f) => f.severity === 'warning' || f.severity === 'error')
    .map((f) => `${f.text} ${f.check}`);
}
