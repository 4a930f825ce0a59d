/**
 * "Nvidia's latest quarterly revenue, $30.04 billion, is now more than its entire fiscal 2023",
 * "阿里云最新季度收入334亿元，同比增长26%", "最近一个季度收入300.4亿美元，环比继续增长": words that call a
 * figure the latest quarter's, right before it, say which quarter it must be: the last one reported by
 * the document's date. A comparison or a date elsewhere in the sentence (a growth rate, "more than its
 * entire fiscal 2023") measures that quarter against another; it does not make this figure the other's.
 * So the stale step (verdicts/supported.ts) reads such a figure as stated "now", like a present marker
 * in its own clause, and only against figures of a quarter's length (a newer full year is no newer
 * quarter). Part of the judge: it knows nothing of findings.
 */
import type { Claim, Fact } from '../../model';
import { figureBetween } from './claimSentence';
import { daysBetween } from './periodMatch';

/** "latest quarterly", "the most recent quarter's", "latest reported fiscal quarter" (the binder's present marker, and its adjective). */
const EN_LATEST = /(?<![A-Za-z])(?:latest|most\s+recent)(?:\s+reported)?(?:\s+fiscal)?\s+quarter(?:ly|['’]s)?(?![A-Za-z])/gi;
/** 最新季度, 最新一个季度, 最近一个财季 (periodPatternsZh's present marker). */
const ZH_LATEST = /最新(?:的)?(?:一个)?(?:财季|季度)|最近(?:的)?一个(?:财季|季度)/g;
/** How far before the figure the words are looked for: a bounded window, never the whole prefix. */
const WINDOW = 40;
/** A statement's end between the words and the figure: they are another statement's. */
const STATEMENT_BREAK = /[;；。!?！？]|\.\s/;
/** A quarter's length in days, give or take a fiscal calendar's week. */
const QUARTER_DAYS = { min: 80, max: 100 };

/**
 * The latest-quarter words stand right before the claim's figure: no other figure, no statement break
 * and at most one clause break (an apposition, "latest quarterly revenue, $30.04 billion") between.
 */
export function latestQuarterGoverns(claim: Claim, sentence: string | undefined): boolean {
  if (sentence === undefined) return false;
  const at = claim.quantity.start - claim.sentence.start;
  if (at < 0 || at > sentence.length) return false;
  const from = Math.max(0, at - WINDOW);
  const before = sentence.slice(from, at);
  let end = -1;
  for (const re of [EN_LATEST, ZH_LATEST]) for (const m of before.matchAll(re)) end = Math.max(end, (m.index ?? 0) + m[0].length);
  if (end < 0) return false;
  const between = before.slice(end);
  if (STATEMENT_BREAK.test(between) || (between.match(/[,，:：、]/g) ?? []).length > 1) return false;
  return !figureBetween(sentence, from + end, at);
}

/** A fact of a quarter's length: the only kind a latest quarter's figure can be superseded by. */
export function quarterLong(f: Fact): boolean {
  if (!f.period.start || !f.period.end) return false;
  const days = daysBetween(f.period.start, f.period.end) + 1;
  return days >= QUARTER_DAYS.min && days <= QUARTER_DAYS.max;
}
