/**
 * A block that is a fenced code block and nothing else holds no prose: remark would give it no
 * segment. Generated reports and real drafts carry many such blocks (code, tables of figures in a
 * fence), and most hold digits, so without this test each one is parsed only to be thrown away.
 *
 * The test follows CommonMark's fence rules exactly and says "code only" only when it is sure: the
 * opening line is a fence (up to three spaces, three or more backticks or tildes, no backtick in a
 * backtick fence's info string), and the closing fence, if any, is the block's last line.
 */

/** An opening fence line: indent, the fence, the info string. */
const OPENING = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const LINE_BREAK = /\r\n|\r|\n/;

/** Whether the block (one top-level block of splitBlocks) is exactly one fenced code block. */
export function isFencedCodeOnly(source: string): boolean {
  const lines = source.split(LINE_BREAK);
  const open = OPENING.exec(lines[0]);
  if (!open) return false;
  const fence = open[2];
  // "```js`x" is inline code in a paragraph, not a fence (a tilde fence's info string may hold anything).
  if (fence[0] === '`' && open[3].includes('`')) return false;
  const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
  for (let i = 1; i < lines.length; i++) {
    // Content after the closing fence is read by the parser; a fence closed on the last line is all code.
    if (closing.test(lines[i])) return lines.slice(i + 1).every((l) => l === '');
  }
  // Never closed: the code block runs to the end of the block.
  return true;
}
