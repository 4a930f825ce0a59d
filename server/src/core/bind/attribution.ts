/**
 * Who the text says a number comes from: "according to X", "X reported", "per X", "据X", "据《X》",
 * "X称", "X报道称", "X表示", "X给出的数字是".
 *
 * X is a publisher or research firm known to the knowledge base (kind 'organisation'), a title in
 * 《》, or an unknown capitalised name after a reporting cue ("according to", "reported"). A company
 * or person speaking ("Nvidia said", "Amy Hood称") is the subject talking, not a source to check
 * the number against, so it is not an attribution.
 */
import type { Binding, Quantity, Span } from '../model';
import { mentionsIn, type EntityMention } from './mentions';
import { laterClauseStart } from './laterClauseCredit';
import { asideReach, coordinatedVerbCredit, creditsWhatFollows, cueAsideEnd, nounPhraseCredit } from './attributionScope';

export interface Attribution extends Span {
  /** The publisher's name as written (without 《》 or a leading lower-case "the"). */
  name: string;
  /** Entity id when the name is a known organisation. */
  entity?: string;
  /**
   * Covers only the figures after it: a possessive credit ("Bloomberg's count of $246 billion"), and
   * one that opens its clause with a figure after it ("据彭博社统计，累计约130亿美元": attributionScope.ts).
   */
  forward?: boolean;
  /** An aside credit ("…, Bloomberg reported, …") covers no figure from here on: a new statement begins. */
  until?: number;
  /** A credit in one figure's noun phrase ("the $7.3B total Reuters reported") covers no figure before it. */
  from?: number;
}

/**
 * The cue before a publisher's name, with or without "the" ("per the Financial Times", "according to the
 * Financial Times", "citing the Financial Times": the article is part of the name as written, not of the
 * cue). "told Bloomberg" credits the outlet the speaker gave the figure to ("Huang told Bloomberg the
 * B200 would cost…": the interview is Bloomberg's report).
 */
const EN_BEFORE = /(?<![A-Za-z])(?:according to|per|citing|(?:first |originally )?reported by|(?:told|telling|in an interview with)|(?:cited|quoted) by|(?:data|figures|estimates|numbers|research|a report|reporting) (?:from|by))\s+(?:the\s+)?$/i;
/**
 * How much text before a name its cue is read in: the longest cue ("in an interview with the", "据…" with
 * eight characters between) fits, and a pattern anchored at the name never scans the whole sentence.
 */
const CUE_WINDOW = 40;
/**
 * A publisher's name inside the noun phrase a cue credits: "according to a Bloomberg tally", "per an IDC
 * estimate", "by PitchBook's count" (the name before the noun it modifies, with or without 's).
 */
