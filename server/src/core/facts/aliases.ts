/** The alias lists drafts are matched with: every name in both languages, longest first. */
import type { Entity, Metric } from '../model';
import type { EntityAlias, MetricTrigger } from './types';

/** Longest first so "Microsoft 365 Copilot" wins over "Microsoft"; ties alphabetical for stable output. */
function byLengthThenText(a: { text: string }, b: { text: string }): number {
  return b.text.length - a.text.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
}

export function entityAliasesOf(entities: Iterable<Entity>): EntityAlias[] {
  const seen = new Set<string>();
  const out: EntityAlias[] = [];
  for (const entity of entities) {
    for (const lang of ['en', 'zh'] as const) {
      for (const text of entity.names[lang]) {
        const key = `${lang}\u0000${text}\u0000${entity.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ text, entity: entity.id, lang });
      }
    }
  }
  return out.sort((a, b) => byLengthThenText(a, b) || (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0));
}

export function metricTriggersOf(metrics: Iterable<Metric>): MetricTrigger[] {
  const seen = new Set<string>();
  const out: MetricTrigger[] = [];
  for (const metric of metrics) {
    for (const lang of ['en', 'zh'] as const) {
      for (const text of [...metric.names[lang], ...metric.triggers[lang]]) {
        const key = `${lang}\u0000${text}\u0000${metric.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ text, metric: metric.id, lang });
      }
    }
  }
  return out.sort((a, b) => byLengthThenText(a, b) || (a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0));
}

/** Names given to more than one entity in the same language: the binder cannot tell them apart. */
export function ambiguousAliases(aliases: readonly EntityAlias[]): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const a of aliases) {
    const key = `${a.lang}\u0000${a.text}`;
    owners.set(key, [...(owners.get(key) ?? []), a.entity]);
  }
  return new Map([...owners].filter(([, ids]) => ids.length > 1));
}
