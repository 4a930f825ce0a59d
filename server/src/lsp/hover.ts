/**
 * Hover on any recognised claim, checked or not. The card itself is built by the core
 * (present/hoverMarkdown.ts); this adapter finds the claim under the cursor and wraps the result.
 * Hovers are never trusted Markdown, so no link in them can run a command.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyze';
import type { FactBase } from '../core/facts/index';
import { hoverMarkdown } from '../core/present/hoverMarkdown';
import type { Locale } from '../core/i18n/messages';
import { rangeOf } from './diagnostics';

export function hover(doc: TextDocument, position: Position, analysis: Analysis, kb: FactBase, locale: Locale): Hover | null {
  const offset = doc.offsetAt(position);
  const claim = analysis.claimsTouching(offset, offset)[0];
  if (!claim) return null;
  const overlaps = (f: { start: number; end: number }) => f.start < claim.quantity.end && f.end > claim.quantity.start;
  const lang = locale === 'zh-cn' ? 'zh' : 'en';
  const entity = claim.entity ? kb.entities.get(claim.entity.value) : undefined;
  const metric = claim.metric ? kb.metrics.get(claim.metric.value) : undefined;
  const value = hoverMarkdown(
    claim,
    analysis.findings.filter(overlaps),
    analysis.suppressed.filter(overlaps),
    locale,
    entity ? (entity.names[lang][0] ?? entity.names.en[0]) : undefined,
    metric ? (metric.names[lang][0] ?? metric.names.en[0]) : undefined,
  );
  return { contents: { kind: MarkupKind.Markdown, value }, range: rangeOf(doc, claim.quantity.start, claim.quantity.end) };
}
