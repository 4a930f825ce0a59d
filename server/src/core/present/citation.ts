/**
 * Builds the edits that cite a supported claim with a Markdown footnote: a `[^n]` reference right after
 * the figure and a definition at the end of the draft naming the source. `n` follows the draft's
 * existing numeric footnotes, so existing citations are never renumbered.
 */
import type { TextEdit } from '../model';
import type { CheckedClaim } from '../analyze';
import { safeUrl } from './hoverMarkdown';

export function nextFootnoteNumber(text: string): number {
  let max = 0;
  for (const m of text.matchAll(/\[\^(\d{1,6})\]/g)) max = Math.max(max, Number(m[1]));
  return max + 1;
}

export function citationEdit(text: string, claim: CheckedClaim): TextEdit[] | undefined {
  const evidence = claim.evidence[0];
  if (!evidence) return undefined;
  const s = evidence.source;
  const n = nextFootnoteNumber(text);
  // Fact packs are data, not Markdown: their text is escaped so it cannot become a link or HTML in the draft.
  // No title: titles quote figures ("revenue soars past $1.6 billion"), which Tally would then check.
  const date = s.date ? `, ${plain(s.date)}` : '';
  const url = safeUrl(s.url);
  const definition = `[^${n}]: ${plain(s.publisher)}${date}.${url ? ` <${url}>` : ''}`;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // Leave exactly one blank line between the draft's last line and the definition.
  const trailing = /(\r\n|\n|\r)*$/.exec(text)?.[0] ?? '';
  const breaks = (trailing.match(/\r\n|\n|\r/g) ?? []).length;
  const prefix = text.length === 0 ? '' : eol.repeat(Math.max(0, 2 - breaks));
  return [
    { start: claim.quantity.end, end: claim.quantity.end, newText: `[^${n}]` },
    { start: text.length, end: text.length, newText: `${prefix}${definition}${eol}` },
  ];
}

/** One line of literal text: link brackets, emphasis, code and HTML characters escaped, line breaks folded. */
function plain(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>]/g, (c) => '\\' + c);
}
