/**
 * What must hold for every analysis of every text: ranges inside the document, each finding slicing
 * back to its own text, fixes and claims within bounds. Returns the violations (empty when sound) so a
 * property can report all of them at once, with the text that produced them.
 */
import type { Analysis } from '../../server/src/core/analyze';
import type { Finding, Span } from '../../server/src/core/model';

const inside = (s: Span, length: number) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= length;

export function violations(text: string, analysis: Analysis): string[] {
  const out: string[] = [];
  const n = text.length;
  const checkFinding = (f: Finding, kind: string) => {
    const where = `${kind} ${f.check} [${f.start},${f.end})`;
    if (!inside(f, n)) out.push(`${where} lies outside the document (length ${n})`);
    else if (text.slice(f.start, f.end) !== f.text) out.push(`${where}: text ${JSON.stringify(f.text)} but the document has ${JSON.stringify(text.slice(f.start, f.end))}`);
    for (const fix of f.fixes) for (const e of fix.edits) if (!inside(e, n)) out.push(`${where}: fix "${fix.title}" edits [${e.start},${e.end}) outside the document`);
    for (const r of f.related ?? []) if (!inside(r, n)) out.push(`${where}: related span [${r.start},${r.end}) outside the document`);
    if (f.suppressed && !inside(f.suppressed.directive, n)) out.push(`${where}: directive span outside the document`);
    if (typeof f.message !== 'string' || f.message.length === 0) out.push(`${where}: empty message`);
  };
  analysis.findings.forEach((f) => checkFinding(f, 'finding'));
  analysis.suppressed.forEach((f) => checkFinding(f, 'suppressed'));
  for (const c of analysis.claims) {
    const q = c.quantity;
    if (!inside(q, n)) out.push(`claim ${c.id} [${q.start},${q.end}) outside the document`);
    else if (text.slice(q.start, q.end) !== q.text) out.push(`claim ${c.id}: text ${JSON.stringify(q.text)} ≠ document ${JSON.stringify(text.slice(q.start, q.end))}`);
    if (!inside(c.sentence, n)) out.push(`claim ${c.id}: sentence outside the document`);
  }
  for (const p of analysis.problems) if (p.span && !inside(p.span, n)) out.push(`problem ${p.code}: span outside the document`);
  if (analysis.analysedLength > n || analysis.analysedLength < 0) out.push(`analysedLength ${analysis.analysedLength} > length ${n}`);
  for (let i = 1; i < analysis.findings.length; i++) {
    const a = analysis.findings[i - 1];
    const b = analysis.findings[i];
    if (a.start > b.start) out.push(`findings out of order at ${i}`);
  }
  return out;
}

/** The parts of an analysis that must not depend on how it was computed (cache state, run order). */
export function comparable(analysis: Analysis): unknown {
  // Stats say how much was reused, which is exactly what may differ.
  const rest: Partial<Analysis> = { ...analysis };
  delete rest.stats;
  return JSON.parse(JSON.stringify(rest));
}

/** A finding moved by `delta` code units (for comparing a paragraph analysed alone and inside a document). */
export function shiftFinding(f: Finding, delta: number): Finding {
  const shift = <T extends Span>(s: T): T => ({ ...s, start: s.start + delta, end: s.end + delta });
  return {
    ...shift(f),
    fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map(shift) })),
    ...(f.related ? { related: f.related.map(shift) } : {}),
    ...(f.suppressed ? { suppressed: { ...f.suppressed, directive: shift(f.suppressed.directive) } } : {}),
    // Claim ids are "c<start>", so they move with the claim.
    ...(f.claimId !== undefined && /^c\d+$/.test(f.claimId) ? { claimId: `c${Number(f.claimId.slice(1)) + delta}` } : {}),
  };
}

/** Printable form of a text for failure messages: escapes controls and surrogates, keeps the rest. */
export function show(text: string): string {
  return JSON.stringify(text.length > 600 ? text.slice(0, 600) + '…' : text);
}
