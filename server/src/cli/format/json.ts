/**
 * The stable JSON format (version 1). Fields are only ever added, never renamed: scripts and CI parse it.
 */
import type { Finding } from '../../core/model';
import type { CheckedClaim } from '../../core/analyze';
import type { FileResult } from '../checkRun';
import { lineIndex, type LineIndex } from './positions';

function range(idx: LineIndex, start: number, end: number) {
  return { start: idx.position(start), end: idx.position(end) };
}

function finding(idx: LineIndex, f: Finding) {
  return {
    check: f.check,
    severity: f.severity,
    message: f.message,
    verdict: f.verdict,
    range: range(idx, f.start, f.end),
    offset: { start: f.start, end: f.end },
    text: f.text,
    evidence: f.evidence.map((e) => ({ factId: e.factId, value: e.value, period: e.period, qualifiers: e.qualifiers, confidence: e.confidence, source: e.source })),
    fixes: f.fixes.map((x) => ({ title: x.title, certain: x.certain, edits: x.edits.map((e) => ({ range: range(idx, e.start, e.end), newText: e.newText })) })),
    ...(f.computation ? { computation: f.computation } : {}),
    ...(f.suppressed ? { suppressed: { reason: f.suppressed.reason } } : {}),
  };
}

function claim(idx: LineIndex, c: CheckedClaim) {
  const q = c.quantity;
  return {
    text: q.text,
    offset: { start: q.start, end: q.end },
    range: range(idx, q.start, q.end),
    kind: q.kind,
    value: q.value,
    low: q.low,
    high: q.high,
    currency: q.currency,
    unit: q.unit,
    entity: c.entity?.value,
    metric: c.metric?.value,
    period: c.period?.value,
    attribution: c.attribution?.value,
    verdict: c.verdict,
    factIds: c.evidence.map((e) => e.factId),
  };
}

export function toJson(results: FileResult[], totalMs: number) {
  let errors = 0;
  let warnings = 0;
  let claims = 0;
  const files = results.map((r) => {
    const idx = lineIndex(r.text);
    errors += r.analysis.findings.filter((f) => f.severity === 'error').length;
    warnings += r.analysis.findings.filter((f) => f.severity === 'warning').length;
    claims += r.analysis.claims.length;
    return {
      path: r.path,
      findings: r.analysis.findings.map((f) => finding(idx, f)),
      suppressed: r.analysis.suppressed.map((f) => finding(idx, f)),
      problems: r.analysis.problems.map((p) => ({ severity: p.severity, code: p.code, message: p.message, origin: p.origin })),
      claims: r.analysis.claims.map((c) => claim(idx, c)),
      timings: { ms: Math.round(r.ms * 100) / 100 },
    };
  });
  return { version: 1, files, summary: { files: results.length, claims, errors, warnings }, timings: { totalMs: Math.round(totalMs) } };
}
