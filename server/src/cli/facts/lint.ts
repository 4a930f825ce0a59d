/**
 * `tally facts lint`: the loader's problems (schema, duplicate ids, unknown entities and metrics,
 * missing or malformed sources, impossible periods) for the files being linted, as
 * `file:line:col: severity: message [code]`, sorted by place, then a summary line.
 * The bundled facts are loaded too, so a pack may refer to bundled entities and clash with bundled ids,
 * but their own problems are reported only with --bundled.
 */
import * as path from 'node:path';
import type { Fact, Problem } from '../../core/model';

export interface LintReport {
  text: string;
  errors: number;
  warnings: number;
}

interface LintInput {
  facts: readonly Fact[];
  problems: readonly Problem[];
}

function within(file: string, roots: string[]): boolean {
  const abs = path.resolve(file);
  return roots.some((root) => {
    const rel = path.relative(root, abs);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  });
}

export function lintFacts(kb: LintInput, roots: string[], relative: (file: string) => string): LintReport {
  const problems = kb.problems
    .filter((p) => !p.origin || within(p.origin.file, roots))
    .sort((a, b) => (a.origin?.file ?? '').localeCompare(b.origin?.file ?? '') || (a.origin?.line ?? 0) - (b.origin?.line ?? 0) || (a.origin?.column ?? 0) - (b.origin?.column ?? 0));
  const lines = problems.map((p) => {
    const where = p.origin ? `${relative(p.origin.file)}:${p.origin.line}:${p.origin.column}: ` : '';
    return `${where}${p.severity}: ${p.message}${p.code ? ` [${p.code}]` : ''}`;
  });
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const linted = kb.facts.filter((f) => f.origin && within(f.origin.file, roots));
  const files = new Set(linted.map((f) => f.origin?.file)).size;
  const summary = `${linted.length} fact${linted.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  return { text: [...lines, summary].join('\n') + '\n', errors, warnings };
}