const EN_CUE_ARTICLE_BEFORE = /(?<![A-Za-z])(?:according to|per|by|citing|based on|in)\s+(?:a|an|the)?\s*$/i;
const EN_REPORT_NOUN_AFTER =
  /^(?:['’]s)?\s+(?:own\s+|latest\s+|recent\s+|separate\s+|mid-year\s+|annual\s+|quarterly\s+)?(?:tally|count|estimate|estimates|calculation|calculations|analysis|data|figures|numbers|reckoning|survey|report|research|story|article|forecast|projection)(?![A-Za-z])/i;
/** A credit in brackets beside a figure or a row's label: "(Counterpoint est.)", "(source: IDC)", "（来源：IDC）", "（IDC估算）". */
const BRACKET_BEFORE = /[(（]\s*(?:(?:source|data|via|per)\s*[:：]?\s*|(?:来源|数据来源|出处)\s*[:：]?\s*)?$/i;
const BRACKET_AFTER = /^\s*(?:est\.?|estimates?|estimated|data|figures?|估算|估计|测算|预测|数据|统计)?\s*[)）]/i;
/**
 * When the publisher spoke, between its name and the reporting verb: "Bloomberg this month reported",
 * "彭博社本月援引…称", "路透社随后估算". It dates the report and does not change who made it.
 */
const EN_WHEN = String.raw`(?:(?:this|last|earlier this|on)\s+(?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?`;
const ZH_WHEN = '(?:本月|上月|本周|上周|今年|去年|近日|日前|此前|早前|当时|随后|后来|最早|首先|率先|\\d{1,2}月\\d{1,2}日)?';
/**
 * A participle phrase set off by commas between the publisher and its verb: "Bloomberg, working from
 * analysts' estimates, put…", "Reuters, citing two people familiar with the talks, reported…". It says how
 * the publisher got the figure, not who else gave it.
 */
const EN_ASIDE_PARTICIPLE = String.raw`(?:,\s*(?:[a-z]+ing|based on)\s[^,;.:]{1,80},\s*)?`;
/**
 * A newsroom's piece between its name and a verb of passing a figure on: "the same WSJ report gave xAI
 * revenue of $100 million", "a Bloomberg story said…", "an FT article put…". Only those verbs: "the MIT
 * NANDA report found 95%" is a research body's own finding, its subject (bind/estimator.ts). "gave"
 * credits only after such a noun: "Sequoia gave the startup $50 million" is an investor giving money.
 */
const EN_NEWS_PIECE = String.raw`(?:report|story|article|piece|scoop)\s+(?:(?:later|also|then)\s+)?(?:said|says|reported|reports|wrote|writes|gave|gives|put|puts|pegged|pegs)(?![A-Za-z])`;
/**
 * "Bloomberg then estimated", "Reuters now reports": a sequence word before a verb of reporting or
 * estimating. Not before "put" or "calculated": "Goldman then put its own number on the gap" is an
 * estimator on record making the figure its own (estimator.ts), not a credit for someone else's.
 */
const EN_THEN_ESTIMATED = String.raw`(?:then|now)\s+(?:reported|reports|said|says|estimated|estimates|reckoned|reckons|wrote|writes)(?![A-Za-z])`;
const EN_AFTER = new RegExp(
  String.raw`^(?:['’]s?)?\s*${EN_ASIDE_PARTICIPLE}${EN_WHEN}(?:has\s+|had\s+|also\s+|previously\s+|recently\s+|first\s+|later\s+|since\s+)?(?:reported|reports|said|says|estimated|estimates|estimate|wrote|writes|noted|notes|found|finds|calculated|calculates|projected|projects|reckons|reckoned|stated|states|claimed|claims|showed|shows|put|puts|pegged|pegs|broke|breaks|cited|cites|revealed|reveals|disclosed|discloses)(?![A-Za-z])|^(?:['’]s?)?\s*${EN_ASIDE_PARTICIPLE}${EN_WHEN}${EN_THEN_ESTIMATED}|^\s*${EN_NEWS_PIECE}`,
  'i',
);
/** A publisher's own figure: "Bloomberg's count of $246 billion", "Gartner's own estimate". */
const EN_POSSESSIVE_FIGURE =
  /^['’]s?\s+(?:own\s+|latest\s+|separate\s+)?(?:count|tally|estimate|estimates|figure|figures|data|numbers|survey|analysis|calculation|calculations|forecast|projection|reckoning)(?![A-Za-z])/i;
const ZH_BEFORE = /(?:据|根据|援引|引述)[^，,。；;！？!?\s]{0,8}$/;
/** The publisher named for a report after 据: "据麦肯锡发布的《…》". */
const ZH_PUBLISHES_AFTER = /^\s*(?:发布|公布|发表|出版|推出)的\s*《/;
/**
 * "据麦肯锡发布的《AI指数报告》": the credit is the publisher the writer names for the report, not the
 * report, whose figures the writer gives to that publisher.
 */
const ZH_PUBLISHED_BY_BEFORE = /(?:发布|公布|发表|出版|推出)的\s*《?\s*$/;
const ZH_AFTER = new RegExp(
  String.raw`^\s*${ZH_WHEN}(?:在[^，,。；;]{0,8}?中?)?(?:报道称|披露|独家报道|首次报道|率先报道|最早报道|报道|称|表示|指出|估计|估算|预计|认为|测算|统计|给出的数字是|给出的数据是|给出的数字|给出的数据|的数据显示|数据显示|的报告显示|报告显示|的报告称|报告称|援引|的调查|的统计|的估算|的测算|的估计|的预测)`,
);

/** Unknown names: only after press-style cues, so a person or analyst saying something is not taken. */
const EN_UNKNOWN_AFTER_CUE = /(?<![A-Za-z])(?:[Aa]ccording to|[Rr]eported by)\s+((?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&'’.-]*){0,5})/g;
const EN_UNKNOWN_BEFORE_VERB = /(?<![A-Za-z])((?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})\s+(?:reported|reports|estimated|estimates)(?![A-Za-z])/g;
const ZH_UNKNOWN_LATIN = /([A-Z][A-Za-z&.'’-]*(?:\s+[A-Z][A-Za-z&.'’-]*){0,4})\s*(?:报道称|报道|的数据显示|数据显示|的报告显示|估计|估算)/g;
const ZH_TITLE = /《([^《》\n]{1,30})》/g;
/** Capitalised words that start a sentence, name a crowd or a day ("CNBC on Tuesday reported"), not a publisher. */
const NOT_A_NAME = new Set(['The', 'It', 'This', 'That', 'These', 'Those', 'They', 'He', 'She', 'We', 'Analysts', 'Sources', 'Reports', 'Investors', 'Officials', 'Executives', 'Experts', 'Media', 'Company', 'Researchers', 'Some', 'Many', 'Others', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/** The name stands alone in brackets as a credit: "(Counterpoint est.)", "(source: IDC)", "（IDC估算）". */
function inBrackets(text: string, name: Span, from: number, to: number): boolean {
  return BRACKET_BEFORE.test(text.slice(Math.max(from, name.start - 24), name.start)) && BRACKET_AFTER.test(text.slice(name.end, Math.min(to, name.end + 24)));
}

/**
 * A bracketed credit covers the figure it follows and nothing after its bracket: in "Nvidia's revenue was
 * $30 billion (Bloomberg) and AMD's $6.8 billion" Bloomberg vouches for the $30 billion only.
 */
function bracketReach(text: string, name: Span, sentence: Span, figures: readonly Quantity[]): { from?: number; until?: number } {
  const close = /[)）]/.exec(text.slice(name.end, sentence.end));
  const until = close ? name.end + close.index + 1 : undefined;
  const head = figures.filter((q) => q.end <= name.start && q.start >= sentence.start && q.kind !== 'number').at(-1);
  return { ...(head ? { from: head.start } : {}), ...(until !== undefined ? { until } : {}) };
}

/**
 * A known publisher credited in brackets inside `span` (a table row's label, a column's header: "share of
 * DRAM revenue, 2024 (Counterpoint est.)"), which credits the figures of that row or column.
 */
export function bracketCredit(text: string, span: Span, mentions: readonly EntityMention[]): EntityMention | undefined {
  return mentionsIn(mentions, span.start, span.end).find((m) => m.kind === 'organisation' && inBrackets(text, m, span.start, span.end));
}

function cleanName(raw: string): string {
  return raw
    .replace(/^《|》$/g, '')
    .replace(/^the\s+/, '')
    .replace(/['’]s$/, '')
    .trim();
}

export function findAttributions(text: string, sentence: Span, mentions: readonly EntityMention[], figures: readonly Quantity[] = []): Attribution[] {
  const s = text.slice(sentence.start, sentence.end);
  const out: Attribution[] = [];
  const inSentence = mentionsIn(mentions, sentence.start, sentence.end);
  const overlapsOther = (start: number, end: number) => inSentence.some((m) => m.kind !== 'organisation' && m.start < end && start < m.end);
  const add = (start: number, end: number, name: string, entity?: string, forward = false, reach?: { from?: number; until?: number }) => {
    if (!name || out.some((a) => a.start < end && start < a.end)) return;
    const phrase = reach ? undefined : nounPhraseCredit(text, sentence, { start, end }, figures);
    // ", per the WSJ," after a figure is an aside on the clause before it, not a credit opening the next one.
    const asideEnd = reach || forward ? undefined : cueAsideEnd(text, sentence, { start, end }, figures);
    // "…and told Bloomberg it expects…", 并对彭博社表示: the credit covers its own clause's figures (attributionScope.ts).
    const ahead = !reach && asideEnd === undefined && (forward || coordinatedVerbCredit(text, sentence, { start, end }) || creditsWhatFollows(text, sentence, { start, end }, figures) || (phrase !== undefined && 'forward' in phrase));
    const until = reach ? reach.until : (asideReach(text, sentence, { start, end }) ?? asideEnd);
    // "…$2 billion, and slides seen by Reuters projected $4 billion": no further back than its clause (laterClauseCredit.ts).
    const from = reach ? reach.from : phrase && 'from' in phrase ? phrase.from : ahead ? undefined : laterClauseStart(text, sentence, { start, end }, figures);
    out.push({ start, end, name, ...(entity ? { entity } : {}), ...(ahead ? { forward: true } : {}), ...(until !== undefined ? { until } : {}), ...(from !== undefined ? { from } : {}) });
  };
  // Known publishers with a cue on either side.
  for (const m of inSentence) {
    if (m.kind !== 'organisation') continue;
    const before = text.slice(Math.max(sentence.start, m.start - CUE_WINDOW), m.start);
    const after = text.slice(m.end, sentence.end);
    const zhBefore = ZH_BEFORE.test(before) && !ZH_PUBLISHED_BY_BEFORE.test(before.slice(-12));
    if (EN_BEFORE.test(before) || zhBefore || EN_AFTER.test(after) || ZH_AFTER.test(after) || ZH_PUBLISHES_AFTER.test(after)) {
      add(m.start, m.end, cleanName(text.slice(m.start, m.end)), m.entity);
    } else if (EN_CUE_ARTICLE_BEFORE.test(before) && EN_REPORT_NOUN_AFTER.test(after)) {
      // After its cue the credit reads as "according to Bloomberg" does, back or forward (attributionScope.ts).
      add(m.start, m.end, cleanName(text.slice(m.start, m.end)), m.entity);
    } else if (inBrackets(text, m, sentence.start, sentence.end)) {
      add(m.start, m.end, cleanName(text.slice(m.start, m.end)), m.entity, false, bracketReach(text, m, sentence, figures));
    } else if (EN_POSSESSIVE_FIGURE.test(after)) {
      add(m.start, m.end, cleanName(text.slice(m.start, m.end)), m.entity, true);
    }
  }
  // Titles in 《》 that no alias covers.
  for (const m of s.matchAll(ZH_TITLE)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (overlapsOther(start, end)) continue;
    const before = text.slice(Math.max(sentence.start, start - CUE_WINDOW), start);
    const after = text.slice(end, sentence.end);
    if ((ZH_BEFORE.test(before) && !ZH_PUBLISHED_BY_BEFORE.test(before.slice(-12))) || ZH_AFTER.test(after) || EN_BEFORE.test(before)) add(start, end, m[1].trim());
  }
  // Unknown capitalised names after press-style cues.
  for (const re of [EN_UNKNOWN_AFTER_CUE, EN_UNKNOWN_BEFORE_VERB, ZH_UNKNOWN_LATIN]) {
    for (const m of s.matchAll(re)) {
      const raw = m[1].replace(/\s+$/, '');
      const start = sentence.start + m.index + m[0].indexOf(m[1]);
      const end = start + raw.length;
      const name = cleanName(raw);
      const first = name.split(/\s+/)[0];
      if (NOT_A_NAME.has(first) || overlapsOther(start, end)) continue;
      add(start, end, name);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The attribution in the number's clause, else the nearest one before it in the sentence, else after. */
export function bindAttribution(q: Span, clause: Span, all: readonly Attribution[]): Binding<string> | undefined {
  const attributions = all.filter((a) => (!a.forward || a.end <= q.start) && (a.until === undefined || q.start < a.until) && (a.from === undefined || q.start >= a.from));
  if (attributions.length === 0) return undefined;
  const distance = (a: Attribution) => (a.end <= q.start ? q.start - a.end : a.start - q.end);
  const inClause = attributions.filter((a) => a.start >= clause.start && a.end <= clause.end);
  const nearest = (list: Attribution[]) => list.sort((a, b) => distance(a) - distance(b))[0];
  if (inClause.length > 0) {
    const a = nearest(inClause);
    return { value: a.name, how: 'explicit', span: { start: a.start, end: a.end } };
  }
  const before = attributions.filter((a) => a.end <= q.start);
  const a = before.length > 0 ? nearest(before) : nearest(attributions.filter((x) => x.start >= q.end));
  return a ? { value: a.name, how: 'sentence', span: { start: a.start, end: a.end } } : undefined;
}
