/**
 * How far a credit reaches. A credit that opens a clause vouches for what follows it: "据彭博社统计，
 * 累计投资约130亿美元", "According to Reuters, …", "The FT reported that …", "彭博社称，…". Figures
 * written before it in the sentence are the writer's own (or another source's): "微软首次投资10亿美元，
 * …；据彭博社统计，累计约130亿美元" does not credit Bloomberg with the $1B. A credit with no figure
 * after it is an afterthought and looks back as before ("…$5B, according to Reuters.", "…，彭博社称。"),
 * and so is an English name and verb set off by commas ("raised $750M, Bloomberg reported, more than
 * double…"): the aside credits the clause before it. (A Chinese 称， introduces what follows.)
 */
import type { Quantity, Span } from '../model';
import { scanPeriods } from './periods';

/** Where a clause may begin: after a comma, semicolon, colon or dash (both widths). */
const CLAUSE_BREAK = /[,;，；:：—―]|\s[-–]\s/g;
/** The cue in front of the name, which belongs to the credit ("according to", "per", 据, 根据). */
const CUE_BEFORE = /(?:(?<![A-Za-z])(?:according to|per|citing|based on|(?:first |originally )?reported by|(?:data|figures|estimates|numbers|research|a report|reporting) (?:from|by))(?:\s+(?:the|an|a))?|据|根据|援引|引述)\s*$/i;
/** Words that join a clause to the one before without being part of what it says. */
const CONNECTIVE = /^(?:and|but|yet|so|meanwhile|however|separately|also|then|而|但|但是|另|另外|此外|不过|同时|并且|而且|又)?$/i;

/** An English reporting verb right after the name, then a comma: "…, Bloomberg reported, …". */
const EN_ASIDE = /^\s*(?:[a-z]+\s+){0,2}?(?:reported|reports|said|says|estimated|estimates|wrote|writes|noted|notes|found|finds|calculated|calculates|reckons|reckoned|stated|states|claimed|claims)\s*,/i;

