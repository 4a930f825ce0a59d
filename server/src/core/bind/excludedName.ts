/**
 * What a figure's measure leaves out is neither the figure's owner nor its measure: "到2025年6月已达100亿
 * 美元（不含微软授权收入）", "a run-rate of $10 billion, excluding Microsoft licensing revenue", "revenue
 * ex-Microsoft". The name right after a word of exclusion (不含, 不包括, 除去, 扣除, 剔除, excluding, except,
 * other than, net of, ex-, and "non-" right before a name), and the names coordinated with it ("不含微软和谷歌"), narrow the measure; whose
 * figure it is comes from the rest of the sentence, as if they were not written. A measure word after
 * the figure inside the excluded phrase ("授权收入") names what is taken out, not what the figure measures.
 *
 * Bare 除 is not read: "除了X之外" also means "besides X", where X's own figure may follow.
 */
import type { Span } from '../model';
import type { EntityMention } from './mentions';

const EXCLUSION = String.raw`(?:不含|不包含|不包括|不计入?|除去|扣除|剔除|(?<![A-Za-z])(?:excluding|exclusive\s+of|except(?:\s+for)?|other\s+than|net\s+of|ex-))`;
/** A word of exclusion right before a name. */
const EXCLUSION_BEFORE = new RegExp(`${EXCLUSION}\\s*$`, 'i');
/**
 * "non-Nvidia chips", "the non-OpenAI labs": a name negated by "non-" is what the phrase is not. Only for
 * names: "non-GAAP income" still measures income.
 */
const NEGATED_BEFORE = /(?<![A-Za-z])non[-‑]$/i;
/** Words of exclusion anywhere in a text. */
const EXCLUSION_WORDS = new RegExp(EXCLUSION, 'gi');
/** Between two names of one excluded list. */
const LIST_GAP = /^\s*(?:[、,，&/]|和|与|及|以及|或|(?:and|or)(?![A-Za-z]))\s*$/i;
/** What ends an excluded phrase: the end of a clause or of a bracket. */
const PHRASE_END = /[，,。；;：:）)]/;

/**
 * The mentions (of one sentence, sorted) that stand right after a word of exclusion, or in a list that
 * does.
 */
export function excludedMentions(text: string, mentions: readonly EntityMention[]): Set<EntityMention> {
  const excluded = new Set<EntityMention>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const prev = i > 0 ? mentions[i - 1] : undefined;
    const before = text.slice(Math.max(0, m.start - 20), m.start);
    if (EXCLUSION_BEFORE.test(before) || NEGATED_BEFORE.test(before)) excluded.add(m);
    else if (prev && excluded.has(prev) && (prev.end > m.start || LIST_GAP.test(text.slice(prev.end, m.start)))) excluded.add(m);
  }
  return excluded;
}

/**
 * A measure word written after the figure inside what the figure leaves out ("100亿美元不含微软的授权收入",
 * "$10 billion, excluding licensing revenue"): the last word of exclusion between the figure and the
 * word opens a phrase that nothing ends before the word. Only after the figure: an exclusion before it
 * narrows the figure's own measure ("不含税收入为…").
 */
export function excludedAfter(text: string, figureEnd: number, word: Span): boolean {
  if (word.start < figureEnd) return false;
  const between = text.slice(figureEnd, word.start);
  let lastEnd = -1;
  EXCLUSION_WORDS.lastIndex = 0;
  for (let m = EXCLUSION_WORDS.exec(between); m; m = EXCLUSION_WORDS.exec(between)) lastEnd = m.index + m[0].length;
  return lastEnd >= 0 && !PHRASE_END.test(between.slice(lastEnd));
}
