/**
 * A figure of the rest is not the measure named: "non-AI Azure growth was about 24 points", "growth other
 * than AI added 24 points", 非AI部分贡献了24个百分点, 除AI以外的增长为24个百分点. The noun is qualified
 * by its complement, so the figure measures what is left once the named part is taken out, and the
 * vocabulary's metric of the noun (the AI contribution, the segment's revenue) is not its measure: it
 * binds no metric, and nothing compares it with that metric's facts. A complement inside a named business
 * reads the same with any verb after it: "non-AI Azure contributed 24 points", "the rest of Azure", 其余.
 *
 * "excluding X", 不含X are left as they are: they usually narrow a measure to the definition the company
 * itself reports ("run-rate of $10 billion, excluding Microsoft licensing", 不含税), which the facts share.
 * Nor is a basis or a kind of thing a complement: non-GAAP, non-voting shares, a non-exclusive licence,
 * 非独家授权, 非官方. Part of metric binding (metrics.ts).
 */
import type { Quantity, Span } from '../model';
import { clauseAt, clauseSpans } from './clauses';

/** Nouns of a measure or of a part of one, which a complement qualifies: "non-AI growth", "the non-AI remainder". */
const PART_NOUNS = String.raw`(?:growth|revenues?|sales|remainder|rest|part|portion|business(?:es)?|segments?|spending|demand|workloads?|income|contribution|customers|users)`;

/**
 * English: "non-X" (a hyphenated prefix) before such a noun, one or two words between ("non-AI Azure
 * growth"), or such a noun followed by "other than X". Words after "non-" that name a basis are no
 * complement (non-GAAP revenue is revenue, adjusted).
 */
const EN_COMPLEMENT = new RegExp(
  String.raw`(?<![A-Za-z-])non-(?!(?:GAAP|IFRS|gaap|ifrs)\b)[A-Za-z][\w-]*\s+(?:[\w-]+\s+){0,2}?${PART_NOUNS}(?![A-Za-z])|(?<![A-Za-z])${PART_NOUNS}\s+other\s+than(?![A-Za-z])`,
  'gi',
);
/**
 * The complement inside a named business, whatever verb follows: "non-AI Azure contributed 24 points",
 * "the rest of Azure added 24 points". The name is capitalised (so case matters here); "non-profit",
 * "non-executive" and "non-voting" name a kind of body or share, not a remainder.
 */
const EN_COMPLEMENT_OF_NAME = /(?<![A-Za-z-])(?:[Nn]on-(?!(?:GAAP|IFRS|gaap|ifrs|profit|executive|voting)\b)[A-Za-z][\w-]*|(?:[Tt]he\s+)?(?:rest|remainder)\s+of)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?![\w-])/g;

/**
 * Chinese: 非 prefixed to a Latin name or to a short word heading a part (非AI部分, 非美收入, 非云业务), or
 * 除(了)…以外的/之外的 qualifying the noun after it (a bare 除…以外， sets aside another subject:
 * 除了英伟达以外，AMD的收入…).
 */
const ZH_COMPLEMENT = /(?<![而并绝是无莫])非(?!常)(?:[A-Za-z][\w-]*(?<!GAAP|IFRS)|[\u4e00-\u9fff]{1,3}?)(?:部分|业务|收入|营收|增长|板块|客户|用户)|除了?[^，。；,;]{1,12}?(?:以外|之外)的/g;
/** 非AI的Azure, 其余的Azure业务, 其余部分: the complement inside a named business, or "the rest" itself. */
const ZH_COMPLEMENT_OF_NAME = /(?<![而并绝是无莫])非[A-Za-z][\w-]*(?<!GAAP|IFRS)的?\s*[A-Za-z][\w-]*|其余(?:的)?\s*(?:[A-Za-z][\w-]*|部分|业务|板块)/g;

/** How far before the figure a qualifier is read: the noun phrase and verb of one clause. */
const REACH = 80;

/**
 * The figure's clause qualifies its noun by a complement before it, with no other figure between (in
 * "AI added 7 points and non-AI 24 points" the 7 points are AI's).
 */
