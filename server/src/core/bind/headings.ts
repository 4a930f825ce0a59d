/**
 * Section headings of a Markdown document, for context: a pronoun or an undated sentence under
 * "## Microsoft" or "## Q3 2023" may take its entity or period from the heading. Headings are read from
 * the text itself (ATX "#" lines and setext underlines, outside fenced code), because the prose
 * pipeline skips blocks that hold no number, and most headings hold none. A line that is one bold run
 * standing alone heads a section too, one rank below every "#" level (boldHeading.ts).
 */
import type { Span } from '../model';
import { BOLD_HEADING_LEVEL, boldHeadingTitle } from './boldHeading';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^( {0,3}#{1,6}[ \t]+)(.*)$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

export interface HeadingSpan extends Span {
  /** 1 for "#" and setext "===", 2 for "##" and setext "---", and so on; 7 for a bold line (boldHeading.ts). */
  level: number;
}

/** Spans of heading text (without the # marks), sorted. */
export function headingSpans(text: string): HeadingSpan[] {
  const out: HeadingSpan[] = [];
  let fence: string | undefined;
  let at = 0;
  let previous: { start: number; end: number; text: string } | undefined;
  const lines = text.split('\n');
  const bare = (i: number) => (i >= 0 && i < lines.length ? lines[i].replace(/\r$/, '') : undefined);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const content = line.replace(/\r$/, '');
    const f = FENCE.exec(content);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
    } else if (f) {
      fence = f[1];
    } else {
      const atx = ATX.exec(content);
      const title = atx ? headingText(atx[2]) : '';
      const bold = atx ? undefined : boldHeadingTitle(content, bare(i - 1), bare(i + 1));
      if (atx && title) {
        out.push({ start: at + atx[1].length, end: at + atx[1].length + title.length, level: atx[1].trim().length });
      } else if (bold) {
        out.push({ start: at + bold.start, end: at + bold.end, level: BOLD_HEADING_LEVEL });
      } else if (previous && previous.text.trim() && !/^\s*[-*+>|]/.test(previous.text) && SETEXT_UNDERLINE.test(content) && !ATX.test(previous.text)) {
        const lead = previous.text.length - previous.text.trimStart().length;
        out.push({ start: previous.start + lead, end: previous.start + previous.text.trimEnd().length, level: content.trim().startsWith('=') ? 1 : 2 });
      }
    }
    previous = { start: at, end: at + content.length, text: content };
    at += line.length + 1;
  }
  return out;
}

/** The heading's text without the optional closing #s and trailing blanks (a loop: no regex backtracking). */
function headingText(raw: string): string {
  let end = raw.length;
  while (end > 0 && (raw[end - 1] === ' ' || raw[end - 1] === '\t')) end--;
  let hashes = end;
  while (hashes > 0 && raw[hashes - 1] === '#') hashes--;
  if (hashes < end && (hashes === 0 || raw[hashes - 1] === ' ' || raw[hashes - 1] === '\t')) {
    end = hashes;
    while (end > 0 && (raw[end - 1] === ' ' || raw[end - 1] === '\t')) end--;
  }
  return raw.slice(0, end);
}
