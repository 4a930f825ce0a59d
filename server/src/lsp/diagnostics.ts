/**
 * Findings and problems → LSP diagnostics. Line/character positions are computed here, at the edge,
 * from the core's UTF-16 offsets. Diagnostics carry no `data`: a long report has a thousand of them and
 * every keystroke re-sends the list, so code actions look the finding up in the cached analysis instead
 * (by range and check id), which also never offers a fix computed for an older version.
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Problem, Severity } from '../core/model';

export const SOURCE = 'Tally';
export const CHECK_DOCS_URL = 'https://github.com/tally-dev/tally/blob/main/data/checks/';

export function toLspSeverity(s: Severity): DiagnosticSeverity {
  switch (s) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    default:
      return DiagnosticSeverity.Hint;
  }
}

export function rangeOf(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function findingToDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  return diagnosticAt(doc, f, 0);
}

/** The diagnostic of a finding whose offsets are relative to `base` (a block's start). */
export function diagnosticAt(doc: TextDocument, f: Finding, base: number): Diagnostic {
  return {
    range: rangeOf(doc, f.start + base, f.end + base),
    severity: toLspSeverity(f.severity),
    source: SOURCE,
    code: f.check,
    codeDescription: { href: `${CHECK_DOCS_URL}${f.check}.md` },
    message: f.message,
  };
}

/** Whether two diagnostic lists show the same thing (the fields this module sets), in the same order. */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    // Diagnostics of unchanged blocks are the very objects sent before (blockDiagnostics.ts).
    if (x === y) continue;
    if (
      x.range.start.line !== y.range.start.line ||
      x.range.start.character !== y.range.start.character ||
      x.range.end.line !== y.range.end.line ||
      x.range.end.character !== y.range.end.character ||
      x.severity !== y.severity ||
      x.code !== y.code ||
      x.message !== y.message
    ) {
      return false;
    }
  }
  return true;
}

export function problemToDiagnostic(doc: TextDocument, p: Problem): Diagnostic {
  const span = p.span ?? { start: 0, end: 0 };
  return {
    range: rangeOf(doc, span.start, span.end),
    severity: toLspSeverity(p.severity),
    source: SOURCE,
    code: p.code,
    message: p.message,
  };
}
