/**
 * Reading the claim's sentence: its clause, the figures between two places, whether it names a metric.
 * Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import type { Claim, Metric, Period, Quantity, QuantityKind } from '../../model';
import type { FactBase } from '../../facts/index';
import { findPeriods } from '../../bind/periods';
import { baselineStart, isChangeBaseline } from './changeBaseline';
import { DATE_DIGITS } from './dateDigits';

/** Is there a number (not a date, not a digit inside a name such as "H100") in sentence[from, to)? */
export function figureBetween(sentence: string, from: number, to: number): boolean {
  if (from < 0 || to > sentence.length || from >= to) return false;
  const between = sentence.slice(from, to).replace(DATE_DIGITS, ' ');
  return /(?<![A-Za-z\d-])\d/.test(between);
}

/**
 * The sentence's quantities (JudgeContext.sentenceQuantities: offsets into the sentence) that reach into
 * sentence[from, to): each read as the whole sentence reads it, not as the slice would on its own.
 */
export function figuresIn(quantities: readonly Quantity[], from: number, to: number): Quantity[] {
  return quantities.filter((q) => q.start < to && q.end > from);
}

/**
 * Is there a figure of this kind in sentence[from, to)? Percent and points count as one kind (growth
 * and its points move together); any figure counts when the slice reads as none. `quantities` are the
 * sentence's (JudgeContext.sentenceQuantities).
 */
export function amountBetween(sentence: string, quantities: readonly Quantity[], from: number, to: number, kind: QuantityKind): boolean {
  if (!figureBetween(sentence, from, to)) return false;
  const family = (k: QuantityKind) => (k === 'points' ? 'percent' : k);
  const found = figuresIn(quantities, from, to);
  return found.length === 0 || found.some((q) => family(q.kind) === family(kind));
}

/**
 * A period inside an earlier statement of the sentence: a semicolon or a clause-opening coordinator
 * (", and", ", while", "，而") stands between it and the figure, and it does not open the sentence
 * ("…,预计2025年将实现数倍增长;最新一轮融资中估值近10亿美元", "Plus, at $20 a month since February 2023,
 * and Pro, at $200 a month"). Such a period is that statement's; one that opens the sentence ("2024年,
 * 营收…;净利润…", "In 2024, revenue…, and net income…") governs every part.
 */
export function periodInEarlierStatement(sentence: string, periodStart: number, periodEnd: number, figureStart: number): boolean {
  if (periodEnd > figureStart || figureStart > sentence.length) return false;
  const between = sentence.slice(periodEnd, figureStart);
  const statementBetween = /[;；]/.test(between) || NEXT_STATEMENT.test(between);
  return statementBetween && /[,，;；:：、]/.test(sentence.slice(0, periodStart));
}

/** A coordinator that opens another statement after a comma. */
const NEXT_STATEMENT = /,\s*(?:and|but|while|whereas)\s|，(?:而|但|另外|同时)/i;

/**
 * The clause of the sentence that holds the claim (between clause punctuation), so that "营收28.81亿,
 * 净利润28.81亿元" does not let the first clause's metric vouch for the second. The prose text is the
 * sentence with the same offsets (masking never moves text).
 */
export function clauseOf(claim: Claim, sentence: string | undefined): string | undefined {
  if (sentence === undefined) return undefined;
  const bounds = clauseBounds(claim, sentence);
  return bounds ? sentence.slice(bounds.start, bounds.end) : sentence;
}

/** Where clauseOf's clause lies in the sentence (offsets into it); undefined when the claim is not found there. */
export function clauseBounds(claim: Claim, sentence: string): { start: number; end: number } | undefined {
  const at = claim.quantity.start - claim.sentence.start;
  if (at < 0 || at > sentence.length || sentence.slice(at, at + claim.quantity.text.length) !== claim.quantity.text) return undefined;
  const breaks = /[,，;；:：、]|\s[-–—]\s/g;
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(breaks)) {
    const i = m.index ?? 0;
    // A comma between digits is a thousands separator, not a clause break.
    if (m[0] === ',' && /\d/.test(sentence[i - 1] ?? '') && /\d/.test(sentence[i + 1] ?? '')) continue;
    if (i < at) start = i + m[0].length;
    else if (i >= at + claim.quantity.text.length) {
      end = i;
      break;
    }
  }
  return { start, end };
}

