/**
 * A figure inside a question is what someone asks, not what the author states ("Isn't Acme worth
 * $9.9 billion?", 「难道估值不是99亿美元吗？」, a reader's quoted question in a Q&A). Calling it out of date,
 * of the wrong period or contradicted would argue with the asker: such verdicts stay information
 * (findings.ts). The answers of a Q&A are statements and stay checked.
 *
 * A figure is asked when the first mark that ends a sentence after it is a question mark: the sentence
 * ends in "?"/"？", or the figure sits in a quoted question inside a longer sentence. A full stop after
 * the figure ends a statement first ("Acme is worth $9.9 billion. Too much?").
 */
const ENDS_SENTENCE = /[?？。！!]|\.(?=\s|$|["'”’*)\]])/u;

/** The figure at `figureEnd` (an offset into `sentenceText`) is asked, not stated. */
export function figureAsked(sentenceText: string | undefined, figureEnd: number): boolean {
  if (sentenceText === undefined || figureEnd < 0) return false;
  const mark = ENDS_SENTENCE.exec(sentenceText.slice(figureEnd));
  return mark !== null && (mark[0] === '?' || mark[0] === '？');
}
