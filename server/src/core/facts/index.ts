/** The fact base: loading, validation, merging and lookup of entities, metrics and sourced facts. */
export type { EntityAlias, FactBase, FactFileText, MetricTrigger } from './types';
export { loadFactBase } from './load';
export { ancestorsOf, descendantsOf } from './lineage';
export { PROBLEM as FACT_PROBLEM, type ProblemCode as FactProblemCode } from './problems';
export { unitKind, CURRENCY_UNITS } from './units';
export { MAX_ALIAS_COUNT, MAX_FILE_CHARS } from './yamlFile';
export { factBaseFromSnapshot, factBaseOverSnapshot, isFactSnapshot, snapshotOf, SNAPSHOT_FORMAT, type FactSnapshot } from './snapshot';
