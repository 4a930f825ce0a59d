/**
 * How facts are written on the terminal by `tally facts search` (one line) and `tally facts show`
 * (every field, every source with its URL).
 */
import type { Entity, Fact, Metric } from '../../core/model';
import { humanizeFact } from '../../core/format/humanize';

export interface Lookup {
  entity(id: string): Entity | undefined;
  metric(id: string): Metric | undefined;
}

function names(n: { en: string[]; zh: string[] } | undefined): string {
  if (!n) return '';
  const all = [n.en[0], n.zh[0]].filter(Boolean);
  return all.length > 0 ? ` (${all.join(' / ')})` : '';
}

/** "NVDA-FY24-REV  nvidia · revenue  $60.9B  FY2024 (ended 2024-01-28)  — TelecomTV, 2024-02-21" */
export function factLine(f: Fact): string {
  const src = f.sources[0];
  const source = src ? `  — ${[src.publisher, src.date].filter(Boolean).join(', ')}` : '';
  const memory = f.fromMemory ? '  [from memory]' : '';
  return `${f.id}  ${f.entity} · ${f.metric}  ${humanizeFact(f)}  ${f.period.label}${source}${memory}`;
}

function row(label: string, value: string | undefined): string[] {
  return value === undefined || value === '' ? [] : [`  ${label.padEnd(12)}${value}`];
}

export function factDetails(f: Fact, lookup: Lookup, relative: (file: string) => string): string {
  const exact = f.value !== undefined ? `${f.value} ${f.unit}` : f.low !== undefined || f.high !== undefined ? `${f.low ?? '…'} – ${f.high ?? '…'} ${f.unit}` : undefined;
  const lines = [
    f.id,
    ...row('entity', `${f.entity}${names(lookup.entity(f.entity)?.names)}`),
    ...row('metric', `${f.metric}${names(lookup.metric(f.metric)?.names)}`),
    ...row('value', `${humanizeFact(f)}${exact ? `  (${exact})` : ''}`),
    ...row('text', f.text),
    ...row('product', f.product ? `${f.product}${names(lookup.entity(f.product)?.names)}` : undefined),
    ...row('per', f.per ? `${f.per.amount} ${f.per.unit}` : undefined),
    ...row('period', `${f.period.label}: ${f.period.start}${f.period.end !== f.period.start ? ` … ${f.period.end}` : ''}`),
    ...row('qualifiers', f.qualifiers.join(', ')),
    ...row('confidence', f.confidence),
    ...row('from memory', f.fromMemory ? 'yes (informs only; never decides an error)' : 'no'),
    ...row('note', f.note),
    ...row('defined in', f.origin ? `${relative(f.origin.file)}:${f.origin.line}:${f.origin.column}` : undefined),
  ];
  lines.push(`  sources (${f.sources.length})`);
  f.sources.forEach((s, i) => {
    lines.push(`    ${i + 1}. ${[s.publisher, s.date].filter(Boolean).join(', ')}`);
    if (s.title) lines.push(`       title  ${s.title}`);
    if (s.url) lines.push(`       url    ${s.url}`);
    if (s.quote) lines.push(`       quote  “${s.quote}”`);
  });
  return lines.join('\n') + '\n';
}
