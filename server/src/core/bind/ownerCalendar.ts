/**
 * Whose calendar a fiscal label is counted in: a segment or product has no fiscal year of its own, so
 * "Azure's Q1 FY2025" is counted in Microsoft's (the parent chain in data/entities.yaml).
 */
import type { BindingKnowledge } from './knowledge';

/** The fiscal year end of an entity, or of the company it belongs to (Azure -> Microsoft). */
export function fiscalYearEndOf(id: string | undefined, kb: BindingKnowledge): string | undefined {
  let current = id ? kb.entities.get(id) : undefined;
  for (let depth = 0; current && depth < 4; depth++) {
    if (current.fiscalYearEnd) return current.fiscalYearEnd;
    current = current.parent ? kb.entities.get(current.parent) : undefined;
  }
  return undefined;
}
