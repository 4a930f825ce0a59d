/**
 * A price is a rate; what a stated amount of work costs is a total. A money figure written without a
 * denominator is read per the unit its metric's facts are priced in ("$10" for $10 per million input
 * tokens: factMatch.perFits), unless its own words frame it as the cost of one job:
 *
 * - a spending or summing word governs it: "spent $1.60", "$1.60 in total", 花1.6美元, 花了, 总共, 合计;
 * - its subject is a definite part of one job with a verb of cost: "the input costs $1.60" (a price list
 *   says "input costs $10", "GPT-4o's output is $10", "the output price is $10");
 * - it shares the verb of such a figure just before it: "the input costs $1.60 and the output six cents",
 *   "输入花1.6美元，输出6美分";
 * - its sentence states the size of the job: an amount of the priced unit that is no denominator
 *   ("160,000 tokens of input cost $1.60", "输入16万个token花1.6美元", "100 million input tokens");
 * - it is an item of a list whose lead line states that size once for every item ("A bot using 100
 *   million input tokens a month:", "假设每月消耗1亿输入token：", then "- On GPT-4: input $3,000"): price
 *   times volume is a bill, never a unit price. A lead's "per million tokens" is a denominator, as in a
 *   sentence, and leaves its list's items prices.
 *
 * - it stands in a table column whose header names a total rather than a rate: "Monthly cost at our load",
 *   "Annual bill", "Total spend", "Budget", "Savings", 月度费用, 总成本, 预算. The header names the column's
 *   measure, whatever a caption or heading above says the table lists ("List prices (per million tokens)").
 *
 * Such a figure is the job's cost, which no per-unit fact decides: it is not judged at all (a rate framed
 * as one, "$30 per million tokens", or "$0.06 per thousand" after it, still is).
 */
import type { Claim, Fact, Quantity } from '../../model';
import type { JudgeContext } from './judgement';
import { documentTables } from '../../bind/tables';
import { LEXICON } from '../../recognize/lexicon';

/** Right before the figure: a verb of spending or a word of summing ("spent about", 花了约, 总共). */
const SPENT_BEFORE = /(?:\b(?:spends?|spent|spending|totals?|totalled|totaled|totalling|totaling)\b(?:\s+(?:of|to|just|only|about|roughly|around|some|nearly|under|over|less than|more than))*|花(?:了|掉|费了?)?|耗费了?|总共|一共|合计|共计|总计|总花费)\s*(?:约|大约|大概|不到|仅|只|近|才)?\s*$/i;
/** Right after the figure: "in total", "all told" (总共, 一共 stand before it). */
const SPENT_AFTER = /^\s*(?:in total|in all|all told|altogether|total)\b/i;
/**
 * "the input costs", "the summary comes to": a definite part of one job as the subject of a verb of
 * cost. Not "the input price", "the input tokens" (the priced thing), nor "the input is $10" (a list).
 */
const DEFINITE_PART_BEFORE = /\bthe\s+(?:input|output|prompt|completion|response|answer|summary|request|query|job|run)\s+(?:(?:alone|itself)\s+)?(?:(?:would|will|should|might)\s+)?(?:costs?|comes?\s+to|runs?(?:\s+to)?|adds?\s+up\s+to)\s+(?:just|only|about|roughly|around|some|nearly|under|over|a little over|less than|more than)?\s*$/i;
/** A column header naming a total: a bill, spend, budget, savings, or a cost over a time or a load. */
const TOTAL_HEADER_EN = /\b(?:bills?|spend(?:ing)?|totals?|budgets?|savings?|outlays?|expenses?|expenditures?|invoices?|(?:monthly|annual|yearly|daily|weekly|quarterly)\s+(?:costs?|charges?|fees?)|costs?\s+(?:at|for|of|per\s+(?:month|year|day|week|quarter)|a\s+(?:month|year|day))|costs?\s*\/\s*(?:mo|month|yr|year))\b/i;
const TOTAL_HEADER_ZH = /费用|月费|年费|总成本|月成本|年成本|总价|总额|合计|账单|预算|节省|支出|花费|开销|(?:每月|每年|月度|年度)(?:成本|花费)/;
/** A denominator keeps the header a rate: "Cost per 1M tokens", "Total ($/1M)", "每百万token费用". */
const RATE_HEADER = /\b(?:per|for)\s+(?:1\s*[MK]\b|1,000|one\s+million|a\s+million|million|thousand|tokens?\b|units?\b|GPUs?\b|shares?\b|hours?\b)|\/\s*(?:1\s*[MK]\b|M\b|K\b|tokens?\b|百万|千)|每\s*(?:百万|千|万|个)?\s*(?:token|tokens|千|百万)/i;

/** A table column header naming a total, not a per-unit rate ("Monthly cost at our load", 月度费用). */
export function headedAsTotal(header: string | undefined): boolean {
  if (header === undefined || RATE_HEADER.test(header)) return false;
  return TOTAL_HEADER_EN.test(header) || TOTAL_HEADER_ZH.test(header);
}