export function measuresComplement(text: string, q: Quantity, clause: Span, quantities: readonly Quantity[], sentence?: Span): boolean {
  if (qualifiedBefore(text, q, clause, quantities)) return true;
  // "the rest of Azure grew 17 points …, against 26 points in the September 2023 quarter": the figure
  // compared with is of the same measure, the rest, as the figure it is set against.
  const compared = sentence ? comparedFigure(text, q, quantities, sentence) : undefined;
  return compared !== undefined && qualifiedBefore(text, compared, clauseAt(clauseSpans(text, sentence!), compared.start), quantities);
}

/**
 * The figure of the same kind that q is set against, right before it in its sentence: "17 points …,
 * against (versus, compared with, up from) 26 points", "增长17个百分点，而2023年9月季度为26个百分点",
 * "…，相比2023年9月季度的26个百分点". Only the comparison word and a period or hedge stand between, so a
 * figure with a subject of its own ("against AI's 16 points", "而AI为16个百分点") is not one.
 */
const COMPARED_EN = /^[^.;!?]{0,80}?(?<![A-Za-z])(?:against|versus|vs\.?|compared\s+(?:with|to)|(?:up\s+|down\s+)?from)\s+(?:(?:about|around|roughly|nearly|some|just|only)\s+)?$/i;
const COMPARED_ZH = /^[^。；;!?！？]{0,40}?(?:相比|对比|较|比|而)\s*[\d\s年月季度财第一二三四上下半同期去今前]{1,16}(?:的|为|是)\s*(?:约|近|仅)?\s*$/;

function comparedFigure(text: string, q: Quantity, quantities: readonly Quantity[], sentence: Span): Quantity | undefined {
  const p = quantities.filter((o) => o.end <= q.start && o.start >= sentence.start).at(-1);
  if (!p || p.kind !== q.kind) return undefined;
  const between = text.slice(p.end, q.start);
  return COMPARED_EN.test(between) || COMPARED_ZH.test(between) ? p : undefined;
}

function qualifiedBefore(text: string, q: Quantity, clause: Span, quantities: readonly Quantity[]): boolean {
  const from = Math.max(clause.start, q.start - REACH);
  const before = text.slice(from, q.start);
  for (const re of [EN_COMPLEMENT, EN_COMPLEMENT_OF_NAME, ZH_COMPLEMENT, ZH_COMPLEMENT_OF_NAME]) {
    re.lastIndex = 0;
    for (let m = re.exec(before); m; m = re.exec(before)) {
      const at = from + m.index + m[0].length;
      if (!quantities.some((o) => o.start >= at && o.end <= q.start)) return true;
    }
  }
  return false;
}

/**
 * A table's column or row headed by the rest: "| Azure growth | AI contribution | Everything else |",
 * "| 其余 |", "| Non-AI |", a row labelled "Other". The header names no measure of its own; it says the
 * cells are what is left of the row's (or column's) whole once the named parts are taken out (29% − 3
 * points = 26 points), so the measure a unit word or the table's other headers suggest is not theirs.
 * The whole cell must be the remainder word, with at most a part noun after it ("Other revenue", 其余部分):
 * "Other Bets" or "Other income" name a thing of their own and are read as written.
 */
const EN_REMAINDER_CELL = new RegExp(
  String.raw`^(?:(?:the|all)\s+)?(?:everything\s+else|everyone\s+else|other|others|rest|remainder|(?:rest|remainder)\s+of\s+[\w\s-]{1,30}|non-(?!(?:GAAP|IFRS|gaap|ifrs)\b)[A-Za-z][\w-]*)(?:\s+(?:[A-Z][\w-]*\s+)?${PART_NOUNS})?(?:\s*\([^()]*\))?$`,
  'i',
);
const ZH_REMAINDER_CELL = /^(?:其他|其它|其余|剩余|剩下|非(?!GAAP|IFRS)[A-Za-z][\w-]*)(?:的)?(?:部分|业务|收入|营收|增长|板块|贡献)?(?:\s*[（(][^()（）]*[)）])?$/;

/** The cell's column header or row label is the rest: its figure measures the remainder. */
export function remainderCell(text: string, cell: { header?: Span; rowLabel?: Span }): boolean {
  return [cell.header, cell.rowLabel].some((s) => s !== undefined && isRemainderLabel(text.slice(s.start, s.end)));
}

function isRemainderLabel(raw: string): boolean {
  const label = raw.replace(/[*_`]/g, '').trim();
  return label.length > 0 && (EN_REMAINDER_CELL.test(label) || ZH_REMAINDER_CELL.test(label));
}
