/**
 * Copies of short pieces of a long text that do not keep the long text alive.
 *
 * V8 represents a slice of 13 or more characters as a view into the string it was cut from, and so does
 * any slice of that slice. Whatever the block cache keeps from a block's slice (a segment's masked text,
 * a quantity's text, a heading title, a claim's words) would then hold the whole document as it was when
 * the block was read: after a few hundred keystrokes in different paragraphs of a 5 MB report, hundreds
 * of full versions of it. Cached results must therefore be cut from a copy of the block, not from the
 * document.
 */

/** `s` as a string of its own: the same characters, sharing no storage with the text it was cut from. */
export function detached(s: string): string {
  // Prepending a character makes a two-part string; slicing it flattens the parts into one new string
  // of the piece's own length (the original is only read from). Short slices are copied anyway.
  return (' ' + s).slice(1);
}

/** text[start, end) as a string of its own (see detached). */
export function detachedSlice(text: string, start: number, end: number): string {
  return detached(text.slice(start, end));
}