/**
 * A money cell with no denominator under a header naming a total, for a metric priced per unit (some fact
 * of it, for any party, has a denominator that is not a span of time): `metricFacts`. `contextText` is the block's checked text
 * (JudgeContext.contextText), where a table cell finds its column header.
 */
export function inTotalColumn(claim: Claim, metricFacts: readonly Fact[], contextText: string | undefined): boolean {
  const q = claim.quantity;
  // Priced per unit of work (tokens, GPUs), not a rate per month or day: revenue "per month" is no unit price.
  if (q.kind !== 'money' || q.per || !metricFacts.some((f) => f.per && !TIME_UNIT.test(f.per.unit))) return false;
  return headedAsTotal(columnHeaderOf(claim, contextText));
}

/** The text of the header of the table column the claim's figure stands in, if it stands in a table. */
export function columnHeaderOf(claim: Claim, contextText: string | undefined): string | undefined {
  const header = contextText === undefined ? undefined : documentTables(contextText).cellAt(claim.quantity.start)?.header;
  return header && contextText!.slice(header.start, header.end);
}

/** A count right after "per", "every", 每 is a denominator, not the size of a job. */
const PER_BEFORE = /(?:\b(?:per|every|each|a|an)\s*|\/\s*|每\s*(?:个)?\s*)$/i;

/** "two months after launch": a stretch of time is no amount of work, even for a monthly price. */
const TIME_UNIT = /^(?:day|week|month|quarter|year)s?$/i;

const WINDOW = 60;
/** Between the two figures of a gapped pair: a short conjunct with no clause break and no denominator. */
const GAPPED = /^[^.;。；!?！？]{0,40}$/;

/** Whether the claim's figure, written with no denominator, is framed as the cost of a stated job. */
/** `sentenceQuantities`: the figures of `sentenceText` as the block stage read them (JudgeContext.sentenceQuantities). */
/** `lead`: the lead line of the list the claim stands in, if any (JudgeContext.lead). */
export function writtenAsJobCost(claim: Claim, perUnitFacts: readonly Fact[], sentenceText: string | undefined, sentenceQuantities: readonly Quantity[] = [], lead?: JudgeContext['lead']): boolean {
  const q = claim.quantity;
  if (q.kind !== 'money' || q.per || sentenceText === undefined) return false;
  const units = new Set(perUnitFacts.flatMap((f) => (f.per ? [singular(f.per.unit)] : [])));
  if (units.size === 0) return false;

  const at = q.start - claim.sentence.start;
  if (framedAsCost(sentenceText, at, q.text.length) || perOtherUnit(sentenceText, at, q.text.length, units)) return true;
  const others = sentenceQuantities;
  if (others.some((o) => isJobSize(o, sentenceText, units))) return true;
  if (lead && lead.quantities.some((o) => isJobSize(o, lead.text, units))) return true;
  // "输入花1.6美元，输出6美分", "spent $1.60 on input and six cents on output": the second of a pair shares the first's verb.
  const previous = others.filter((o) => o.kind === 'money' && o.end <= at).pop();
  return previous !== undefined && !previous.per && GAPPED.test(sentenceText.slice(previous.end, at)) && framedAsCost(sentenceText, previous.start, previous.text.length);
}

function framedAsCost(sentenceText: string, at: number, length: number): boolean {
  const before = sentenceText.slice(Math.max(0, at - WINDOW), at);
  const after = sentenceText.slice(at + length, at + length + WINDOW);
  return SPENT_BEFORE.test(before) || SPENT_AFTER.test(after) || DEFINITE_PART_BEFORE.test(before);
}

/**
 * "160,000 tokens of input", "16万个token", "100 million input tokens", "1亿输入token": an amount of a
 * priced unit that no "per"/每 makes a denominator. The recogniser attaches a unit right after the number
 * only; a unit named with its part ("input tokens", 输入token) is read here from the words after it.
 */
function isJobSize(o: Quantity, text: string, units: ReadonlySet<string>): boolean {
  const unit = o.kind === 'count' && o.unit ? o.unit : o.kind === 'number' || o.kind === 'count' ? unitWordAfter(text.slice(o.end, o.end + 24)) : undefined;
  if (!unit || TIME_UNIT.test(unit) || !units.has(singular(unit))) return false;
  return !PER_BEFORE.test(text.slice(Math.max(0, o.start - 12), o.start));
}

/**
 * The priced unit a bare number counts, named by the lexicon's word right after it ("input tokens", 个输入token),
 * or by both its sides ("1 million input and output tokens", 100万输入和输出token: the job uses that many of each).
 */
function unitWordAfter(after: string): string | undefined {
  const m = UNIT_WORD_AFTER.exec(after) ?? UNIT_WORD_AFTER.exec(after.replace(COORDINATED_SIDE, ''));
  return m ? PER_UNIT_WORDS.get(singular(m[1].replace(/\s+/g, ' '))) : undefined;
}

function singular(unit: string): string {
  return unit.toLowerCase().replace(/s$/, '');
}

