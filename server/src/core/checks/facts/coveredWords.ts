/**
 * A metric word inside a longer metric word names the longer one: "收入" in "数据中心收入" and "revenue"
 * in "data center revenue" name data-center revenue, not total revenue, as the binder's longest
 * trigger does. Read by claimSentence's sentenceNamesMetric.
 * Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import type { FactBase } from '../../facts/index';

interface Word {
  text: string;
  metric: string;
}

const wordsByBase = new WeakMap<FactBase, Word[]>();

/** Every trigger and name of every metric, lower-cased, longest first. */
function metricWords(kb: FactBase): Word[] {
  let words = wordsByBase.get(kb);
  if (!words) {
    words = [...kb.metrics.values()].flatMap((m) => [...m.triggers.en, ...m.triggers.zh, ...m.names.en, ...m.names.zh].map((t) => ({ text: t.toLowerCase(), metric: m.id })));
    words.sort((a, b) => b.text.length - a.text.length);
    wordsByBase.set(kb, words);
  }
  return words;
}

/**
 * Does `word` (lower-cased) of `metric` occur in `lower` (the lower-cased sentence) other than inside a
 * longer word of another metric (and at a place `accept` takes)?
 */
export function occursUncovered(lower: string, word: string, metric: string, kb: FactBase, accept: (at: number) => boolean = () => true): boolean {
  // Most words are not in the sentence at all: that is known before the longer words are listed.
  if (!word || !lower.includes(word)) return false;
  const longer = metricWords(kb).filter((w) => w.metric !== metric && w.text.length > word.length && w.text.includes(word));
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    if (!longer.some((w) => covers(lower, w.text, word, at)) && accept(at)) return true;
  }
  return false;
}

/** `outer` stands in `lower` over the occurrence of `inner` at `at`. */
function covers(lower: string, outer: string, inner: string, at: number): boolean {
  for (let k = outer.indexOf(inner); k >= 0; k = outer.indexOf(inner, k + 1)) {
    if (at - k >= 0 && lower.startsWith(outer, at - k)) return true;
  }
  return false;
}
