/**
 * What binding needs to know of the fact base: the entities with their aliases and the metrics with
 * their trigger words. Only this subset is read, so tests can hand-build one. The facts themselves are
 * optional: with them, a publisher that records nothing of a figure's metric is not its subject
 * (publisherSubject.ts); a hand-built knowledge without them binds as written.
 */
import type { FactBase } from '../facts/index';

export type BindingKnowledge = Pick<FactBase, 'entities' | 'metrics' | 'entityAliases'> & Partial<Pick<FactBase, 'facts' | 'factsFor'>>;
