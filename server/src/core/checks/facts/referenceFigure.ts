/**
 * A figure the sentence sets up as the plan, range or expectation that the actual figure is measured
 * against is a reference value, not the actual figure: "priced at $40, below the $47-$55 range it had
 * marketed", "sold 37.5 million shares instead of 49 million", "$1.5 billion, down from about $2.7 billion
 * planned", "above expectations of $1.2 billion", "vs. the $8 billion it had sought", "低于此前预期的50亿元",
 * "原计划发行4900万股". Read against the actual figure's facts it is always "contradicted" (or another
 * period's, or out of date): the binder gave it the measure of the figure it is compared with. Such
 * verdicts stay information (findings.ts); a supported reading is kept.
 *
 * The shapes, all inside the figure's clause:
 * - a comparison word and a plan noun right before it ("below the marketed range of", "above expectations of",
 *   "short of its target of", 低于此前预期的, 高于市场预期的, 不及原计划的);
 * - a comparison word before it and a plan participle right after it ("below the $47-$55 range it had
 *   marketed", "vs. the $8 billion it had sought", "down from about $2.7 billion planned");
 * - "instead of", "rather than" right before it (the alternative the actual figure replaced), 而非, 而不是;
 * - a word of the original plan right before it: "originally planned", 原计划, 原定, 原本计划.
 * "down from $2.7 billion" alone (a previous level) and "expected $2.7 billion" alone (a forecast: judged
 * as guidance by forecastWording.ts) are not reference values.
 */
const HEDGE_EN = '(?:about|around|roughly|some|approximately|nearly|almost|an?\\s+estimated|~)';
const COMPARE_EN = '(?:below|above|under|beneath|short\\s+of|shy\\s+of|within|beyond|over|exceed(?:ed|ing|s)?|beat(?:ing|s)?|miss(?:ed|ing|es)?|topp(?:ed|ing)|tops?|than|versus|vs\\.?|compared\\s+(?:with|to)|against|from|at\\s+the\\s+(?:top|bottom|low|high|upper|lower)(?:\\s+end)?\\s+of)';
const PLAN_ADJ_EN = '(?:initial|original|originally|earlier|previous|prior|marketed|expected|indicated|proposed|planned|targeted|guided|consensus|analysts?[’\']?|street|wall\\s+street|own|its|their|the|an?|price|pricing|offering|ipo)';
const PLAN_NOUN_EN = '(?:range|expectations?|estimates?|forecasts?|consensus|target|plan|guidance|goal|projection)';
/** "below the marketed range of", "above expectations of about", "short of its target of". */
const NOUN_BEFORE_EN = new RegExp(`\\b${COMPARE_EN}\\s+(?:${PLAN_ADJ_EN}\\s+){0,4}${PLAN_NOUN_EN}\\s+(?:of|at|for)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
/** "instead of", "rather than", "not the" alternative the actual replaced. */
const INSTEAD_BEFORE_EN = new RegExp(`\\b(?:instead\\s+of|rather\\s+than)\\s+(?:the\\s+|an?\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i');
/** "originally planned", "had initially sought". */
const ORIGINAL_BEFORE_EN = new RegExp(`\\b(?:originally|initially)\\s+(?:planned|sought|targeted|expected|intended|marketed|aimed)(?:\\s+(?:to\\s+(?:raise|sell|spend|price|offer)|for|at))?\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
/**
 * A comparison word right before the figure: with a determiner ("below the", "vs. the": "over $5 billion",
 * "more than $5 billion" are hedges), or a word that is no hedge ("down from", "versus", "compared with").
 */
const COMPARE_BEFORE_EN = new RegExp(`(?:\\b${COMPARE_EN}\\s+(?:the|its|their)|\\b(?:from|versus|vs\\.?|compared\\s+(?:with|to)|against))\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
/**
 * Right after the figure, in its clause and before any other number: a few words (its subject, "had",
 * "originally") and a plan participle: "range it had marketed", "the bankers had marketed", "planned",
 * "it had sought". Not "expected to" (a forecast of what follows).
 */
const PARTICIPLE_AFTER_EN = /^(?:\s+[A-Za-z’'-]+){0,5}?\s+(?:planned|sought|targeted|marketed|expected|anticipated|forecast|budgeted|hoped\s+for|indicated|proposed|intended|guided|penciled\s+in|pencilled\s+in|set(?:\s+out)?|floated|pitched|offered|aimed\s+for|wanted)\b(?!\s+to\b)/i;

const COMPARE_ZH = '(?:低于|高于|不及|不到|超过|超出|少于|多于|好于|逊于|优于|略低于|略高于|远低于|远高于|比|较|相比|对比|相较于?|跌破|突破)';
const PLAN_ZH = '(?:此前|之前|原先|原本|原来|先前|早先|市场|分析师|华尔街|公司|招股书|发行)?(?:的)?(?:预期|预计|预测|计划|原计划|目标|指引|定价区间|发行价区间|招股价区间|招股区间|价格区间|区间|预估|一致预期)';
const HEDGE_ZH = '(?:约|大约|近|超过|逾|将近)?';
/** 低于此前预期的, 高于市场预期的, 不及原计划的, 较原定目标. */
const NOUN_BEFORE_ZH = new RegExp(`${COMPARE_ZH}[^，,。；;：:\\d]{0,6}?${PLAN_ZH}(?:的|为|中的)?\\s*${HEDGE_ZH}\\s*$`);
/** 而非, 而不是, 原计划, 原定, 原本计划, 原先计划 (the plan the actual replaced). */
const PLAN_BEFORE_ZH = new RegExp(`(?:而非|而不是|原计划|原定|原本计划|原先计划|原来计划|此前计划|计划中的|预期中的)[^，,。；;：:\\d]{0,8}?\\s*${HEDGE_ZH}\\s*$`);
/** 低于47至55美元的招股区间: the figure, then 的 and a plan noun. */
const COMPARE_BEFORE_ZH = new RegExp(`${COMPARE_ZH}\\s*${HEDGE_ZH}\\s*$`);
const NOUN_AFTER_ZH = /^\s*(?:的)?(?:此前|原先|原)?(?:预期|计划|目标|指引|定价区间|发行价区间|招股价区间|招股区间|价格区间|区间)/;

const CLAUSE_BREAK = /[;；。!?！？]/;

/** The figure spanning [start, end) of `sentenceText` is a plan, range or expectation the actual figure is compared with. */
export function figureIsReference(sentenceText: string | undefined, start: number, end: number): boolean {
  if (sentenceText === undefined || start < 0) return false;
  const before = clauseBefore(sentenceText.slice(Math.max(0, start - 80), start));
  const after = sentenceText.slice(end, end + 50).split(/[,，;；。.:：\d]/)[0];
  if (NOUN_BEFORE_EN.test(before) || INSTEAD_BEFORE_EN.test(before) || ORIGINAL_BEFORE_EN.test(before)) return true;
  if (COMPARE_BEFORE_EN.test(before) && PARTICIPLE_AFTER_EN.test(after)) return true;
  if (NOUN_BEFORE_ZH.test(before) || PLAN_BEFORE_ZH.test(before)) return true;
  return COMPARE_BEFORE_ZH.test(before) && NOUN_AFTER_ZH.test(after);
}

function clauseBefore(text: string): string {
  const parts = text.split(CLAUSE_BREAK);
  return parts[parts.length - 1];
}
