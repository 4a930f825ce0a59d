/**
 * Human output: grouped by file, each finding with its line, a caret underline, the evidence and the
 * suggested fix, then a summary. Colour only on a TTY, and never when NO_COLOR is set.
 * `path:line:col` comes first on each finding's line so terminals and editors can open it.
 */
import type { Finding, Severity } from '../../core/model';
import type { FileResult } from '../checkRun';
import { excerpt } from './excerpt';
import { lineIndex, type LineIndex } from './positions';

export interface TextOptions {
  color: boolean;
  quiet: boolean; // errors only
  /** Wall time of the whole run, shown in the summary when given. */
  totalMs?: number;
}

const CODES = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, cyan: 36, green: 32 } as const;
type Paint = (code: keyof typeof CODES, s: string) => string;

function paint(on: boolean): Paint {
  return (code, s) => (on ? `\u001b[${CODES[code]}m${s}\u001b[0m` : s);
}

const COLOR_OF: Record<Severity, keyof typeof CODES> = { error: 'red', warning: 'yellow', information: 'blue', hint: 'gray' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatText(results: FileResult[], opts: TextOptions): string {
  const c = paint(opts.color);
  const out: string[] = [];
  const count = { error: 0, warning: 0, other: 0, claims: 0, suppressed: 0, fixable: 0 };
  for (const r of results) {
    count.claims += r.analysis.claimCount;
    count.suppressed += r.analysis.suppressed.length;
    for (const f of r.analysis.findings) {
      if (f.severity === 'error') count.error++;
      else if (f.severity === 'warning') count.warning++;
      else count.other++;
      if (f.fixes.some((x) => x.certain)) count.fixable++;
    }
    const shown = r.analysis.findings.filter((f) => !opts.quiet || f.severity === 'error');
    const problems = r.analysis.problems.filter((p) => !opts.quiet || p.severity === 'error');
    if (shown.length === 0 && problems.length === 0) continue;
    out.push(c('bold', r.path));
    const idx = lineIndex(r.text);
    for (const f of shown) out.push(...findingLines(r.path, f, idx, c));
    for (const p of problems) {
      const at = p.span ? idx.position(p.span.start) : undefined;
      const where = at ? `${r.path}:${at.line + 1}:${at.character + 1} ` : `${r.path} `;
      out.push(`${where}${c(COLOR_OF[p.severity], p.severity)} ${p.message}${p.code ? c('gray', ` [${p.code}]`) : ''}`);
    }
    out.push('');
  }
  let summary = `${plural(results.length, 'file')} checked, ${plural(count.claims, 'claim')}: ${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}, ${count.other} other`;
  if (count.suppressed > 0) summary += ` (${count.suppressed} suppressed)`;
  if (opts.totalMs !== undefined) summary += ` in ${formatMs(opts.totalMs)}`;
  out.push(count.error ? c('red', summary) : count.warning ? c('yellow', summary) : c('green', summary));
  if (count.fixable > 0) out.push(c('gray', `${plural(count.fixable, 'finding')} can be fixed with --fix (preview: --fix-dry-run).`));
  return out.join('\n') + '\n';
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

function findingLines(path: string, f: Finding, idx: LineIndex, c: Paint): string[] {
  const start = idx.position(f.start);
  const end = idx.position(f.end);
  const lineText = idx.lineText(start.line);
  const lines = [`${path}:${start.line + 1}:${start.character + 1} ${c(COLOR_OF[f.severity], f.severity)} ${f.message} ${c('gray', `[${f.check}]`)}`];
  const untilEnd = end.line === start.line ? end.character : lineText.length;
  const shown = excerpt(lineText, start.character, untilEnd);
  const gutter = `${start.line + 1} | `;
  lines.push(`  ${c('gray', gutter)}${shown.line}`);
  lines.push(`  ${' '.repeat(gutter.length)}${shown.pad}${c(COLOR_OF[f.severity], '^'.repeat(shown.carets))}`);
  if (f.heldBack) lines.push(`  ${c('gray', 'not higher because')} ${f.heldBack}`);
  for (const e of f.evidence.slice(0, 3)) {
    const src = [e.source.publisher, e.source.date, e.source.url].filter(Boolean).join(', ');
    const qualifiers = e.qualifiers.length > 0 ? `, ${e.qualifiers.join(', ')}` : '';
    lines.push(`  ${c('cyan', 'evidence')} ${e.factId}: ${e.value} (${e.period}${qualifiers})${src ? ` — ${src}` : ''}`);
  }
  if (f.evidence.length > 3) lines.push(`  ${c('cyan', 'evidence')} … and ${f.evidence.length - 3} more (tally facts show <id>)`);
  for (const step of f.computation ?? []) lines.push(`  ${c('cyan', 'computed')} ${step}`);
  const fix = f.fixes[0];
  if (fix) lines.push(`  ${c('green', 'fix')} ${fix.title}${fix.certain ? '' : ' (review before applying)'}`);
  return lines;
}
