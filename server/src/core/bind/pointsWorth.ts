/**
 * "Analysts reckoned those 4 points were worth about $300 million", "a bank translated the two points into
 * $250 million", "put the cloud spending behind those points at $300 million", 这4个百分点约合3亿美元:
 * an amount that percentage points of growth are said to be worth stands for the revenue behind them,
 * the contributor's revenue. Its sentence names no revenue, so the amount otherwise stays unmeasured.
 *
 * Only money, only through a verb of worth (were worth, translate(d) into, put … at, 折合, 相当于, 对应,
 * 约合, 大约), never a price per point (每个百分点); and only when the sentence, or the one right before it,
 * (or, for points pointed back at, its block and the headings above it) reads the points as a contribution to growth by a contributor whose revenue the vocabulary names
 * ("AI" with the trigger "AI revenue", AI with AI收入). Bound 'sentence': a reading, not the draft's word.
 */
import type { Binding, Quantity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';

const NUM = String.raw`(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const POINTS_EN = String.raw`(?:(?:those|these|the|that)\s+)?(?:(?:first|last)\s+)?(?:${NUM}\s+)?(?:percentage\s+)?points\b`;
const POINTS_ZH = String.raw`(?:[这那该]|[这那][一二三四五六七八九十\d]+)?[一二三四五六七八九十\d.]*个?百分点`;

/** The points, a verb of worth, then at most a hedge before the amount, ending where the amount starts. */
const WORTH_BEFORE = [
  // "those points were worth roughly ", "the 3 points of a year ago were worth about "
  new RegExp(String.raw`\b${POINTS_EN}[^.;:$]{0,30}?\b(?:were|was|are|is|be|been)\s+worth\s+(?:roughly\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$`, 'i'),
  // "translated the 3 points into around ", "converted those points into "
  new RegExp(String.raw`\b(?:translat|convert)\w*\s+${POINTS_EN}\s+(?:in)?to\s+(?:roughly\s+|about\s+|around\s+|some\s+|nearly\s+)?$`, 'i'),
  // "put the AI spending behind those first three points at around "
  new RegExp(String.raw`\bput\s+[^.;:$]{0,40}?${POINTS_EN}\s+at\s+(?:roughly\s+|about\s+|around\s+|some\s+|nearly\s+)?$`, 'i'),
  // 这3个百分点大约4亿美元, 那3个百分点约相当于, 这3个百分点大约对应
  new RegExp(String.raw`${POINTS_ZH}(?:大约|大概|约)?(?:折合|相当于|对应|约合|约为|价值|合)?(?:大约|约)?$`),
];

/** How far before an amount its link to the points may start (the longest: "put" + 40 + the points + "at about"). */
const LINK_REACH = 160;

/** A price per point ("每个百分点约1.3亿美元", "per point") is a rate, not the revenue behind the points. */
const PER_POINT = /(?:每个?|单个)百分点[^，,。]{0,6}$|\b(?:per|a|each)\s+(?:percentage\s+)?point\b[^.;]{0,20}$/i;

/** The points read as growth contributed: "N points of growth", "AI added 12 points", AI贡献3个百分点. */
const CONTRIBUTION = /points?\s+(?:of\s+(?:[\w.&-]+['’]s\s+)?(?:\w+\s+)?growth|from\b)|\b(?:add(?:s|ed)?|contribut\w*|suppl(?:y|ied|ies))\s+(?:about\s+|around\s+|roughly\s+)?\S+\s+(?:percentage\s+)?points|\bcontribution\b|\bAI\s+(?:growth\s+)?points\b|贡献|拉动/i;

/** The start of the sentence before `sentence` (the text from the previous terminator). */
function previousSentenceStart(text: string, sentence: Span): number {
  const before = text.slice(0, sentence.start).replace(/[\s*#>|-]+$/, '');
  const cut = Math.max(before.slice(0, -1).search(/[.!?。！？][^.!?。！？]*$/), -1);
  return cut + 1;
}

/** The metric whose trigger is the contributor's revenue ("AI revenue", AI收入). */
function revenueOf(contributor: string, kb: BindingKnowledge): string | undefined {
  const en = `${contributor} revenue`.toLowerCase();
  const zh = `${contributor}收入`;
  for (const m of kb.metrics.values()) {
    if (!m.kinds.includes('money')) continue;
    if (m.triggers.en.some((t) => t.toLowerCase() === en) || m.triggers.zh.includes(zh)) return m.id;
  }
  return undefined;
}

/** Contributors a draft names as the source of growth points. */
const CONTRIBUTOR = /(?<![A-Za-z])(AI)(?![A-Za-z])|人工智能/;

export function pointsWorth(text: string, q: Quantity, sentence: Span, paragraph: Span, kb: BindingKnowledge, periods: readonly Span[] = []): Binding<string> | undefined {
  if (q.kind !== 'money') return undefined;
  // Every link ends at the amount and is a few words long: read a bounded window, so a sentence of
  // thousands of amounts (a list without stops) costs each amount the same (index.ts binds every one).
  const windowStart = Math.max(sentence.start, q.start - LINK_REACH);
  const before = text.slice(windowStart, q.start);
  if (!/points|百分点/i.test(before)) return undefined;
  const link = WORTH_BEFORE.map((re) => re.exec(before)).find((m) => m !== null);
  if (!link || PER_POINT.test(before)) return undefined;
  // Points pointed back at ("those points", 这3个百分点) are read in the paragraph up to them and in the
  // headings above it ("## The AI points"): the block's text is its headings and the block.
  const pointing = /\b(?:those|these|the|that)\s+(?:(?:first|last)\s+)?(?:\w+\s+)?(?:percentage\s+)?points\b|[这那][一二三四五六七八九十\d]*个?百分点/i.test(link[0]);
  // 这3个百分点 with no period in its sentence takes its quarter from a sentence before, which the period
  // reader does not follow back to the points: bound, the amount would be dated by some other period there
  // ("7月对下一季度的指引…这3个百分点约合…"). Left unmeasured unless its own sentence dates it (FY24 Q1那3个百分点).
  if (/百分点/.test(link[0]) && pointing && !periods.some((p) => p.start >= sentence.start && p.end <= q.start)) return undefined;
  const from = pointing ? 0 : Math.max(previousSentenceStart(text, sentence), paragraph.start);
  const reading = text.slice(from, sentence.end);
  if (!CONTRIBUTION.test(reading)) return undefined;
  const who = CONTRIBUTOR.exec(reading);
  if (!who) return undefined;
  const metric = revenueOf(who[1] ?? 'AI', kb);
  if (!metric) return undefined;
  const at = windowStart + link.index;
  return { value: metric, how: 'sentence', span: { start: at, end: at + link[0].length } };
}
