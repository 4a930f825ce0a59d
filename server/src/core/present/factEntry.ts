/**
 * Writes a claim as a new entry for a workspace fact pack (.tally/facts/added.yaml), for the "Add as
 * fact" quick fix. The entry is valid YAML in the fact schema except for its source, which the author
 * must add: the fact-file diagnostics then point at exactly that.
 */
import type { CheckedClaim } from '../analyze';
import { shownText } from '../recognize/shownText';
import { yamlLib } from '../facts/yamlLib';

export const ADDED_FACTS_FILE = '.tally/facts/added.yaml';

const UNIT_OF_KIND: Record<string, string> = { count: 'count', percent: 'percent', points: 'points', ratio: 'ratio', multiple: 'multiple', number: 'count' };

/** A stable, readable id: ENTITY-METRIC-YYYY-MM-<offset>, upper-case. */
function entryId(claim: CheckedClaim, documentName: string): string {
  const parts = [claim.entity?.value ?? 'entity', claim.metric?.value ?? 'metric', claim.period?.value.start.slice(0, 7) ?? 'undated'];
  const base = parts.join('-').replace(/[^A-Za-z0-9.-]+/g, '-').toUpperCase();
  const doc = documentName.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9]+/g, '-').toUpperCase();
  return `${base}.${doc}-${claim.quantity.start}`;
}

/** The YAML text of one list item (starting with "  - id: …"), ending with a newline. */
export function factEntryYaml(claim: CheckedClaim, documentName: string, today: string): string {
  const q = claim.quantity;
  const entry: Record<string, unknown> = {
    id: entryId(claim, documentName),
    entity: claim.entity?.value ?? 'REPLACE-with-an-entity-id',
    metric: claim.metric?.value ?? 'REPLACE-with-a-metric-id',
    value: q.value,
    unit: q.kind === 'money' ? (q.currency ?? 'USD') : (UNIT_OF_KIND[q.kind] ?? 'count'),
  };
  if (q.per) entry.per = q.per;
  if (claim.product) entry.product = claim.product.value;
  entry.period = claim.period
    ? { start: claim.period.value.start, end: claim.period.value.end, label: claim.period.value.label }
    : { asOf: today, label: `as of ${today}` };
  entry.qualifiers = q.bound === 'exact' ? [] : ['approx'];
  entry.sources = [{ publisher: 'REPLACE: who published the figure', url: 'https://REPLACE.example/page', date: today, quote: `REPLACE: the passage that states ${shownText(q)}` }];
  entry.confidence = 'medium';
  entry.fromMemory = false;
  entry.note = `Added from ${documentName} (“${shownText(q)}”); add the real source before relying on it.`;
  const yaml = yamlLib().stringify([entry], { lineWidth: 0 });
  return yaml
    .split('\n')
    .map((line) => (line ? '  ' + line : line))
    .join('\n');
}
