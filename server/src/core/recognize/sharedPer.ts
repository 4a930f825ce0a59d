/**
 * A denominator written once governs the prices coordinated with it: "input costs $0.01 per thousand
 * tokens and output $0.03", "输入每千tokens 0.01美元、输出0.03美元", "$5 per million input tokens, $15
 * for output". Left bare, the second price would be read per the price list's usual denominator (a
 * million tokens) and look a thousand times too small.
 *
 * Only for a plain coordination: the second price has no denominator of its own, is in the same
 * currency and written at the same scale (no "billion" on one side only), and nothing but the
 * denominator, a coordinator and a short label ("output", "for output", 输出) stands between them: no
 * sentence break, no other figure after the coordinator. A list of prices that closes with its
 * denominator ("or $30 and $60 per million", "$25 to $30 per GPU") shares that one with its first
 * items, which then take no earlier price's.
 */
import type { Quantity } from '../model';
import type { Source } from './text';

/** "and", "or", "while", a comma, 、, 和, 与, 及, 或: the figures are listed side by side. */
const COORDINATOR = /(?:,|，|、|;|；|(?<![A-Za-z])(?:and|or|while|whereas|with)(?![A-Za-z])|和|与|及|或)/gi;
/** A sentence or statement break: another statement stands between. */
const BREAK = /[。!?！？:：]|\.(?:\s|$)/;
const MAX_GAP = 60;
/** A rate per period: shared only with a named item of the list (see coordinated). */
const CADENCE = /^(?:years?|months?|quarters?|weeks?|days?|年|月|季度?|周|天|日)$/i;
/** A short label after the coordinator (no figure): up to three Latin words, or up to six Chinese characters. */
const SHORT_LABEL = /^\s*(?:(?:[A-Za-z][\w-]*\s+){0,3}|[\u4e00-\u9fff]{0,6})\s*$/;

export function sharePerInCoordination(src: Source, qs: Quantity[]): void {
  // "or $30 and $60 per million": a list of prices that closes with its denominator shares that one.
  for (let i = qs.length - 2; i >= 0; i--) {
    const [q, next] = [qs[i], qs[i + 1]];
    if (q.kind === 'money' && !q.per && next.kind === 'money' && next.per && closesList(src, q, next)) {
      q.per = { ...next.per };
      q.unit = next.per.unit;
    }
  }
  let previous: Quantity | undefined;
  for (const [i, q] of qs.entries()) {
    if (q.kind !== 'money') continue;
    if (!q.per && previous?.per && coordinated(src, previous, q, CADENCE.test(previous.per.unit)) && !listDenominatorAfter(src, q, qs[i + 1])) {
      q.per = { ...previous.per };
      q.unit = previous.per.unit;
    }
    previous = q;
  }
}

/**
 * A change to a new amount, not another item: "$3.5 billion a year, rising to $19.4 billion", "每年35亿美元，
 * 增至194亿美元". What the amount rises to may be the rate or the whole (a contract with its options): the
 * period is not lent across it, and the amount is read as written.
 */
const CHANGE_TO = /(?<![A-Za-z])(?:ris(?:es|ing)|grow(?:s|ing)|climb(?:s|ing)|increas(?:es|ing)|expand(?:s|ing)|jump(?:s|ing)|f(?:alls|alling)|drop(?:s|ping)|declin(?:es|ing)|shrink(?:s|ing)|go(?:es|ing))\s+to\s*$|(?:升|增|涨|提高|提升|扩大|降|减)(?:至|到)\s*$/i;

/** A part of a total, not another item: "of which", "including", 其中. */
const PART_OF = /^\s*(?:of\s+(?:which|that|them|it)|including|among\s+them)\b|^\s*其中/i;

/**
 * `cadence`: the denominator is a period ("a month"), shared only with a named item of the list ("Plus
 * costs $20 a month, and Pro $200"), not with a bare amount, a part of a total ("$125 billion a year,
 * of which $100 billion …", "…; $100 billion was committed"), an amount its label dates ("每年约1270亿元；
 * 过去一年的1200亿元") or one it changes to ("rising to $19.4 billion").
 */
function coordinated(src: Source, a: Quantity, b: Quantity, cadence: boolean): boolean {
  if (!writtenAlike(a, b)) return false;
  const gap = src.norm.slice(a.end, b.start);
  if (gap.length > MAX_GAP || BREAK.test(gap)) return false;
  let afterCoordinator: number | undefined;
  for (const m of gap.matchAll(COORDINATOR)) afterCoordinator = (m.index ?? 0) + m[0].length;
  if (afterCoordinator === undefined) return false;
  const label = gap.slice(afterCoordinator);
  // A denominator of its own, even one the recogniser could not read ("or $0.0025 per thousand", "即每千
  // tokens 0.03美元"), is a restatement per another denominator, not a shared one.
  if (OWN_DENOMINATOR_BEFORE.test(label) || OWN_DENOMINATOR_AFTER.test(src.norm.slice(b.end, b.end + 8))) return false;
  if (cadence && (label.trim() === '' || PART_OF.test(label) || DATED_LABEL.test(label) || CHANGE_TO.test(label))) return false;
  return SHORT_LABEL.test(label);
}

/**
 * A label that dates its amount ("；过去一年的1200亿元", "去年1200亿元", "and last year $48 billion"): the amount is
 * the level of one period, not another item priced per the same period.
 */
const DATED_LABEL = /[年季月]|(?<![A-Za-z])(?:years?|quarters?|months?|fiscal|FY\d*|Q[1-4]|H[12])(?![A-Za-z])|(?<!\d)(?:19|20)\d{2}(?!\d)/i;

const OWN_DENOMINATOR_BEFORE = /每|(?<![A-Za-z])(?:per|every)(?![A-Za-z])/i;
const OWN_DENOMINATOR_AFTER = /^\s*(?:\/|(?:per|each|every|a|an)(?![A-Za-z]))/i;

/** Only "and", "or", "to", a dash or a comma between two prices written alike: one list, one denominator. */
const BARE_COORDINATOR = /^\s*(?:,|and|or|to|[–—-])\s*$/i;

/** Same currency, written at the same scale (no "billion" on one side only). */
function writtenAlike(a: Quantity, b: Quantity): boolean {
  return a.currency === b.currency && a.style.scale === b.style.scale && a.style.scaleWord === b.style.scaleWord;
}

function closesList(src: Source, a: Quantity, b: Quantity): boolean {
  return writtenAlike(a, b) && BARE_COORDINATOR.test(src.norm.slice(a.end, b.start));
}

/** q opens a list whose last price writes a denominator of its own, even one the recogniser could not read. */
function listDenominatorAfter(src: Source, q: Quantity, next: Quantity | undefined): boolean {
  return next?.kind === 'money' && closesList(src, q, next) && (next.per !== undefined || OWN_DENOMINATOR_AFTER.test(src.norm.slice(next.end, next.end + 8)));
}
