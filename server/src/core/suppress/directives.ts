/**
 * Suppression comments, written as Markdown/HTML comments so they never show in rendered drafts:
 *
 *   <!-- tally-disable-next-line [check-id…] -- reason -->
 *   <!-- tally-disable [check-id…] -- reason -->   …   <!-- tally-enable [check-id…] -->
 *   <!-- tally-disable-file [check-id…] -- reason -->
 *
 * No check ids means every check. The reason is kept and reported with each suppressed finding.
 */
import type { Finding, Problem, Span } from '../model';

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable' | 'disable-file';

export interface Directive extends Span {
  kind: DirectiveKind;
  checks: string[]; // empty = all
  reason: string;
  /** For disable-next-line: the span of the line it applies to. */
  target?: Span;
}

const DIRECTIVE = /^<!--\s*tally-(disable-next-line|disable-file|disable|enable)\b([\s\S]*?)-->$/;

/** Finds directives in `text`, ignoring any inside the given code spans. Linear in the text length. */
export function findDirectives(text: string, code: Span[]): Directive[] {
  const out: Directive[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open === -1) break;
    const close = text.indexOf('-->', open + 4);
    if (close === -1) break;
    from = close + 3;
    const raw = text.slice(open, close + 3);
    if (!raw.includes('tally-')) continue;
    if (code.some((c) => open >= c.start && open < c.end)) continue;
    const m = DIRECTIVE.exec(raw);
    if (!m) continue;
    const [idsPart, ...reasonParts] = m[2].split(/\s--\s?/);
    const checks = idsPart.split(/[\s,]+/).filter(Boolean);
    const directive: Directive = {
      start: open,
      end: close + 3,
      kind: m[1] as DirectiveKind,
      checks,
      reason: reasonParts.join(' -- ').trim(),
    };
    if (directive.kind === 'disable-next-line') directive.target = nextLine(text, close + 3);
    out.push(directive);
  }
  return out;
}

/** The line after the one holding `offset` (skipping nothing: the very next line). */
function nextLine(text: string, offset: number): Span {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
  else if (i < text.length) i++;
  let end = i;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start: i, end };
}

/**
 * Splits findings into kept and suppressed, and reports directives that name unknown checks.
 * A finding is suppressed by the first directive that covers it; the suppressed copy carries the reason.
 */
export function applyDirectives(
  findings: Finding[],
  directives: Directive[],
  knownChecks: ReadonlySet<string>,
): { kept: Finding[]; suppressed: Finding[]; problems: Problem[] } {
  const problems: Problem[] = [];
  for (const d of directives) {
    for (const id of d.checks) {
      if (!knownChecks.has(id) && !isPrefixOfKnown(id, knownChecks)) {
        problems.push({
          severity: 'warning',
          code: 'suppression.unknown-check',
          message: `Unknown check id “${id}” in a tally-${d.kind} comment; it silences nothing.`,
          span: { start: d.start, end: d.end },
        });
      }
    }
  }
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of findings) {
    const by = coveringDirective(f, directives);
    if (by) suppressed.push({ ...f, suppressed: { reason: by.reason, directive: { start: by.start, end: by.end } } });
    else kept.push(f);
  }
  return { kept, suppressed, problems };
}

/** `fact` silences every `fact.*` check: a family prefix is allowed. */
function isPrefixOfKnown(id: string, known: ReadonlySet<string>): boolean {
  for (const k of known) if (k.startsWith(id + '.')) return true;
  return false;
}

function matches(d: Directive, check: string): boolean {
  return d.checks.length === 0 || d.checks.some((id) => id === check || check.startsWith(id + '.'));
}

function coveringDirective(f: Finding, directives: Directive[]): Directive | undefined {
  let region: Directive | undefined; // the innermost open disable region before the finding
  for (const d of directives) {
    if (d.kind === 'disable-file' && matches(d, f.check)) return d;
    if (d.kind === 'disable-next-line' && d.target && matches(d, f.check)) {
      if (f.start >= d.target.start && f.start <= d.target.end) return d;
    }
  }
  for (const d of directives) {
    if (d.start > f.start) break;
    if (d.kind === 'disable' && matches(d, f.check)) region = d;
    if (d.kind === 'enable' && region && (d.checks.length === 0 || region.checks.every((c) => d.checks.includes(c)))) {
      region = undefined;
    }
  }
  return region;
}
