/** A literal word for a RegExp source: every character with a meaning in a pattern is escaped. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
