/**
 * A Chinese share that names no whole after 占, because the sentence has just written it: "营收200亿美元，
 * 云业务150亿美元，占75%", "营收200亿美元，其中云业务150亿美元，占约75%", and a share whose part is named
 * by its word rather than written next to it: "融资10亿欧元，其中股权7亿欧元、债务3亿欧元，股权部分占约70%".
 *
 * shareOfWritten.ts and shareOfBoundWhole.ts read 占 followed by the whole's amount or name ("占总营收的");
 * a bare 占 leaves the whole to the reader, who takes the total the sentence opened with. Only the tight
 * forms are read:
 * - the part is the amount right before "，占" (its own short name before it: "，云业务", "，其中云业务"),
 *   and the whole the like amount right before that name, written as a total by its own word (营收, 收入,
 *   总额, 合计, 融资, 规模 …) with only a comma between;
 * - or the part is named before 占 ("股权部分占", "股权占") by a word written right before exactly one
 *   amount of the sentence, and the whole is the amount that opens the breakdown ("10亿欧元，其中") or
 *   sums it ("合计10亿欧元"); two such wholes must be one figure.
 * The part must not exceed the whole, and neither may be written as a change ("增加了20亿"). The words tie
 * part and share, the whole is found by its role: probable (warning at most), no fix.
 */
import type { Quantity } from '../../model';
import { escapeRegExp } from '../../text/escapeRegExp';
import { HEDGE_ZH } from './cues';
import { statedDifference } from './growth';
import { checkable, sameDimension } from './operands';
import { writtenShare, type RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { gapBetween, isDuration, neighbour, textAfter, textBefore, type SentenceView } from './view';

/** "，占", "，约占", "，占比约": a bare 占 right before the share. */
const BARE_SHARE = new RegExp(`^\\s*[，,]\\s*(?:约|大约)?占(?:比)?(?:约为|为|约|达)?\\s*(?:${HEDGE_ZH})?\\s*$`);
/** "，云业务", "，其中数据中心": the part's short name between the whole and the part, no figure, no verb of change. */
const PART_NAME = /^\s*[，,]\s*(?:其中)?\s*([\u4e00-\u9fffA-Za-z]{1,10})(?:收入|业务)?(?:为|约|达|是)?\s*$/;
/** Words that make the name a change or a comparison, not a part. */
const NOT_A_PART = /同比|环比|增长|增加|减少|下降|较|比|去年|上年|同期|预计|计划/;
/** The whole's own word right before it: "营收", "总收入为", "融资", "合计正好". */
const WHOLE_WORD = new RegExp(`(?:营收|营业收入|收入|总额|总计|合计|共计|总共|融资|规模|资本开支|订单)(?:为|达|达到|约|正好|是|共)*\\s*(?:${HEDGE_ZH})?\\s*$`);
/** "股权部分占约", "股权占": the part's name, then 占. */
const NAMED_PART = new RegExp(`[，,；;]\\s*([\\u4e00-\\u9fff]{2,6}?)(?:部分|这部分|这一块)?(?:约|大约)?占(?:比)?(?:约为|为|约|达)?\\s*(?:${HEDGE_ZH})?\\s*$`);
/** The whole of a breakdown: "10亿欧元，其中", "合计10亿欧元". */
const OPENS_BREAKDOWN = /^\s*[，,：:]\s*其中/;
const SUMS_BEFORE = new RegExp(`(?:合计|总计|共计|总共|加起来)(?:正好|为|是|达|共)*\\s*(?:${HEDGE_ZH})?\\s*$`);

function isAmount(q: Quantity | undefined): q is Quantity {
  return !!q && (q.kind === 'money' || q.kind === 'count') && !isDuration(q) && checkable(q) && !(q.kind === 'money' && q.per);
}

/** "营收200亿美元，云业务150亿美元，占75%": the part right before 占, the named whole right before it. */
function besidePart(view: SentenceView, p: Quantity): [Quantity, Quantity] | undefined {
  const part = neighbour(view, p, -1);
  const whole = part && neighbour(view, part, -1);
  if (!isAmount(part) || !isAmount(whole) || !BARE_SHARE.test(gapBetween(view, part, p))) return undefined;
  const name = PART_NAME.exec(gapBetween(view, whole, part));
  if (!name || NOT_A_PART.test(name[1]) || !WHOLE_WORD.test(textBefore(view, whole, 16))) return undefined;
  return [part, whole];
}

/** "其中股权7亿欧元、债务3亿欧元，股权部分占约70%": the part by its name, the whole by its role. */
function namedPart(view: SentenceView, p: Quantity): [Quantity, Quantity] | undefined {
  const before = view.text.slice(0, p.start - view.span.start);
  const name = NAMED_PART.exec(before);
  if (!name || NOT_A_PART.test(name[1])) return undefined;
  const amounts = view.quantities.filter((q) => isAmount(q) && q.end <= p.start);
  const word = new RegExp(`${escapeRegExp(name[1])}(?:为|约|达|是)?\\s*(?:${HEDGE_ZH})?\\s*$`);
  const parts = amounts.filter((q) => word.test(textBefore(view, q, 12)));
  const wholes = amounts.filter((q) => OPENS_BREAKDOWN.test(textAfter(view, q, 8)) || SUMS_BEFORE.test(textBefore(view, q, 12)));
  if (parts.length !== 1 || wholes.length === 0 || wholes.some((w) => w.value !== wholes[0].value || !sameDimension(w, wholes[0]))) return undefined;
  return wholes.includes(parts[0]) ? undefined : [parts[0], wholes[0]];
}

export const bareShareZh: RelationDetector = (view) => {
  const out: RelationOutcome[] = [];
  if (view.lang !== 'zh') return out;
  for (const p of view.quantities) {
    if (p.kind !== 'percent' || !checkable(p) || p.value <= 0 || p.value > 100) continue;
    const found = besidePart(view, p) ?? namedPart(view, p);
    if (!found) continue;
    const [part, whole] = found;
    if (!sameDimension(part, whole) || part.value > whole.value || statedDifference(view, part) || statedDifference(view, whole)) continue;
    out.push(writtenShare(view.lang, p, part, whole, 'probable'));
  }
  return out;
};