/**
 * The claim's period was read in its own clause ("Nvidia is worth $2 trillion, roughly; ..."), so the
 * dates of the sentence's other clauses belong to their own figures.
 */
export function periodInOwnClause(claim: Claim, sentence: string | undefined): boolean {
  const span = claim.period?.span;
  const bounds = sentence === undefined ? undefined : clauseBounds(claim, sentence);
  if (!span || !bounds || sentence === undefined) return false;
  const from = span.start - claim.sentence.start;
  const to = span.end - claim.sentence.start;
  if (from >= bounds.start && to <= bounds.end) return true;
  return frontedAdverbial(sentence, from, to, bounds.start);
}

/** What may stand before a date in a clause that is only that date: a preposition, emphasis marks, spaces. */
const ADVERBIAL_HEAD = /^[\s*_]*(?:在|于|截至|截止|到|(?:as\s+of|by|at|in|on|until)\s)?[\s*_]*$/i;
/** A clause break as clauseBounds reads them. */
const CLAUSE_BREAK = /[,，;；:：、]|\s[-–—]\s/g;
/** Exactly one clause break, with spaces or emphasis marks around it. */
const ONE_BREAK = /^[\s*_]*(?:[,，;；:：、]|\s[-–—]\s)[\s*_]*$/;
/** How far before a fronted date its clause's start is looked for (a bounded window). */
const HEAD_WINDOW = 12;

/**
 * "截至目前，Gemini应用月活约6.5亿", "As of today, Gemini has…": a date fronted in a clause of its own,
 * right before the figure's clause, is that clause's time (an adverbial set off by a comma), as much
 * as one inside it. `from`..`to` is the date in the sentence, `clauseStart` where the figure's clause begins.
 */
function frontedAdverbial(sentence: string, from: number, to: number, clauseStart: number): boolean {
  // The date's clause ends at the one break right before the figure's clause...
  if (to > clauseStart || !ONE_BREAK.test(sentence.slice(to, clauseStart))) return false;
  // ...and holds nothing else: what stands between the previous break (or the sentence's start) and the date is at most a preposition.
  const windowStart = Math.max(0, from - HEAD_WINDOW);
  const head = sentence.slice(windowStart, from);
  const breaks = [...head.matchAll(CLAUSE_BREAK)];
  if (breaks.length === 0 && windowStart > 0) return false;
  const last = breaks.at(-1);
  return ADVERBIAL_HEAD.test(last ? head.slice((last.index ?? 0) + last[0].length) : head);
}

/** The periods named in the claim's own clause ("6月融资3亿美元时估值80亿美元": June only). */
export function clausePeriods(claim: Claim, sentence: string | undefined, documentDate: string | undefined): readonly Period[] | undefined {
  const clause = clauseOf(claim, sentence);
  if (clause === undefined) return undefined;
  // Each claim is judged once per reading of its period, and a clause often holds several claims.
  const key = `${documentDate ?? ''}\u0000${clause}`;
  let periods = clausePeriodMemo.get(key);
  if (!periods) {
    if (clausePeriodMemo.size >= CLAUSE_MEMO_SIZE) clausePeriodMemo.clear();
    clausePeriodMemo.set(key, (periods = findPeriods(clause, { start: 0, end: clause.length }, { documentDate }).map((m) => m.period)));
  }
  return periods;
}

const CLAUSE_MEMO_SIZE = 512;
const clausePeriodMemo = new Map<string, readonly Period[]>();

/**
 * Where to look for the writer naming another metric: the claim's own clause when that clause is
 * unambiguous (it names the bound metric and holds no other number: "上半年净利润28.81亿元"), else
 * the whole sentence (the value may belong to a metric named a clause away: "brought in $40B at $300B
 * valuation"). In the sentence, another figure's own words are that figure's: "800 million monthly
 * users, up from 500 million weekly users" names weekly users for the 500 million only, so the text the
 * recogniser read as another quantity (`quantities`, offsets relative to the sentence) is left out.
 */
