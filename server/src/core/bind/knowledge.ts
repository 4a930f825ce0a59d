/**
 * What binding needs to know of the fact base: the entities with their aliases and the metrics with
 * their trigger words. Only this subset is read, so tests can hand-build one.
 */
import type { FactBase } from '../facts/index';

export type BindingKnowledge = Pick<FactBase, 'entities' | 'metrics' | 'entityAliases'>;
