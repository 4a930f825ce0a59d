/**
 * The inline constructs drafts use most, read without the parser: footnote references ("[^3]"), links
 * with a plain text and a plain address ("[OpenAI](https://openai.com/blog)") and code spans ("`gpt-4o`").
 *
 * A block is parsed on its own, so a footnote reference whose definition is in another block is plain
 * text to remark: it keeps its characters. A link keeps only its text; its brackets and its address
 * are blanked; a code span is blanked whole. Code spans bind before links, so they are read first.
 * Anything less plain (an image, a title, an address with spaces or brackets, a label that
 * could be a reference or a definition) is left alone, and then the block goes to remark.
 */

/** "`code`": one backtick each side (not a longer run), no line break inside. */
const CODE_SPAN = /(?<!`)`[^`\n\r]+`(?!`)/g;
/** "[^3]" not after "!" and not followed by what would make it a link, a reference or a definition. */
const FOOTNOTE_REFERENCE = /(?<!!)\[\^[0-9A-Za-z]{1,10}\](?![[(:])/g;
/** "[text](address)": text without brackets or line breaks (not "^…"), an address of URL characters only. */
const LINK = /(?<!!)\[([^[\]\n\r^][^[\]\n\r]*)\]\(([A-Za-z0-9/:.~%?#=+-]+)\)/g;

export interface PlainInline {
  /** The block with code spans and each link's brackets and address blanked (same length): what remark keeps of it. */
  masked: string;
  /** The same with footnote references blanked too: what must hold no other Markdown syntax. */
  rest: string;
}

/** The block with its footnote references and plain links read, or undefined when it has none. */
export function plainInline(source: string): PlainInline | undefined {
  if (!source.includes('[') && !source.includes('`')) return undefined;
  let any = false;
  const withoutCode = source.replace(CODE_SPAN, (m) => {
    any = true;
    return ' '.repeat(m.length);
  });
  const masked = withoutCode.replace(LINK, (m, text: string) => {
    any = true;
    return ' ' + text + ' '.repeat(m.length - text.length - 1);
  });
  const rest = masked.replace(FOOTNOTE_REFERENCE, (m) => {
    any = true;
    return ' '.repeat(m.length);
  });
  return any ? { masked, rest } : undefined;
}
