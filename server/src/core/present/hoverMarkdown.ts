/**
 * The hover card for a claim, as plain Markdown: the value as read (with its interval), the verdict,
 * the facts as a small table with linked sources, and for arithmetic the computation.
 *
 * Safety: every piece of text that comes from a draft or a fact file is escaped, and links are only
 * made to http(s) URLs. The LSP layer never marks hovers as trusted, so even an escaped `command:` link
 * could not run.
 */
import type { Evidence, Finding } from '../model';
import type { CheckedClaim } from '../analyze';
import { t, type Locale } from '../i18n/messages';
import { humanizeNumber } from '../format/humanize';
import { shownText } from '../recognize/shownText';

/** Escapes Markdown (and HTML) metacharacters so draft text renders literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&$"]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '\\' + c)).replace(/\r?\n|\r/g, ' ');
}

export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A bound written for people: "$2.55B", "2.5%", "150k"; open ends are ∞. */
function formatBound(v: number | null, unit: string, lang: 'en' | 'zh'): string {
  return v === null ? '∞' : humanizeNumber(v, unit, lang);
}

function sourceCell(e: Evidence): string {
  const publisher = escapeMarkdown(e.source.publisher || '—');
  const url = safeUrl(e.source.url);
  return url ? `[${publisher}](${url})` : publisher;
}

export function hoverMarkdown(claim: CheckedClaim, findings: Finding[], suppressed: Finding[], locale: Locale, entityName?: string, metricName?: string): string {
  const q = claim.quantity;
  const lines: string[] = [];
  const lang = locale === 'zh-cn' ? 'zh' : 'en';
  const unit = q.kind === 'money' ? (q.currency ?? 'USD') : q.kind === 'percent' ? 'percent' : q.kind === 'points' ? 'points' : q.kind === 'multiple' ? 'multiple' : 'count';
  const hedge = q.hedge ? ` (${escapeMarkdown(q.hedge)})` : '';
  const per = q.per ? ` / ${q.per.amount === 1 ? '' : humanizeNumber(q.per.amount, 'count', lang) + ' '}${escapeMarkdown(q.per.unit)}` : '';
  lines.push(
    `**Tally** · ${t(locale, 'hover.read')} \`${escapeCode(shownText(q))}\` = ${formatBound(q.value, unit, lang)}${per}${hedge} · ${t(locale, 'hover.interval')} [${formatBound(q.low, unit, lang)}, ${formatBound(q.high, unit, lang)}]`,
  );
  const about: string[] = [];
  if (entityName) about.push(`${t(locale, 'hover.entity')}: ${escapeMarkdown(entityName)}${metricName ? ' · ' + escapeMarkdown(metricName) : ''}`);
  if (claim.period) about.push(`${t(locale, 'hover.period')}: ${escapeMarkdown(claim.period.value.label)}`);
  if (claim.attribution) about.push(`${t(locale, 'hover.attribution')}: ${escapeMarkdown(claim.attribution.value)}`);
  if (about.length) lines.push('', about.join(' · '));
  lines.push('', `${t(locale, 'hover.verdict')}: **${t(locale, `verdict.${claim.verdict}` as Parameters<typeof t>[1])}**`);
  // Editors show the diagnostic's own message next to the hover; name the checks, do not repeat them.
  if (findings.length) lines.push('', findings.map((f) => `${severityIcon(f.severity)} \`${f.check}\`${heldBackNote(f, locale)}`).join(' · '));
  for (const f of suppressed) {
    lines.push('', `${t(locale, 'hover.suppressed')} \`${f.check}\`: ${escapeMarkdown(f.suppressed?.reason || '—')}`);
  }
  if (claim.evidence.length > 0) {
    lines.push('', `| ${t(locale, 'hover.value')} | ${t(locale, 'hover.period')} | ${t(locale, 'hover.qualifier')} | ${t(locale, 'hover.source')} | ${t(locale, 'hover.date')} |`, '|---|---|---|---|---|');
    for (const e of claim.evidence.slice(0, 6)) {
      const qual = e.qualifiers.join(', ') + (e.confidence === 'low' ? ` (${e.confidence})` : '');
      lines.push(`| ${escapeMarkdown(e.value)} | ${escapeMarkdown(e.period)} | ${escapeMarkdown(qual)} | ${sourceCell(e)} | ${escapeMarkdown(e.source.date ?? '')} |`);
    }
    const quote = claim.evidence.find((e) => e.source.quote)?.source.quote;
    if (quote) lines.push('', `> ${escapeMarkdown(quote)}`);
  }
  const computation = findings.find((f) => f.computation)?.computation;
  if (computation) {
    lines.push('', `${t(locale, 'hover.computation')}:`, '');
    for (const step of computation) lines.push(`- ${escapeMarkdown(step)}`);
  }
  return lines.join('\n');
}

/** Why a finding is below its check's severity, when it is: " (not higher because: …)". */
function heldBackNote(f: Finding, locale: Locale): string {
  return f.heldBack ? ` (${t(locale, 'hover.heldBack')}: ${escapeMarkdown(f.heldBack)})` : '';
}

function escapeCode(text: string): string {
  return text.replace(/`/g, 'ˋ').replace(/\r?\n|\r/g, ' ');
}

function severityIcon(s: string): string {
  return s === 'error' ? '⛔' : s === 'warning' ? '⚠️' : s === 'information' ? 'ℹ️' : '💡';
}
