/**
 * Findings and problems → LSP diagnostics. Line/character positions are computed here, at the edge,
 * from the core's UTF-16 offsets. Everything a quick fix needs travels in `Diagnostic.data`, so code
 * actions work without server state (and fall back to the cached analysis when a client drops data).
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

export interface DiagnosticData {
  version: number;
  claimId?: string;
  text: string;
  fixes: { title: string; certain: boolean; edits: { start: number; end: number; newText: string }[] }[];
}

export function findingToDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  const data: DiagnosticData = { version: doc.version, claimId: f.claimId, text: f.text, fixes: f.fixes };
  return {
    range: rangeOf(doc, f.start, f.end),
    severity: toLspSeverity(f.severity),
    source: SOURCE,
    code: f.check,
    codeDescription: { href: `${CHECK_DOCS_URL}${f.check}.md` },
    message: f.message,
    data,
  };
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
