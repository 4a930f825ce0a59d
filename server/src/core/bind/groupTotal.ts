/**
 * A total over a list of names is the list's figure, never its first name's. "微软、谷歌母公司Alphabet、
 * 亚马逊和Meta去年的资本开支合计约2230亿美元", "Microsoft, Alphabet, Amazon and Meta together spent about
 * $223 billion": the figure is what the four spent together. It binds the group entity whose `members`
 * (data/entities.yaml) are exactly the names listed (the fact base files such totals under it), and no
 * entity when none is: a guess among the names would judge a sum against one company's figure.
 *
 * A total is told by its word: 合计, 共计, 总计, 一共, 总共, 加起来, "combined", "together", "in total",
 * "between them", written in the figure's own clause before it, or right after it ("$100 billion
 * combined"). The list is the coordinated run of two or more names (、, 和, "and", commas) that ends as
 * the last name before the figure in its sentence; two names of one entity with a short gloss between
 * them ("谷歌母公司Alphabet") count once.
 *
 * Without a total word, a list naming exactly a group's members is still that group's subject unless
 * the sentence distributes the figure (各, 都, 分别, "each", "respectively"): four companies' capex "was
 * about $223 billion" is their sum. Any other list without the word is left to the subject rules, which
 * bind its first name as `grouped` (never an error, findings.ts).
 */
import type { Binding, Entity, Quantity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import type { EntityMention } from './mentions';

const TOTAL_WORD_EN = String.raw`(?<![A-Za-z])(?:combined|together|in total|altogether|between them|all told|in all|in aggregate)(?![A-Za-z])`;
const TOTAL_WORD_ZH = '合计|共计|总计|一共|总共|加起来|加在一起|加总';
const TOTAL_BEFORE = new RegExp(`${TOTAL_WORD_ZH}|${TOTAL_WORD_EN}`, 'i');
const TOTAL_AFTER = new RegExp(`^\\s*(?:${TOTAL_WORD_ZH}|${TOTAL_WORD_EN})`, 'i');
/** The figure is each name's, not their sum: 各, 都, 分别, "each", "respectively". */
const DISTRIBUTIVE = /各|都|均|分别|每家|(?<![A-Za-z])(?:each|both|apiece|respectively)(?![A-Za-z])/i;
const COORDINATOR = /^\s*(?:、|,|，|和|与|及|以及|跟|同|&|and|as well as|,\s*and)\s*$/i;
/** Between two names of one entity: a few words of gloss, no punctuation ("谷歌母公司Alphabet", "Google parent Alphabet"). */
const GLOSS = /^[\s\p{L}]{0,10}$/u;

/**
 * The words before a figure (its sentence up to it) and the few after it state a total ("Alphabet and
 * Meta together: $92 billion", "$92 billion combined", "合计"): the figure is a sum, no one entity's. For
 * the judge's value anchoring (checks/facts/valueAnchor.ts), which must not hand such a figure to one name.
 */
export function statesTotal(before: string, after: string): boolean {
  return TOTAL_BEFORE.test(before) || TOTAL_AFTER.test(after);
}

/** The result: the group's binding, or `undefined` for a total over names no group stands for. */
export interface GroupTotal {
  entity?: Binding<string>;
}

const groupIndexes = new WeakMap<ReadonlyMap<string, Entity>, Map<string, string>>();

/** Group entities by their sorted member ids. */
function groupIndex(entities: ReadonlyMap<string, Entity>): Map<string, string> {
  let index = groupIndexes.get(entities);
  if (!index) {
    index = new Map();
    for (const e of entities.values()) if (e.members && e.members.length > 1) index.set([...e.members].sort().join(' '), e.id);
    groupIndexes.set(entities, index);
  }
  return index;
}

/** The coordinated run of names ending with the last name before `at` in the sentence. */
function listBefore(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const run: EntityMention[] = [];
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    const next = run[0];
    if (next) {
      const gap = text.slice(m.end, next.start);
      if (!COORDINATOR.test(gap) && !(m.entity === next.entity && GLOSS.test(gap))) break;
    }
    run.unshift(m);
  }
  return run;
}