export function ownClause(claim: Claim, metric: string, sentence: string | undefined, kb: FactBase, quantities?: readonly Quantity[]): string | undefined {
  const clause = clauseOf(claim, sentence);
  if (clause === undefined || clause === sentence) return withoutOtherFigures(claim, sentence, quantities);
  const rest = clause.replace(claim.quantity.text, ' ');
  if (/\d/.test(rest) || !sentenceNamesMetric(clause, metric, kb)) return withoutOtherFigures(claim, sentence, quantities);
  return clause;
}

/** The sentence with every other quantity's text blanked (same length). */
function withoutOtherFigures(claim: Claim, sentence: string | undefined, quantities: readonly Quantity[] | undefined): string | undefined {
  if (sentence === undefined || !quantities) return sentence;
  const at = claim.quantity.start - claim.sentence.start;
  let out = sentence;
  for (const q of quantities) {
    if (q.start === at || q.start < 0 || q.end > out.length) continue;
    out = out.slice(0, q.start) + ' '.repeat(q.end - q.start) + out.slice(q.end);
  }
  return out;
}

/**
 * "据彭博社报道,以140亿美元估值融资5亿美元": one credit covers the figures after it and is reported
 * once, on the first of them. True when no other number stands between the attribution and the claim
 * (or the attribution's place is unknown). A prepositional credit after its figures ("$2 billion at $32
 * billion, per the FT", "…, according to Bloomberg") is a phrase of the figure it follows: reported on
 * that one. A reporting clause after them ("…, Bloomberg reported") reports the whole statement: on its
 * first figure, like a credit before.
 */
/** The cue of a prepositional credit, right before the publisher's name. */
const TRAILING_CREDIT_CUE = /(?<![A-Za-z])(?:per|according to)\s+(?:the\s+)?$/i;

export function firstFigureCredited(claim: Claim, sentence: string | undefined): boolean {
  const span = claim.attribution?.span;
  if (!span || sentence === undefined) return true;
  const end = claim.quantity.end - claim.sentence.start;
  const at = span.start - claim.sentence.start;
  if (at >= end && TRAILING_CREDIT_CUE.test(sentence.slice(Math.max(0, at - 20), at))) return !figureBetween(sentence, end, at);
  const from = span.end - claim.sentence.start;
  const to = claim.quantity.start - claim.sentence.start;
  // "从A升至B": the credit vouches for the new figure B, not its baseline A (changeBaseline.ts).
  if (isChangeBaseline(sentence, to, claim.quantity.end - claim.sentence.start)) return false;
  // Dates in between ("据彭博社报道,xAI在2024年5月以240亿美元…") are not figures, nor are digits
  // inside a name ("H100", "GPT-4").
  return !figureBetween(sentence, from, baselineStart(sentence, from, to));
}


export function sentenceNamesMetric(sentence: string | undefined, metricId: string, kb: FactBase): boolean {
  const metric = kb.metrics.get(metricId);
  if (!sentence || !metric) return false;
  const words = metricWordsOf(metric);
  const lower = sentence.toLowerCase();
  return words.en.some((t) => lower.includes(t)) || words.zh.some((t) => sentence.includes(t));
}

const wordsByMetric = new WeakMap<Metric, { en: string[]; zh: string[] }>();

/** The words sentenceNamesMetric looks for, listed once per metric of the fact base: English ones (longer than two letters) lower-cased. */
function metricWordsOf(metric: Metric): { en: string[]; zh: string[] } {
  let words = wordsByMetric.get(metric);
  if (!words) {
    words = {
      en: [...metric.triggers.en, ...metric.names.en].filter((t) => t.length > 2).map((t) => t.toLowerCase()),
      zh: [...metric.triggers.zh, ...metric.names.zh].filter((t) => t.length > 0),
    };
    wordsByMetric.set(metric, words);
  }
  return words;
}
