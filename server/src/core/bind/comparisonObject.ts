/**
 * The object of a comparison is not the subject of the figures compared with it. In "the H200 raises
 * memory to 141 GB at 4.8 TB/s, 43% more bandwidth than the H100" both figures are the H200's: the
 * H100 is only what they are measured against ("than the H100", "versus the A100", "compared with",
 * 比H100, 相比A100, 较A100, 与A100相比). Nearness must not hand the figure to it.
 *
 * A multiple names its yardstick the same way: "its input price is 25 times Claude 3.5 Sonnet's",
 * "2.3x the H100", "twice Sonnet's", "是Claude的25倍": the name measured against owns none of the
 * sentence's other figures. (Not yet a fraction, "half of AMD's": a subject the base does not know may
 * stand before it, and the arithmetic check reads the binding as it is.)
 *
 * Unless the figure is the object's own, written right after it: "than the H100's 3.35 TB/s",
 * "versus the H100 at 3.35 TB/s", "比H100的3.35TB/s", "比H100同期的…", "than the H100 (3.35 TB/s)". Then the object
 * stays a candidate, and the usual subject rules decide as before.
 */
import type { Span } from '../model';

/** Right before a compared name: the word that makes it the object of a comparison. */
const COMPARED_BEFORE_EN =
  /(?:(?<![A-Za-z])(?:than|versus|vs\.?|compared (?:with|to)|relative to|in comparison (?:with|to)|times|twice|thrice)|\d\s*[x×])\s+(?:(?:the|an?|its|their)\s+)?(?:(?:previous|prior|older|earlier|outgoing|predecessor)\s+)?$/i;
/**
 * "…约合2.23亿元，低于智谱同年的3.12亿元", "高于AMD的…": a comparative verb of more or less (低于, 高于, 不及,
 * 少于, 多于, 逊于, 超出) takes the name after it as its yardstick, like 比: the figure before is the
 * subject's (session 30, h-fa30zh).
 */
const COMPARED_BEFORE_ZH = /(?:比照|比|相比(?:于)?|相较(?:于)?|较之?|对比|(?:略|远|明显|仍|也|均)?(?:低于|高于|不及|少于|多于|逊于|超出))\s*$/;
/** Around a compared name in Chinese: "与A100相比", "和H100相较". */
const COMPARED_AROUND_ZH_BEFORE = /(?:与|和|跟|同)\s*$/;
const COMPARED_AROUND_ZH_AFTER = /^\s*(?:相比|相较|比较|对比)/;
/** "是Claude的25倍", "为H100的两倍": the name a multiple is taken of. */
const MULTIPLE_OF_BEFORE_ZH = /(?:是|为|相当于|达到|达)\s*$/;
const MULTIPLE_OF_AFTER_ZH = /^\s*的\s*(?:近|约|超过|逾|将近|接近|大约)?\s*(?:[\d.]+|[一二三四五六七八九十两百千]+)\s*(?:多)?倍/;
/**
 * "约为智谱同年收入的71%", "是英伟达营收的三成": the name a share is taken of, its measure (and its year)
 * between. The percent is the later figure's; the name owns none of the figures before it.
 */
const SHARE_OF_AFTER_ZH = /^\s*[^，,。；;：:\d]{0,8}?的\s*(?:近|约|超过|逾|将近|接近|大约)?\s*[\d.]+\s*[%％]/;

/** Between the compared name and a figure that is its own: a possessive, "at"/"with", a bracket. */
const OWN_FIGURE_GAP = /^\s*(?:['’]s?|(?:同年|同期|当年|同季度?|同月|全年|去年|今年|\d{4}年)?的)\s*(?:[\p{L}-]+\s*){0,3}$|^\s*(?:at|with|of)\s+(?:(?:about|around|roughly|nearly|just|only)\s+)?$|^\s*[(（]\s*$/u;

/** The mention is what the sentence compares with, and `figure` is not its own (see above). */
export function isComparisonObject(text: string, mention: Span, figure: Span): boolean {
  if (!introducedAsCompared(text, mention)) return false;
  const ownFigure = figure.start >= mention.end && OWN_FIGURE_GAP.test(text.slice(mention.end, figure.start));
  return !ownFigure;
}

/**
 * A period is compared with the same way: "以2万亿美元市值对比2024财年净利润500亿美元", "a $2 trillion value
 * compared with fiscal 2024 net income of $50 billion" (session 31, h-fa31d). The period after 对比/相比/
 * 比照/compared with is the yardstick's, written for the figure after it; the figure before the comparison
 * is not of that period (here it may have none of its own). A figure after the period keeps it.
 */
export function isComparedPeriodAfter(text: string, mention: Span, figure: Span, mentions: readonly Span[]): boolean {
  if (mention.start < figure.end) return false;
  // "compared with fiscal 2024 fourth-quarter revenue": the comparison word stands before the first of
  // the period's adjacent pieces.
  let first = mention;
  for (let prev = adjacentBefore(text, first, mentions); prev && prev.start >= figure.end; prev = adjacentBefore(text, first, mentions)) first = prev;
  // "$5 trillion is four times its May 2023 level": a multiple names the earlier level it is taken of, and
  // the multiple checks (arithmetic/recordedLevel.ts) read that period from the figure's own clause.
  if (MULTIPLE_BEFORE_EN.test(text.slice(Math.max(0, first.start - 40), first.start))) return false;
  return introducedAsCompared(text, first);
}

const MULTIPLE_BEFORE_EN = /(?:(?<![A-Za-z])(?:times|twice|thrice)|\d\s*[x×])\s+(?:(?:the|an?|its|their)\s+)?(?:(?:previous|prior|older|earlier|outgoing|predecessor)\s+)?$/i;

const ADJACENT_GAP = /^[\s的-]{0,2}$/;

function adjacentBefore(text: string, m: Span, mentions: readonly Span[]): Span | undefined {
  return mentions.find((o) => o.end <= m.start && o !== m && ADJACENT_GAP.test(text.slice(o.end, m.start)));
}

function introducedAsCompared(text: string, mention: Span): boolean {
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  if (COMPARED_BEFORE_EN.test(before) || COMPARED_BEFORE_ZH.test(before)) return true;
  const after = text.slice(mention.end, mention.end + 12);
  if (MULTIPLE_OF_BEFORE_ZH.test(before) && MULTIPLE_OF_AFTER_ZH.test(after)) return true;
  if (MULTIPLE_OF_BEFORE_ZH.test(before) && SHARE_OF_AFTER_ZH.test(text.slice(mention.end, mention.end + 24))) return true;
  return COMPARED_AROUND_ZH_BEFORE.test(before) && COMPARED_AROUND_ZH_AFTER.test(after);
}

/**
 * "Its 4.8 TB/s compares with 3.35 TB/s for the H100", "$20 a month against $200 for Pro": a name
 * written right after another figure, as that figure's "for"/"on" complement, is that figure's owner. It
 * does not take the figures written before that one: they belong to the sentence's subject.
 */
const FOR_OWNER_GAP = /^\s*(?:[^\s\d,;:.，。；：]+\s+){0,3}?(?:for|on|in)\s+(?:the\s+)?$/i;

export function ownsLaterFigure(text: string, mention: Span, figure: Span, quantities: readonly Span[]): boolean {
  if (mention.start < figure.end) return false;
  let owned: Span | undefined;
  for (const other of quantities) {
    if (other.start >= figure.end && other.end <= mention.start && (!owned || other.start > owned.start)) owned = other;
  }
  return owned !== undefined && FOR_OWNER_GAP.test(text.slice(owned.end, mention.start));
}
