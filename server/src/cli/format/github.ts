/**
 * GitHub Actions workflow commands: one annotation per finding, shown on the pull request's diff.
 *   ::error file=a.md,line=3,endLine=3,col=5,endColumn=10,title=Tally fact.value-mismatch::message
 * Escaping follows @actions/core: in the message %, CR and LF are percent-encoded; in properties
 * also ':' and ','. Columns are 1-based UTF-16 columns, as in the other formats.
 */
import type { Finding, Problem, Severity } from '../../core/model';
import type { FileResult } from '../checkRun';
import { lineIndex, type LineIndex } from './positions';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(severity: Severity, props: Record<string, string | number>, message: string): string {
  const list = Object.entries(props)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${COMMAND[severity]} ${list}::${escapeData(message)}`;
}

function position(idx: LineIndex, start: number, end: number): Record<string, number> {
  const s = idx.position(start);
  const e = idx.position(end);
  // GitHub ignores col/endColumn on multi-line annotations; give lines only then.
  return s.line === e.line
    ? { line: s.line + 1, endLine: e.line + 1, col: s.character + 1, endColumn: e.character + 1 }
    : { line: s.line + 1, endLine: e.line + 1 };
}

function findingMessage(f: Finding): string {
  const lines = [f.message];
  for (const e of f.evidence.slice(0, 3)) {
    lines.push(`Evidence ${e.factId}: ${e.value} (${e.period}) — ${[e.source.publisher, e.source.date, e.source.url].filter(Boolean).join(', ')}`);
  }
  for (const step of f.computation ?? []) lines.push(`Computed: ${step}`);
  const fix = f.fixes[0];
  if (fix) lines.push(`Fix: ${fix.title}${fix.certain ? ' (tally check --fix)' : ''}`);
  return lines.join('\n');
}

function problemCommand(r: FileResult, idx: LineIndex, p: Problem): string {
  const where: Record<string, number> = p.span ? position(idx, p.span.start, p.span.end) : {};
  return command(p.severity, { file: r.path, ...where, title: `Tally ${p.code ?? 'problem'}` }, p.message);
}

export function formatGithub(results: FileResult[], opts: { quiet: boolean }): string {
  const out: string[] = [];
  let total = 0;
  for (const r of results) {
    const idx = lineIndex(r.text);
    for (const f of r.analysis.findings) {
      total++;
      if (opts.quiet && f.severity !== 'error') continue;
      out.push(command(f.severity, { file: r.path, ...position(idx, f.start, f.end), title: `Tally ${f.check}` }, findingMessage(f)));
    }
    for (const p of r.analysis.problems) if (!opts.quiet || p.severity === 'error') out.push(problemCommand(r, idx, p));
  }
  out.push(`Tally: ${results.length} file${results.length === 1 ? '' : 's'} checked, ${total} finding${total === 1 ? '' : 's'}.`);
  return out.join('\n') + '\n';
}
