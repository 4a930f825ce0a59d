/** The indexed fact base: lookups by entity, by entity and metric, and by id are map reads. */
import type { Entity, Fact, Metric, Problem } from '../model';
import { entityAliasesOf, metricTriggersOf } from './aliases';
import type { FactBase } from './types';

const NONE: readonly Fact[] = Object.freeze([]);

function pushTo<K>(map: Map<K, Fact[]>, key: K, fact: Fact): void {
  const list = map.get(key);
  if (list) list.push(fact);
  else map.set(key, [fact]);
}

export function buildFactBase(
  entities: ReadonlyMap<string, Entity>,
  metrics: ReadonlyMap<string, Metric>,
  facts: readonly Fact[],
  problems: readonly Problem[],
): FactBase {
  const byEntity = new Map<string, Fact[]>();
  const byEntityMetric = new Map<string, Map<string, Fact[]>>();
  const byId = new Map<string, Fact>();
  for (const fact of facts) {
    pushTo(byEntity, fact.entity, fact);
    let perMetric = byEntityMetric.get(fact.entity);
    if (!perMetric) byEntityMetric.set(fact.entity, (perMetric = new Map()));
    pushTo(perMetric, fact.metric, fact);
    byId.set(fact.id, fact);
  }
  return {
    entities,
    metrics,
    facts,
    factsFor(entity: string, metric?: string): readonly Fact[] {
      if (metric === undefined) return byEntity.get(entity) ?? NONE;
      return byEntityMetric.get(entity)?.get(metric) ?? NONE;
    },
    factById: (id: string) => byId.get(id),
    entityAliases: entityAliasesOf(entities.values()),
    metricTriggers: metricTriggersOf(metrics.values()),
    problems,
  };
}