/**
 * A group named by its size rather than its names: "表中五家公司", "这三家", "the five companies", "these
 * three labs", "all four". With a total word it states what the group adds up to, which is no single
 * company's figure, even one named in the clause ("OpenAI与另外四家公司的估值合计…") or after it ("其中
 * OpenAI一家就占了七成", which owns the share, not the total).
 */
const NUMBER_ZH = '[两二三四五六七八九十几数]|\\d+';
/** 家 counts companies; 个 counts anything (三个月), so only with a company noun after it. */
const SIZED_GROUP_ZH = new RegExp(`(?:${NUMBER_ZH})\\s*(?:家|个\\s*(?:公司|企业|厂商|实验室|独角兽|初创公司|创业公司|云厂商|巨头))`);
const NUMBER_EN = String.raw`two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+`;
const SIZED_GROUP_EN = new RegExp(
  String.raw`(?<![A-Za-z])(?:(?:the|these|those|all|our|its|their)\s+(?:other\s+)?(?:${NUMBER_EN})\s+(?:[A-Za-z-]+\s+)?(?:companies|firms|labs|startups|hyperscalers|players|groups|names|makers|unicorns|clouds|vendors|providers)|all\s+(?:${NUMBER_EN}))(?![A-Za-z])`,
  'i',
);

/** The figure is the total (a total word before it in its clause, or right after it) of a group named by its size, in its clause. */
function sizedGroupTotal(text: string, q: Quantity, clause: Span): boolean {
  const before = text.slice(clause.start, q.start);
  const totalled = TOTAL_BEFORE.test(before) || TOTAL_AFTER.test(text.slice(q.end, Math.min(clause.end, q.end + 20)));
  return totalled && (SIZED_GROUP_ZH.test(before) || SIZED_GROUP_EN.test(before));
}

/**
 * The binding of a figure stated as the total of a list of names, or undefined when the figure is not
 * one. `mentions` are the sentence's usable names (no sources, none inside a figure), sorted.
 */
const PRODUCT_KINDS = new Set(['product', 'model']);

/** Whether `maker` is the entity's maker: its parent, or its parent's, up the chain. */
function makes(maker: string, entity: string, kb: BindingKnowledge): boolean {
  for (let e = kb.entities.get(entity)?.parent; e !== undefined; e = kb.entities.get(e)?.parent) if (e === maker) return true;
  return false;
}

/**
 * "英伟达三季度A100与H100合计出货接近50万块", "Nvidia shipped 500,000 A100s and H100s combined": a list of
 * products named after the company that makes them all totals that company's figure, not a group's: the
 * company stays the subject (the products, a joint figure, are bound by jointProduct.ts).
 */
function madeBy(list: readonly EntityMention[], before: readonly EntityMention[], kb: BindingKnowledge): boolean {
  if (!list.every((m) => PRODUCT_KINDS.has(m.kind))) return false;
  return before.some((m) => m.end <= list[0].start && list.every((p) => makes(m.entity, p.entity, kb)));
}

export function groupTotal(text: string, q: Quantity, clause: Span, sentence: Span, mentions: readonly EntityMention[], kb: BindingKnowledge): GroupTotal | undefined {
  const before = mentions.filter((m) => m.start >= sentence.start && m.end <= q.start);
  const list = listBefore(text, before);
  const ids = new Set(list.map((m) => m.entity));
  if (ids.size < 2) return sizedGroupTotal(text, q, clause) ? {} : undefined;
  const last = list[list.length - 1];
  const cueFrom = Math.max(last.end, clause.start);
  const totalled = TOTAL_BEFORE.test(text.slice(cueFrom, q.start)) || TOTAL_AFTER.test(text.slice(q.end, Math.min(clause.end, q.end + 20)));
  const group = groupIndex(kb.entities).get([...ids].sort().join(' '));
  if (!totalled && (!group || DISTRIBUTIVE.test(text.slice(sentence.start, sentence.end)))) return undefined;
  if (!group) return madeBy(list, before, kb) ? undefined : {};
  const span = { start: list[0].start, end: last.end };
  return { entity: { value: group, how: list[0].start >= clause.start ? 'explicit' : 'sentence', span } };
}
