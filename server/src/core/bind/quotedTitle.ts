/**
 * A figure inside a quoted title is part of a name, not a claim: 'the fund framed it as "The $300B
 * Hangover" in its letter', 'her essay "Why $9 Tokens Won't Last"'. The title may not be the figure's
 * owner's measure at all (an essay named for one gap may go on to estimate another), and judging it
 * against that owner's facts blames a name for not being a statistic.
 *
 * Read so only when both hold: the quotation is written in title case (every word capitalised but the
 * short function words, the figure aside, at most eight words, no full stop), and the words around it
 * name it as a title or a framing: a verb that names ("framed … as", "titled", "called", "dubbed",
 * "headlined") right before it, or a noun for a piece of writing or talk ("essay", "post", "report",
 * "talk") right before or after it. A quoted remark in ordinary case ('"call it $4 billion of GPUs"')
 * stays a claim, as does a title-case quotation that nothing names as a title.
 */
import type { Span } from '../model';
import { endsInsideQuotation } from '../text/quotes';

/** How far from the figure the quotation's marks may be. */
const REACH = 80;
/** Words a title leaves in lower case. */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'for', 'and', 'or', 'to', 'vs', 'vs.', 'at', 'by', 'with', 'from', 'per', 'is', 'as']);
/** A naming verb before the opening mark: "framed the gap as", "titled", "called it", "dubbed". */
const NAMED_BEFORE = /\b(?:framed|titled|entitled|called|dubbed|headlined|headed|named|billed|branded|labell?ed)\b(?:\s+[\w'’-]+){0,3}?\s*(?:\bas\s+)?[,:]?\s*$/i;
/** A piece of writing or talk named right before the opening mark: "his essay", "the post". */
const NOUN_BEFORE = /\b(?:essay|article|post|blog|piece|report|paper|book|memo|letter|note|talk|keynote|speech|headline|title|column|newsletter|episode|thesis|slide|deck)\s*[,:]?\s*$/i;
/** The same noun right after the closing mark: '"AI's $600B Question" essay'. */
const NOUN_AFTER = /^\s*(?:essay|article|post|blog|piece|report|paper|book|memo|letter|note|talk|keynote|speech|headline|column|newsletter|episode|thesis|framing)\b/i;

export function inQuotedTitle(text: string, q: Span, sentence: Span): boolean {
  const from = Math.max(sentence.start, q.start - REACH);
  const before = text.slice(from, q.start);
  const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'));
  if (open < 0 || !endsInsideQuotation(text.slice(sentence.start, q.start))) return false;
  const after = text.slice(q.end, Math.min(sentence.end, q.end + REACH));
  const close = after.search(/["”]/);
  if (close < 0) return false;
  if (!titleCase(`${before.slice(open + 1)} ${after.slice(0, close)}`)) return false;
  const lead = text.slice(Math.max(sentence.start, from + open - 40), from + open);
  return NAMED_BEFORE.test(lead) || NOUN_BEFORE.test(lead) || NOUN_AFTER.test(after.slice(close + 1));
}

/** The words of a quotation (the figure left out) read as a title: capitalised but for function words. */
function titleCase(words: string): boolean {
  if (/[.;]\s*$/.test(words.trim())) return false;
  const list = words.split(/\s+/).map((w) => w.replace(/^[^\w$]+|[^\w]+$/g, '')).filter((w) => w.length > 0 && !/\d/.test(w));
  if (list.length === 0 || list.length > 8) return false;
  let capitalised = 0;
  for (const w of list) {
    if (/^[A-Z]/.test(w)) capitalised++;
    else if (!SMALL_WORDS.has(w.toLowerCase())) return false;
  }
  return capitalised > 0;
}