/** The credit whose name starts at `nameStart` opens its clause (only its cue and a connective before it). */
export function opensClause(text: string, sentence: Span, nameStart: number): boolean {
  const before = text.slice(sentence.start, nameStart);
  let clauseStart = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) {
    // Grouping commas sit between digits: "150,000" does not begin a clause.
    if (m[0] === ',' && /\d/.test(before[m.index - 1] ?? '') && /\d/.test(before[m.index + 1] ?? '')) continue;
    clauseStart = m.index + m[0].length;
  }
  // A title mark or quote opening the name ("据《环球邮报》") belongs to the name.
  // So does the name's own article: "; the Financial Times put …" opens its clause as "; Reuters put …" does.
  const lead = before.slice(clauseStart).replace(/[《“"「]\s*$/, '').replace(CUE_BEFORE, '').replace(/(?:^|\s)the\s*$/i, '').trim();
  return CONNECTIVE.test(lead) || CONNECTIVE.test(withoutFrontedTime(lead));
}

/** A preposition or adverb that carries a fronted date ("in March 2024", "later that year", 随后). */
const TIME_PREPOSITION = /\b(?:in|on|by|during|as\s+of|at|later|earlier|then|that|since)\b|随后|之后|后来|同年|当年/gi;

/**
 * The lead of a clause without a fronted time adverbial and the name's own article: "and in March 2024
 * the Globe and Mail reported …", "而2024年3月彭博社报道…". A date set before the subject only places
 * the clause in time; the credit still opens its clause and governs what follows it, not an earlier
 * coordinated clause. Whatever else stands there (a subject, a verb) is left, so the credit does not open.
 */
function withoutFrontedTime(lead: string): string {
  const noArticle = lead.replace(/(?:^|\s)the$/i, '');
  const dates = scanPeriods(noArticle, { start: 0, end: noArticle.length }, {});
  if (dates.length === 0) return lead;
  let rest = noArticle;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  return rest.replace(TIME_PREPOSITION, ' ').replace(/\s+/g, ' ').trim();
}

/** A figure (not a bare number, which may be a day or a year) follows `from` in the sentence. */
function figureAfter(figures: readonly Quantity[], from: number, sentence: Span): boolean {
  return figures.some((q) => q.start >= from && q.end <= sentence.end && q.kind !== 'number');
}

/** The credit at `name` covers only the figures after it: it opens its clause and a figure follows. */
export function creditsWhatFollows(text: string, sentence: Span, name: Span, figures: readonly Quantity[]): boolean {
  if (EN_ASIDE.test(text.slice(name.end, sentence.end))) return false;
  return opensClause(text, sentence, name.start) && figureAfter(figures, name.end, sentence);
}

/**
 * A credit that a coordinated verb clause brings in covers that clause only: "Scale AI raised $1 billion at
 * about $14 billion and told Bloomberg it expects ARR of $1.4 billion", "…and said to Reuters that…",
 * "…估值约140亿美元，并对彭博社表示…": the figures of the clause before are the writer's (or another
 * source's); what the subject told the publisher follows the name. So the credit reaches forward only.
 */
const EN_COORDINATED_TOLD = /(?<![A-Za-z])(?:and|but|then|before|after)\s+(?:(?:later|also|then|separately)\s+)?(?:told|telling|said\s+to|explained\s+to|confirmed\s+to)\s+(?:the\s+)?$/i;
const ZH_COORDINATED_TOLD = /(?:并|并且|还|又|随后|同时|且)(?:在[^，,。；;]{0,6})?(?:对|向|接受)\s*[《“]?$/;

export function coordinatedVerbCredit(text: string, sentence: Span, name: Span): boolean {
  const before = text.slice(Math.max(sentence.start, name.start - 40), name.start);
  return EN_COORDINATED_TOLD.test(before) || ZH_COORDINATED_TOLD.test(before);
}

/** A new statement after an aside: a semicolon, or "while" / "whereas" / "but" opening another clause. */
const NEXT_STATEMENT = /[;；]|,?\s+(?:while|whereas|but)\s/i;

/**
 * How far an English aside credit ("…, Bloomberg reported, …") reaches past itself: to the next
 * statement ("…, Bloomberg reported, while xAI raised $6B…" does not credit Bloomberg with xAI's
 * figure, another subject's news). Undefined when the credit is no aside or nothing new follows.
 */
export function asideReach(text: string, sentence: Span, name: Span): number | undefined {
  const aside = EN_ASIDE.exec(text.slice(name.end, sentence.end));
  if (!aside) return undefined;
  const from = name.end + aside[0].length;
  const next = NEXT_STATEMENT.exec(text.slice(from, sentence.end));
  return next ? from + next.index : undefined;
}

/**
 * A cue and name set off by commas after a figure: "Google's deal paid roughly $2.7 billion, per the WSJ,
 * and bought investors out at a $2.5 billion valuation". The aside closes the clause before it, which is
 * what it vouches for; the next coordinated clause is the writer's again. Returns where the aside ends
 * (its second comma), or undefined when the credit is no such aside or no figure comes before it.
 */
const EN_CUE_ASIDE_BEFORE = /,\s*(?:according to|per|citing|(?:as\s+)?reported by)\s+(?:the\s+)?$/i;
const EN_CUE_ASIDE_AFTER = /^(?:['’]s)?(?:\s+(?:report|reporting|data|figures|estimates?|count|tally))?\s*,/i;

export function cueAsideEnd(text: string, sentence: Span, name: Span, figures: readonly Quantity[]): number | undefined {
  // A bounded window before the name keeps the end-anchored pattern linear on long sentences.
  if (!EN_CUE_ASIDE_BEFORE.test(text.slice(Math.max(sentence.start, name.start - 40), name.start))) return undefined;
  const after = EN_CUE_ASIDE_AFTER.exec(text.slice(name.end, Math.min(sentence.end, name.end + 40)));
  if (!after) return undefined;
  if (!figures.some((q) => q.end <= name.start && q.start >= sentence.start && q.kind !== 'number')) return undefined;
  return name.end + after[0].length;
}

/**
 * A credit inside the noun phrase of one figure is that figure's, not the sentence's: "超过《某报》统计的
 * 那一年融资总额（73亿美元）" credits only what follows it (its phrase's figure), and "the $7.3 billion total
 * Reuters reported" only the figure that heads it. The $13 billion the sentence set against it is another
 * source's (or the writer's). Returns `forward` for a Chinese credit that modifies what follows it, or
 * `from`, where an English credit's phrase begins; undefined for any other credit.
 */
const ZH_MODIFIER_CREDIT = /^\s*(?:所)?(?:统计|估算|测算|估计|报道|公布|给出|披露|计算|汇总)的/;
/** Between a figure and the name of the publisher that counted it: a noun or two, "that", "the". */
const EN_HEAD_GAP = /^\s+(?:[a-z][a-z-]*\s+){0,2}(?:that\s+|which\s+)?(?:the\s+)?$/;
/** The reporting verb after the name does not open a clause of its own ("Reuters reported that …", "…, Reuters said, …"). */
const EN_CLAUSE_AFTER_VERB = /^(?:['’]s)?\s*\S+\s*(?:that\b|,)/i;

export function nounPhraseCredit(text: string, sentence: Span, name: Span, figures: readonly Quantity[]): { forward: true } | { from: number } | undefined {
  if (ZH_MODIFIER_CREDIT.test(text.slice(name.end, sentence.end))) return { forward: true };
  const head = figures.filter((q) => q.end <= name.start && q.start >= sentence.start && q.kind !== 'number').at(-1);
  if (!head || !EN_HEAD_GAP.test(text.slice(head.end, name.start)) || EN_CLAUSE_AFTER_VERB.test(text.slice(name.end, sentence.end))) return undefined;
  return { from: head.start };
}

/**
 * A figure the credited statement takes as given is not what the source reports: "Bloomberg reckoned the
 * 3 points of a year ago were worth about $400 million" credits Bloomberg with the worth, not the 3
 * points, a figure already known that the definite article points back at. So in English, a figure right
 * after a definite determiner (the, its, their, these, those) whose noun phrase is the subject of a verb
 * after it ("were", "is", "would"...), with no other figure or clause break in between; in Chinese, a
 * figure right after a demonstrative (这, 那, 该, 上述, 前述, 此), which always points back. So does an
 * English "these" or "those", with or without an ordinal between ("put the spending behind those first
 * three points at $400 million"): a demonstrative points at figures already stated, whatever its role.
 */
const EN_DEFINITE_BEFORE = /(?<![A-Za-z])(?:the|its|their|these|those)\s+$/i;
const EN_SUBJECT_OF = /^[^,;:.，；：。\d$€£¥]{0,40}?(?<![A-Za-z])(?:was|were|is|are|would|will|could|might|may|had|has|have)(?![A-Za-z])/i;
const ZH_DEMONSTRATIVE_BEFORE = /(?:这|那|该|上述|前述|此)(?:些)?\s*$/;
const EN_DEMONSTRATIVE_BEFORE = /(?<![A-Za-z])(?:these|those)\s+(?:(?:first|last|next|other|same|two|three|four|five)\s+)?$/i;

/**
 * The base of the writer's own comparison is given as well: the credited source reports the new figure,
 * the old one is what the writer measures it against ("…估值约150亿美元，是一年前41亿美元的约3.7倍",
 * "比一年前的41亿美元增长了…", "valued at $15 billion, up from $4.1 billion", "versus $4.1 billion a year
 * earlier", "compared with $4.1 billion"). The figure of "X的N倍" is the base of the multiple; one after 比
 * is a base only when a word of change follows it ("比上轮高出40亿美元" states the difference).
 */
const ZH_MULTIPLE_BASE_AFTER = /^\s*的\s*(?:约|近|逾|超过|将近|大约)?\s*[\d.一二两三四五六七八九十百半]+\s*倍/;
const ZH_THAN_BEFORE = /比\s*[^，,。；;：:！？!?\d]{0,8}$/;
const ZH_CHANGE_AFTER = /^\s*(?:增长|增加|上涨|上升|提高|高出|高|多|低|少|下降|下滑|减少|翻)/;
const EN_BASE_BEFORE = /(?<![A-Za-z])(?:(?:up|down)\s+(?:[\w%.]+\s+){0,2}from|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?:about|around|roughly|nearly|some|just|only)\s+)?(?:the\s+)?$/i;

/**
 * English "X的N倍": the figure a fraction is taken of ("about one ninetieth of OpenAI's $2 billion", "a
 * tenth of its $60 billion") or a multiple is "as much as" is the base the writer measures against, given,
 * not what the credited source reports. Not a bare "27 times the $1.6 billion of revenue …, according to
 * Bloomberg": there the afterthought credit vouches for the whole clause, base included (a corpus label).
 */
const EN_MULTIPLE_BASE_BEFORE = /(?<![A-Za-z])(?:(?:times|twice)\s+as\s+(?:much|large|big)\s+as|(?:half|(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|[a-z]+ieth|hundredth|thousandth)s?)\s+of)\s+(?:(?:the|its|their)\s+|[A-Z][\w.&-]*['’]s\s+)?(?:(?:about|around|roughly|nearly|some)\s+)?$/;

function comparisonBase(text: string, before: string, q: Span, sentence: Span): boolean {
  if (EN_BASE_BEFORE.test(before) || EN_MULTIPLE_BASE_BEFORE.test(before)) return true;
  const after = text.slice(q.end, Math.min(sentence.end, q.end + 16));
  return ZH_MULTIPLE_BASE_AFTER.test(after) || (ZH_THAN_BEFORE.test(before) && ZH_CHANGE_AFTER.test(after));
}

/**
 * A figure inside a fronted time adverbial is an earlier event the main clause is dated against: "A year
 * after its $1 billion round at about $14 billion, Meta paid $14.3 billion for 49%, per Reuters", "Two
 * months after raising $6 billion, …", "继以140亿美元估值融资10亿美元一年后，…". The credit at the end of
 * the main clause vouches for the main clause, not for the background it opens with. The adverbial runs
 * from the sentence's start (a bold list label before it aside) to a comma after the figure, with no other
 * clause break in it; not when a reporting verb inside it credits its own figure ("After Reuters reported
 * a $5 billion round, …").
 */
const EN_FRONTED_TIME = /^[\s*_-]*(?:\*\*[^*]{1,60}\*\*\s*)?(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|a\s+few|some)\s+(?:days?|weeks?|months?|quarters?|years?)|shortly|soon|just|only|not\s+long|days|weeks|months|years)\s+)?(?:after|since|following|before)\s+[^,;:—.]*$/i;
const ZH_FRONTED_TIME = /^[\s*_-]*(?:\*\*[^*]{1,30}\*\*\s*)?(?:在|继|自从|自)[^，,；;：:。]*$/;
const ZH_FRONTED_TIME_END = /^[^，,。；;：:]{0,24}?(?:之?后|以来)[^，,。；;]{0,6}[，,]/;
const FRONTED_REPORTING = /(?<![A-Za-z])(?:reported|reports|said|says|according|per|told|estimated|wrote)(?![A-Za-z])|报道|表示|称|据|援引/i;

function frontedTimeFigure(text: string, sentence: Span, q: Span): boolean {
  if (q.start - sentence.start > 160) return false;
  const lead = text.slice(sentence.start, q.start);
  const after = text.slice(q.end, Math.min(sentence.end, q.end + 160));
  const en = EN_FRONTED_TIME.test(lead) && /^[^;；:：—.。]*?,/.test(after);
  const zh = ZH_FRONTED_TIME.test(lead) && ZH_FRONTED_TIME_END.test(after);
  if (!en && !zh) return false;
  const adverbial = lead + after.slice(0, after.search(/[,，]/));
  return !FRONTED_REPORTING.test(adverbial);
}

export function givenFigure(text: string, sentence: Span, q: Span): boolean {
  if (frontedTimeFigure(text, sentence, q)) return true;
  // The determiner stands right before the figure: a bounded window keeps a long sentence linear.
  const before = text.slice(Math.max(sentence.start, q.start - 40), q.start);
  if (ZH_DEMONSTRATIVE_BEFORE.test(before) || EN_DEMONSTRATIVE_BEFORE.test(before)) return true;
  if (comparisonBase(text, before, q, sentence)) return true;
  return EN_DEFINITE_BEFORE.test(before) && EN_SUBJECT_OF.test(text.slice(q.end, sentence.end));
}