/** Every word the recogniser reads as a price denominator, by the unit it names ("chip" → GPU). */
const PER_UNIT_WORDS = new Map(LEXICON.perUnits.flatMap((u) => [...u.en, ...u.zh].map((w) => [w.toLowerCase(), singular(u.unit)] as const)));
const PRICED_UNITS = new Set(PER_UNIT_WORDS.values());
/** One of those words right after a number (longest first), with 个 between in Chinese; an English word must end there. */
const UNIT_WORD_AFTER = new RegExp(
  `^\\s*个?\\s*(${[...PER_UNIT_WORDS.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+') + (/[a-z]$/i.test(w) ? 's?\\b' : '')).join('|')})`,
  'i',
);
/**
 * The words that name a side of a priced unit in the lexicon ("input" of "input token", 输入 of 输入token),
 * and one of them joined to the next by a conjunction, right after a number: "input and ", 输入和, 输入/.
 */
const SIDE_WORDS = [...PER_UNIT_WORDS].flatMap(([w, unit]) =>
  [...PER_UNIT_WORDS].filter(([b, u]) => u === unit && b !== w && w.endsWith(b)).map(([b]) => w.slice(0, -b.length).trim()).filter((side) => side.length > 1),
);
const COORDINATED_SIDE = new RegExp(`^\\s*个?\\s*(?:${[...new Set(SIDE_WORDS)].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*(?:和|与|及|加|、|/|\\+|&|(?:and|or|plus)\\s)\\s*`, 'i');
/** The Chinese denominators, found inside a longer noun ("每块GPU" → GPU). */
const ZH_UNIT_WORDS = [...PER_UNIT_WORDS.keys()].filter((k) => /[\u4e00-\u9fff]/.test(k));
/** "$30 per dense BF16 teraflop", "每瓦0.5美元": a denominator of up to four words right after "per", or after 每 before the figure. */
const PER_AFTER = /^\s*per\s+((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)/i;
const PER_BEFORE_ZH = /每\s*([A-Za-z\u4e00-\u9fff]{1,8}?)\s*(?:约|大约|仅|只要)?\s*$/;
/**
 * "Per dense TFLOP, an H100 costs about $25": a denominator fronted before the sentence's comma prices the
 * figures after it, except one a priced item is "at" ("an H100 at $25,000" is that item's own price).
 */
const PER_FRONTED = /^[\s*_>-]*per\s+((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)\s*,/i;
const ITEM_AT_BEFORE = /\bat\s+(?:about\s+|around\s+|roughly\s+)?$/i;
/**
 * What keeps a denominator one of the priced units: an amount ("per million"), a head noun that names a
 * product ("per H100", "per Blackwell"). An abbreviation in capitals with no digit ("per TFLOP", "per GPU")
 * is a unit word, read against the lexicon's units like any other.
 */
const AMOUNT = /^(?:\d[\d.,]*[kKmM]?|thousand|million|billion|hundred|one|single)$/i;
const PRODUCT = /\d|^[A-Z][a-z]/;
/** Words for one item of hardware the lexicon does not list as a denominator: still the unit priced. */
const ONE_ITEM = /^(?:cards?|accelerators?|boards?|modules?|pieces?|items?|devices?)$/i;
const PHRASE_STOP = /^(?:at|in|for|on|of|and|or|with|by|from|to|than|versus|vs\.?)$/i;

/**
 * A price of another unit: "$30 per dense BF16 teraflop" is what a teraflop costs, not the GPU's price, and
 * no per-GPU fact decides it. Only when every fact of the metric is priced in a unit the recogniser knows
 * (GPU, token, share, month…) and the written denominator names none of them: no amount, no product name,
 * no word of those units (a unit it does not know, "per gigawatt", may be a fact's own and stays judged).
 * The denominator may be written after the figure or fronted before the sentence's first comma (PER_FRONTED).
 */
function perOtherUnit(sentenceText: string, at: number, length: number, units: ReadonlySet<string>): boolean {
  if (![...units].every((u) => PRICED_UNITS.has(u))) return false;
  const fronted = PER_FRONTED.exec(sentenceText.slice(0, at));
  const after = PER_AFTER.exec(sentenceText.slice(at + length, at + length + WINDOW)) ?? (fronted && !ITEM_AT_BEFORE.test(sentenceText.slice(Math.max(0, at - 16), at)) ? fronted : null);
  const zh = after ? null : PER_BEFORE_ZH.exec(sentenceText.slice(Math.max(0, at - 12), at));
  // The denominator's noun phrase ends before a preposition or conjunction; its last word is the head noun.
  const phrase = after ? after[1].split(/\s+/) : zh ? [zh[1]] : [];
  const stop = phrase.findIndex((w) => PHRASE_STOP.test(w));
  const words = stop < 0 ? phrase : phrase.slice(0, stop);
  if (words.length === 0 || PRODUCT.test(words[words.length - 1]) || words.some((w) => AMOUNT.test(w))) return false;
  return !words.some((w) => PER_UNIT_WORDS.has(singular(w)) || ONE_ITEM.test(w) || ZH_UNIT_WORDS.some((k) => w.includes(k)));
}
