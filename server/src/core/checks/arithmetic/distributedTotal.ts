/**
 * A total over groups of parties that each had the same figure, in the sentence after them: "微软和Meta各
 * 采购了约15万块，谷歌、亚马逊、甲骨文和腾讯各约5万块。两家合计约30万块。", "前两家合计30万块", "Acme and Globex
 * each ordered 80,000 servers, Initech, Hooli and Umbrella 20,000 each. The first two together ordered 160,000."
 *
 * A share governed by "each"/各 (distributive.ts) is no addend: the parties' total is N × the share. The
 * words opening the total name the parties ("两家", "前两家", "后四家", "the two", "the first two", "the
 * other three"): their count N picks the group of N parties listed before a share ("first"/前 the first
 * group, "last"/"other"/后/其余 the last). When the sentence before holds any share, this reading replaces
 * the pair and list readings (pairTotal.ts), which would add shares up: a total whose group cannot be
 * picked, or beside an amount that is no share, is left alone.
 */
import type { FactBase } from '../../facts/index';
import type { Quantity } from '../../model';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { distributionOf, partiesOfShare } from './distributive';
import { sameMeasure } from './measures';
import { checkable, sameDimension } from './operands';
import type { RelationOutcome } from './outcome';
import { sharesOutcome } from './sums';
import { isDuration, type SentenceView } from './view';

const SIZES_EN = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const SIZES_ZH = '两二三四五六七八九十';

/** "两家合计约", "前两家合计", "这四家加起来", "其余四家一共": which group, its size, a total word. */
const GROUP_ZH = new RegExp(
  `^\\s*(?:这|那|上述|以上)?(前|后|其余|其他|剩下的?)?([${SIZES_ZH}]|\\d+)(?:家|者|方|个)(?:公司|企业|厂商)?(?:合计|加起来|加在一起|共计|总共|一共|总计)就?(?:为|是|达|达到|有|采购了?|买了?)?\\s*(?:${HEDGE_ZH})?\\s*$`,
);
/** "The two together ordered", "The first two companies combined bought", "Together, the other four took". */
const GROUP_EN = new RegExp(
  `^\\s*(?:together,?\\s+|combined,?\\s+)?(?:the|these|those|all)\\s+(?:(first|last|other|remaining)\\s+)?(${SIZES_EN.join('|')}|\\d+)\\s+(?:[a-z-]+s\\s+)?(?:together|combined|between them)\\s+(?:[a-z]+\\s+){0,2}?(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
const BOTH_EN = new RegExp(`^\\s*both\\s+(?:[a-z-]+s\\s+)?(?:together|combined)\\s+(?:[a-z]+\\s+){0,2}?(?:${HEDGE_EN}\\s+)?$`, 'i');

type Which = 'first' | 'last' | 'any';

interface Group {
  size: number;
  which: Which;
}

function sizeOf(word: string): number {
  const en = SIZES_EN.indexOf(word.toLowerCase());
  if (en >= 0) return en + 2;
  const zh = SIZES_ZH.indexOf(word);
  if (zh >= 0) return zh <= 1 ? 2 : zh + 1;
  return Number(word);
}

/** The group the words before the total name, if they name one. */
function namedGroup(head: string): Group | undefined {
  if (BOTH_EN.test(head)) return { size: 2, which: 'any' };
  const zh = GROUP_ZH.exec(head);
  if (zh) return { size: sizeOf(zh[2]), which: !zh[1] ? 'any' : zh[1] === '前' ? 'first' : 'last' };
  const en = GROUP_EN.exec(head);
  if (en) return { size: sizeOf(en[2]), which: !en[1] ? 'any' : en[1].toLowerCase() === 'first' ? 'first' : 'last' };
  return undefined;
}

interface Share {
  share: Quantity;
  parties: number | undefined;
}

/** The share the group names: by position (first/last) or as the one group of that size. */
function pick(shares: Share[], group: Group): Share | undefined {
  if (group.which === 'first') return shares[0].parties === group.size ? shares[0] : undefined;
  if (group.which === 'last') return shares[shares.length - 1].parties === group.size ? shares[shares.length - 1] : undefined;
  const sized = shares.filter((s) => s.parties === group.size);
  return sized.length === 1 ? sized[0] : undefined;
}

/** "两家", "三家", "the two": counts of parties, read as numbers of their own; neither totals nor shares. */
function isSmallCount(q: Quantity): boolean {
  return (q.kind === 'count' || q.kind === 'number') && Number.isInteger(q.value) && q.value <= 20;
}

/**
 * The reading of a total opening `view` over the shares of `previous`: undefined when `previous` holds no
 * share (other readings apply); [] when it does but the total cannot be tied to one group; else N × share.
 */
export function distributedTotal(view: SentenceView, previous: SentenceView, kb: FactBase): RelationOutcome[] | undefined {
  const total = view.quantities.find((q) => !isDuration(q) && !isSmallCount(q));
  if (!total || !(total.kind === 'money' || total.kind === 'count' || total.kind === 'number') || !checkable(total)) return undefined;
  const like = previous.quantities.filter((q) => !isDuration(q) && !isSmallCount(q) && sameDimension(q, total) && sameMeasure(q, total, [previous, view], kb));
  const shares = like.filter((q) => distributionOf(previous, q) !== undefined);
  if (shares.length === 0) return undefined;
  if (shares.length !== like.length) return [];
  const group = namedGroup(view.text.slice(0, total.start - view.span.start).replace(/^[-*+\s]*/, ''));
  const found = group && pick(shares.map((share) => ({ share, parties: partiesOfShare(previous, share) })), group);
  if (!group || !found || !checkable(found.share)) return [];
  return [{ ...sharesOutcome(previous, total, found.share, group.size, 'probable'), lang: view.lang, noFix: true }];
}
