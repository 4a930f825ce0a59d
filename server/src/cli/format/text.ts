/**
 * Human output: grouped by file, each finding with its line, a caret underline, the evidence and the
 * suggested fix, then a summary. Colour only on a TTY, and never when NO_COLOR is set.
 */
import type { Finding, Severity } from '../../core/model';
import type { FileResult } from '../checkRun';
import { lineIndex } from './positions';

export interface TextOptions {
  color: boolean;
  quiet: boolean; // errors only
}

const CODES = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, cyan: 36, green: 32 } as const;

function paint(on: boolean) {
  return (code: keyof typeof CODES, s: string) => (on ? `\u001b[${CODES[code]}m${s}\u001b[0m` : s);
}

const COLOR_OF: Record<Severity, keyof typeof CODES> = { error: 'red', warning: 'yellow', information: 'blue', hint: 'gray' };

/** Display width: CJK and full-width characters take two columns, so carets line up under them. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

export function formatText(results: FileResult[], opts: TextOptions): string {
  const c = paint(opts.color);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let others = 0;
  let claims = 0;
  for (const r of results) {
    claims += r.analysis.claims.length;
    const shown = r.analysis.findings.filter((f) => !opts.quiet || f.severity === 'error');
    for (const f of r.analysis.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else others++;
    }
    const fileProblems = r.analysis.problems;
    if (shown.length === 0 && fileProblems.length === 0) continue;
    out.push(c('bold', r.path));
    const idx = lineIndex(r.text);
    for (const f of shown) out.push(...findingLines(r.path, f, idx, c));
    for (const p of fileProblems) out.push(`  ${c(COLOR_OF[p.severity], p.severity)} ${p.message}${p.code ? c('gray', ` [${p.code}]`) : ''}`);
    out.push('');
  }
  const summary = `${results.length} file${results.length === 1 ? '' : 's'} checked, ${claims} claims: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${others} other`;
  out.push(errors ? c('red', summary) : warnings ? c('yellow', summary) : c('green', summary));
  return out.join('\n') + '\n';
}

function findingLines(path: string, f: Finding, idx: ReturnType<typeof lineIndex>, c: ReturnType<typeof paint>): string[] {
  const start = idx.position(f.start);
  const end = idx.position(f.end);
  const lineText = idx.lineText(start.line);
  const lines = [
    `${path}:${start.line + 1}:${start.character + 1} ${c(COLOR_OF[f.severity], f.severity)} ${f.message} ${c('gray', `[${f.check}]`)}`,
  ];
  const gutter = `${start.line + 1} | `;
  const untilEnd = end.line === start.line ? end.character : lineText.length;
  lines.push(`  ${c('gray', gutter)}${lineText}`);
  lines.push(`  ${' '.repeat(gutter.length)}${' '.repeat(width(lineText.slice(0, start.character)))}${c(COLOR_OF[f.severity], '^'.repeat(Math.max(1, width(lineText.slice(start.character, untilEnd)))))}`);
  for (const e of f.evidence.slice(0, 3)) {
    const src = [e.source.publisher, e.source.date, e.source.url].filter(Boolean).join(', ');
    lines.push(`  ${c('cyan', 'evidence')} ${e.factId}: ${e.value} (${e.period})${src ? ` — ${src}` : ''}`);
  }
  for (const step of f.computation ?? []) lines.push(`  ${c('cyan', 'computed')} ${step}`);
  const fix = f.fixes[0];
  if (fix) lines.push(`  ${c('green', 'fix')} ${fix.title}${fix.certain ? '' : ' (review)'}`);
  return lines;
}
