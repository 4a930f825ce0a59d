/** Problem codes and constructors for fact-file loading, so messages and codes stay uniform. */
import type { Origin, Problem, Severity } from '../model';

export const PROBLEM = {
  yamlSyntax: 'facts.yaml-syntax',
  yamlTag: 'facts.yaml-tag',
  aliasLimit: 'facts.alias-limit',
  fileTooLarge: 'facts.file-too-large',
  fileUnreadable: 'facts.file-unreadable',
  fileShape: 'facts.file-shape',
  schema: 'facts.schema',
  duplicateId: 'facts.duplicate-id',
  unknownReference: 'facts.unknown-reference',
  missingSource: 'facts.missing-source',
  impossiblePeriod: 'facts.impossible-period',
  impossibleRange: 'facts.impossible-range',
  urlScheme: 'facts.url-scheme',
  unitMismatch: 'facts.unit-metric-mismatch',
  parentCycle: 'facts.parent-cycle',
  ambiguousAlias: 'facts.ambiguous-alias',
  internal: 'facts.internal',
} as const;

export type ProblemCode = (typeof PROBLEM)[keyof typeof PROBLEM];

export function problem(code: ProblemCode, message: string, origin?: Origin, severity: Severity = 'error'): Problem {
  return origin ? { severity, message, origin, code } : { severity, message, code };
}
