/**
 * Quick fixes and source actions. Every edit touches only the claim it names (or inserts a comment line
 * or a footnote); nothing else in the draft changes.
 *
 * - replace a wrong figure with the fact's or computed value, in the author's style (the finding is found
 *   in the cached analysis of the current version by the diagnostic's range and check id);
 * - suppress a finding with a `tally-disable-next-line` comment that asks for a reason;
 * - insert a footnote citation for a supported claim, numbered after the draft's existing footnotes;
 * - "fix all certain corrections" as a source action.
 */
import * as path from 'node:path';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, CheckedClaim } from '../core/analyze';
import { t, type Locale } from '../core/i18n/messages';
import { citationEdit } from '../core/present/citation';
import type { Fix } from '../core/model';
import { SOURCE, rangeOf } from './diagnostics';
import { addFactAction } from './addFact';
import { shownText } from '../core/recognize/shownText';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.tally`;

function edit(doc: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  return { changes: { [doc.uri]: edits } };
}

function toTextEdits(doc: TextDocument, edits: { start: number; end: number; newText: string }[]): TextEdit[] {
  return edits.map((e) => ({ range: rangeOf(doc, e.start, e.end), newText: e.newText }));
}

/** Fixes for one diagnostic: those of the finding at its range with its check id in the current analysis. */
function fixesFor(doc: TextDocument, d: Diagnostic, analysis: Analysis | undefined): Fix[] {
  if (!analysis) return [];
  const start = doc.offsetAt(d.range.start);
  const end = doc.offsetAt(d.range.end);
  const f = analysis.findings.find((x) => x.start === start && x.end === end && x.check === d.code);
  return f ? f.fixes : [];
}

export interface CodeActionContext {
  locale: Locale;
  /** The workspace folder on disk, when trusted: enables "Add as fact". */
  packRoot?: string;
}

export function codeActions(doc: TextDocument, params: CodeActionParams, analysis: Analysis | undefined, ctx: CodeActionContext): CodeAction[] {
  const { locale } = ctx;
  const actions: CodeAction[] = [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));

  if (wants(CodeActionKind.QuickFix)) {
    for (const d of params.context.diagnostics) {
      if (d.source !== SOURCE || typeof d.code !== 'string') continue;
      const fixes = fixesFor(doc, d, analysis);
      fixes.forEach((fix, i) => {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: i === 0 && fix.certain,
          edit: edit(doc, toTextEdits(doc, fix.edits)),
        });
      });
      actions.push(suppressAction(doc, d, locale));
    }
    if (analysis) actions.push(...citationActions(doc, params, analysis, locale));
    if (analysis && ctx.packRoot) {
      const claim = claimAt(doc, params, analysis);
      if (claim && claim.verdict !== 'supported' && claim.quantity.kind !== 'vague') {
        actions.push(addFactAction(claim, ctx.packRoot, path.basename(doc.uri), locale));
      }
    }
  }

  if (analysis && wants(FIX_ALL_KIND)) {
    const certain = analysis.findings.flatMap((f) => f.fixes.filter((x) => x.certain).flatMap((x) => x.edits));
    if (certain.length > 0) {
      actions.push({ title: t(locale, 'fix.fixAll'), kind: FIX_ALL_KIND, edit: edit(doc, toTextEdits(doc, nonOverlapping(certain))) });
    }
  }
  return actions;
}

/** Inserts `<!-- tally-disable-next-line <check> -- reason: … -->` above the finding's line, same indentation. */
function suppressAction(doc: TextDocument, d: Diagnostic, locale: Locale): CodeAction {
  const line = d.range.start.line;
  const lineText = doc.getText({ start: { line, character: 0 }, end: { line, character: 1000 } });
  const indent = /^[ \t>]*/.exec(lineText)?.[0] ?? '';
  const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
  const newText = `${indent}<!-- tally-disable-next-line ${String(d.code)} -- ${t(locale, 'suppress.reason')} -->${eol}`;
  return {
    title: t(locale, 'fix.suppress', { check: String(d.code) }),
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit: edit(doc, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText }]),
  };
}

function claimAt(doc: TextDocument, params: CodeActionParams, analysis: Analysis): CheckedClaim | undefined {
  const start = doc.offsetAt(params.range.start);
  const end = doc.offsetAt(params.range.end);
  return analysis.claimsTouching(start, end)[0];
}

/** For a supported claim under the cursor: insert a footnote reference and its definition with the source. */
function citationActions(doc: TextDocument, params: CodeActionParams, analysis: Analysis, locale: Locale): CodeAction[] {
  const start = doc.offsetAt(params.range.start);
  const end = doc.offsetAt(params.range.end);
  const claim: CheckedClaim | undefined = analysis.claimsTouching(start, end).find((c) => c.verdict === 'supported' && c.evidence.length > 0);
  if (!claim) return [];
  const cite = citationEdit(doc.getText(), claim);
  if (!cite) return [];
  const source = claim.evidence[0].source;
  return [
    {
      title: t(locale, 'fix.cite', { claim: shownText(claim.quantity), source: [source.publisher, source.date].filter(Boolean).join(', ') }),
      kind: CodeActionKind.QuickFix,
      edit: edit(doc, toTextEdits(doc, cite)),
    },
  ];
}

/** LSP forbids overlapping edits in one change; keep the first of any overlapping pair. */
function nonOverlapping<T extends { start: number; end: number }>(edits: T[]): T[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const out: T[] = [];
  for (const e of sorted) if (!out.length || out[out.length - 1].end <= e.start) out.push(e);
  return out;
}
