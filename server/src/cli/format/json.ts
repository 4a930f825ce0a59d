/**
 * The stable JSON format (version 1). Fields are only ever added, never renamed or removed: scripts and
 * CI parse it. Positions: `range` is 0-based line and UTF-16 character (LSP's convention), `offset`
 * is UTF-16 code units into the text as checked (BOM removed), end exclusive. A claim's `text` is exactly
 * the text at `offset` (what a fix edits); `shownText` is the figure as written, with a unit written
 * after a space that the span leaves out ("12 GW" where `text` is "12"), as messages quote it.
 */
import type { Finding } from '../../core/model';
import type { CheckedClaim } from '../../core/analyze';
import type { FileResult } from '../checkRun';
import { TOOL_NAME, VERSION } from '../version';
import { lineIndex, type LineIndex } from './positions';
import { shownText } from '../../core/recognize/shownText';

function range(idx: LineIndex, start: number, end: number) {
  return { start: idx.position(start), end: idx.position(end) };
}

function finding(idx: LineIndex, f: Finding) {
  return {
    check: f.check,
    severity: f.severity,
    message: f.message,
    ...(f.heldBack ? { heldBack: f.heldBack } : {}),
    verdict: f.verdict,
    range: range(idx, f.start, f.end),
    offset: { start: f.start, end: f.end },
    text: f.text,
    claimId: f.claimId,
    evidence: f.evidence.map((e) => ({ factId: e.factId, value: e.value, period: e.period, qualifiers: e.qualifiers, confidence: e.confidence, source: e.source })),
    fixes: f.fixes.map((x) => ({ title: x.title, certain: x.certain, edits: x.edits.map((e) => ({ range: range(idx, e.start, e.end), offset: { start: e.start, end: e.end }, newText: e.newText })) })),
    ...(f.computation ? { computation: f.computation } : {}),
    ...(f.related ? { related: f.related.map((s) => ({ range: range(idx, s.start, s.end), offset: { start: s.start, end: s.end } })) } : {}),
    ...(f.suppressed ? { suppressed: { reason: f.suppressed.reason, directive: range(idx, f.suppressed.directive.start, f.suppressed.directive.end) } } : {}),
  };
}

function claim(idx: LineIndex, c: CheckedClaim) {
  const q = c.quantity;
  return {
    id: c.id,
    text: q.text,
    shownText: shownText(q),
    offset: { start: q.start, end: q.end },
    range: range(idx, q.start, q.end),
    kind: q.kind,
    value: q.value,
    /** The interval the wording implies; null = open on that side. */
    low: q.low,
    high: q.high,
    bound: q.bound,
    hedge: q.hedge,
    currency: q.currency,
    unit: q.unit,
    per: q.per,
    lang: c.lang,
    entity: c.entity?.value,
    product: c.product?.value,
    metric: c.metric?.value,
    period: c.period?.value,
    attribution: c.attribution?.value,
    bindings: {
      entity: c.entity?.how,
      metric: c.metric?.how,
      period: c.period?.how,
    },
    verdict: c.verdict,
    factIds: c.evidence.map((e) => e.factId),
  };
}

export interface JsonExtras {
  /** Present after --fix / --fix-dry-run: what was (or would be) fixed. */
  fixed?: { path: string; check: string; text: string; offset: { start: number; end: number } }[];
  /** Files --fix left alone, and why. */
  skipped?: { path: string; reason: string }[];
}

export function toJson(results: FileResult[], totalMs: number, extras: JsonExtras = {}) {
  const summary = { files: results.length, claims: 0, errors: 0, warnings: 0, information: 0, hints: 0, suppressed: 0, fixable: 0 };
  const files = results.map((r) => {
    const idx = lineIndex(r.text);
    for (const f of r.analysis.findings) {
      if (f.severity === 'error') summary.errors++;
      else if (f.severity === 'warning') summary.warnings++;
      else if (f.severity === 'information') summary.information++;
      else summary.hints++;
      if (f.fixes.some((x) => x.certain)) summary.fixable++;
    }
    summary.claims += r.analysis.claimCount;
    summary.suppressed += r.analysis.suppressed.length;
    return {
      path: r.path,
      documentDate: r.analysis.documentDate,
      analysedLength: r.analysis.analysedLength,
      length: r.text.length,
      findings: r.analysis.findings.map((f) => finding(idx, f)),
      suppressed: r.analysis.suppressed.map((f) => finding(idx, f)),
      problems: r.analysis.problems.map((p) => ({ severity: p.severity, code: p.code, message: p.message, origin: p.origin, ...(p.span ? { range: range(idx, p.span.start, p.span.end) } : {}) })),
      claims: r.analysis.claims.map((c) => claim(idx, c)),
      timings: { ms: Math.round(r.ms * 100) / 100 },
    };
  });
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: VERSION },
    files,
    summary,
    ...(extras.fixed ? { fixed: extras.fixed } : {}),
    ...(extras.skipped ? { skipped: extras.skipped } : {}),
    timings: { totalMs: Math.round(totalMs) },
  };
}
