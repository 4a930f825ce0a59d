/**
 * Ratios and shares between amounts named rather than repeated, in the same paragraph: "归母净利润10.38亿元
 * …净利润相当于营收的一半" (营收 written earlier), "数据中心收入1152亿美元，占营收的95%", "H100将占Meta总算力的
 * 八成", "revenue of $562,027 against costs of $87,072 … Costs are therefore a tenth of revenue".
 *
 * Each name is resolved to the amounts written right after (or, in English, before "of") the same word,
 * in this sentence before the ratio or in the earlier sentences of its paragraph (view.ts:
 * earlierInParagraph), never further. A name may fit several amounts ("营收" this half-year and last): every
 * pairing is read, and the ratio is reported only when none of them gives it (a reading that explains a
 * number protects it, index.ts). "即便按下限2.5万美元算" / "even at the low end of $25,000" puts that amount in
 * place of the range it narrows. Names may be loose, so the reading is probable (warning at most), no fix.
 */
import type { Quantity } from '../../model';
import { div, intersects, relativeGap, scale, shift, type Interval } from '../intervals';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { periodsDiffer } from './compatibleOperands';
import { convertAmount } from './currency';
import { changeForRate, changesIn } from './growthPatterns';
import { checkable, intervalOf, isPlainMoney, sameDimension } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationContext, RelationDetector } from './relation';
import { gapBetween, isDuration, textAfter, textBefore, type SentenceView } from './view';
import { restatesInOtherCurrency } from './currencyRestatement';
import { writtenAsIncrease } from './increaseSubject';
import { ownedWholes, wholeOwner } from './wholeOwner';
import { namesNarrowerMeasure } from '../../bind/qualifiedLabel';

const NAME_ZH = '[\\u4e00-\\u9fffA-Za-z0-9]{1,10}?';
const ADVERBS_ZH = '(?:也|就|则|已经|已|将|都|还|仍|大约|约|大概)*';
const COPULA_ZH = '(?:相当于|约为|约是|约占|占到|占了|只有|仅为|仅有|达到|接近|不到|不足|超过|是|为|占|有|达)';
/** "净利润相当于营收的", "算力一项就相当于收入的", "H100将占Meta总算力的" (A may be empty: "…，占营收的"). */
/** "占总营收的比重约为": the share's own noun (比重, 比例) and a copula may follow 的. */
const SHARE_NOUN_ZH = '(?:(?:比重|比例|份额|占比)(?:约为|约是|为|是|达到|达|约)*)?';
const A_IS_M_OF_B_ZH = new RegExp(`(?:^|[，,：:])\\s*(${NAME_ZH})?${ADVERBS_ZH}${COPULA_ZH}+(${NAME_ZH})的\\s*${SHARE_NOUN_ZH}(?:${HEDGE_ZH})?\\s*$`);
/** "Costs are therefore", "the licence fee alone is". */
const A_IS_EN = new RegExp(
  `(?:^|[,;:]\\s*|\\b(?:so|and|thus|hence|while)\\s+)(?:the\\s+|its\\s+|their\\s+)?([a-z][a-z-]{2,}(?:\\s+[a-z][a-z-]{2,})?)\\s+(?:alone\\s+)?(?:is|are|was|were|would be|come to|comes to|make up|makes up|account for|accounts for)\\s+(?:(?:therefore|thus|then|now|alone|already|only|just)\\s+)*(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
const OF_B_EN = /^\s*(?:times\s+)?(?:of|as much as)\s+(?:the\s+|its\s+|their\s+|total\s+)?([a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,})?)\b/i;
/** What a name may not be: pronouns and words that name no amount. */
const NOT_A_NAME = /^(?:it|its|that|this|these|those|them|they|which|what|there|here|one|each|all|both|的|它|其|这|那|此|该)$/i;
/** Words around a name that do not change what it names: "这轮融资额" names 融资, "算力一项" 算力. */
const NAME_PREFIX_ZH = /^(?:这轮|本轮|该轮|这笔|这一|该|其|全年|当年|同期|整体|总体)/;
const NAME_SUFFIX_ZH = /(?:一项|这一项|部分|金额|额|规模|总额|数字)$/;
/** After the amount's name: the verb and hedge words leading up to the amount ("营收只有约", "售价在"). */
const NAME_TAIL_ZH = new RegExp(`(?:${HEDGE_ZH}|约为|约|为|是|达到|达|有|在|高达|只有|仅|共|合计|[:：，,]|\\s)+$`);
const NAME_TAIL_EN = new RegExp(`\\s*(?:(?:of|was|were|is|are|at|came to|totalled|totaled|reached|hit|${HEDGE_EN})\\s*|[:,]\\s*)*$`, 'i');
/** "即便按下限2.5万美元算", "even at the low end of $25,000". */
const TAKEN_AT_ZH = /(?:按|以|照)(?:下限|上限|最低|最高|低端|高端|低值|高值)?(?:的)?\s*$/;
const TAKEN_AT_AFTER_ZH = /^\s*(?:计算|来算|算|计)/;
const TAKEN_AT_EN = /\b(?:at|taking)\s+(?:the\s+)?(?:low|high|bottom|top)\s+end(?:\s+of)?\s*,?\s*$/i;

interface Names {
  a: string | undefined;
  b: string;
  /** The metric a margin's base is the whole of (revenue): a written base that names a part of it is not the base. */
  whole?: string;
}

function normZh(name: string): string {
  return name.replace(NAME_PREFIX_ZH, '').replace(NAME_SUFFIX_ZH, '');
}

function normEn(name: string): string {
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/(?:ies)$/, 'y').replace(/s$/, ''))
    .join(' ');
}

/** The name written right before an amount (zh), or before / after it (en: "revenue of $X", "$X of GAAP profit"). */
function namesOf(view: SentenceView, q: Quantity): string[] {
  const before = textBefore(view, q, 16);
  if (view.lang === 'zh') {
    const n = before.replace(NAME_TAIL_ZH, '').split(/[，,、；;：:（(]/).pop() ?? '';
    const out = [n];
    if (q.unit && /[A-Za-z]/.test(q.unit)) out.push(q.unit);
    return out.filter(Boolean);
  }
  const out: string[] = [];
  const b = /([a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,})?)$/i.exec(before.replace(NAME_TAIL_EN, ''));
  if (b) out.push(b[1]);
  const a = /^\s*(?:of|in)\s+(?:[A-Z]{2,5}\s+)?([a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,})?)/i.exec(textAfter(view, q, 30));
  if (a) out.push(a[1]);
  if (q.unit) out.push(q.unit);
  return out;
}

function sameName(lang: 'en' | 'zh', written: string, name: string): boolean {
  if (lang === 'zh') {
    // "Meta总算力" names what "总算力" does: a leading company name does not change the noun.
    const [w, n] = [normZh(written).replace(/^[A-Za-z][\w.&-]*(?=[\u4e00-\u9fff])/, ''), normZh(name).replace(/^[A-Za-z][\w.&-]*(?=[\u4e00-\u9fff])/, '')];
    if (n.length < 2 || w.length < 2) return false;
    // "算力" names "算力支出15.53亿元": spending words after the name do not change what it names.
    return w.endsWith(n) || n.endsWith(w) || new RegExp(`${n}(?:支出|投入|开支|费用|花费)$`).test(w);
  }
  const [w, n] = [normEn(written), normEn(name)];
  return w === n || w.endsWith(` ${n}`) || n.endsWith(` ${w}`);
}

/** A margin's base written under a name that narrows the whole ("数据中心收入", "data center revenue"): qualifiedLabel.ts decides. */
function namedAsPart(q: Quantity, names: Names, view: SentenceView, ctx: RelationContext): boolean {
  const own = [view, ...(ctx.earlier ?? [])].find((v) => v.quantities.includes(q));
  if (!own || !names.whole) return false;
  const written = namesOf(own, q).filter((n) => sameName(view.lang, n, names.b));
  return written.length > 0 && written.every((n) => narrows(n, names.b, names.whole!, view.lang, ctx));
}

/** The words before the base's noun name a narrower measure; a pronoun or "the company" says whose, not what. */
function narrows(written: string, name: string, whole: string, lang: 'en' | 'zh', ctx: RelationContext): boolean {
  const text = written.replace(lang === 'zh' ? /^(?:该公司|该|其|本)/ : /^(?:the company['’]s|its|their)\s+/i, '');
  const at = lang === 'zh' ? text.lastIndexOf(name) : text.toLowerCase().lastIndexOf(name.toLowerCase());
  if (at <= 0) return false;
  return namesNarrowerMeasure(text, { start: 0, end: text.length }, { start: at, end: at + name.length }, whole, ctx.kb);
}

export function isAmount(q: Quantity): boolean {
  return (q.kind === 'money' || q.kind === 'count' || (q.kind === 'number' && q.value >= 1)) && !isDuration(q) && checkable(q);
}

/** Amounts the name fits: in this sentence before `limit`, then in earlier sentences of the paragraph. */
export function named(view: SentenceView, ctx: RelationContext, name: string, limit: Quantity): Quantity[] {
  const out: Quantity[] = [];
  const here = view.quantities.filter((q) => q.end <= limit.start && isAmount(q));
  for (const q of here.reverse()) if (namesOf(view, q).some((n) => sameName(view.lang, n, name))) out.push(q);
  for (const earlier of ctx.earlier ?? []) {
    for (const q of earlier.quantities.filter(isAmount).reverse()) if (namesOf(earlier, q).some((n) => sameName(view.lang, n, name))) out.push(q);
  }
  return out;
}

/**
 * A margin names its own ratio: "净利率约为46%" is 净利润 ÷ 收入, "a net margin of 36%" net income ÷ revenue.
 * Only margins with one accepted numerator; a markup on cost ("成本利润率") is complements.ts's.
 */
const MARGIN_NAMES: [RegExp, Names][] = [
  [new RegExp(`(?:净利率|净利润率)${ADVERBS_ZH}${COPULA_ZH}*\\s*(?:${HEDGE_ZH})?\\s*$`), { a: '净利润', b: '收入', whole: 'revenue' }],
  [new RegExp(`毛利率${ADVERBS_ZH}${COPULA_ZH}*\\s*(?:${HEDGE_ZH})?\\s*$`), { a: '毛利', b: '收入', whole: 'revenue' }],
  [new RegExp(`\\bnet (?:profit )?margin\\s+(?:of|was|is|came to|reached|stood at)?\\s*(?:${HEDGE_EN}\\s+)?$`, 'i'), { a: 'net income', b: 'revenue', whole: 'revenue' }],
  [new RegExp(`\\bgross margin\\s+(?:of|was|is|came to|reached|stood at)?\\s*(?:${HEDGE_EN}\\s+)?$`, 'i'), { a: 'gross profit', b: 'revenue', whole: 'revenue' }],
];

function marginNames(view: SentenceView, m: Quantity): Names | undefined {
  if (m.kind !== 'percent') return undefined;
  const before = textBefore(view, m, 30);
  return MARGIN_NAMES.find(([re]) => re.test(before))?.[1];
}

function namesFor(view: SentenceView, m: Quantity): Names | undefined {
  const margin = marginNames(view, m);
  if (margin) return margin;
  if (view.lang === 'zh') {
    const r = A_IS_M_OF_B_ZH.exec(textBefore(view, m, 30));
    if (!r) return undefined;
    // "约为收入的": a hedge or an adverb is not the subject's name.
    return { a: r[1]?.replace(/^(?:约|大约|大概|也|就|则|已经|已|将|都|还|仍)+$/, ''), b: r[2] };
  }
  const before = A_IS_EN.exec(textBefore(view, m, 50));
  const after = OF_B_EN.exec(textAfter(view, m, 40, true));
  if (!before || !after) return undefined;
  return { a: before[1], b: after[1] };
}

function usable(name: string | undefined): name is string {
  return !!name && !NOT_A_NAME.test(name.trim()) && !/^[\d.]+$|\d\s*[年月日号]/.test(name);
}

/** "按下限2.5万美元算": an amount of this sentence taken in place of the range (or value) it narrows. */
function takenAt(view: SentenceView, m: Quantity): Quantity | undefined {
  return view.quantities.find(
    (q) =>
      q.end <= m.start &&
      isAmount(q) &&
      ((TAKEN_AT_ZH.test(textBefore(view, q, 8)) && TAKEN_AT_AFTER_ZH.test(textAfter(view, q, 6))) || TAKEN_AT_EN.test(textBefore(view, q, 30))),
  );
}

function substitute(cands: Quantity[], taken: Quantity | undefined): Quantity[] {
  if (!taken) return cands;
  const narrowed = cands.some((c) => c !== taken && sameDimension(c, taken) && intersects(intervalOf(c), { low: taken.value, high: taken.value }));
  return narrowed ? [taken] : cands;
}

function ratioOf(a: Quantity, b: Quantity, m: Quantity): Interval {
  const r = div(intervalOf(a), intervalOf(b));
  return m.kind === 'percent' ? scale(r, 100) : r;
}

interface Statement {
  m: Quantity;
  names: Names;
  subjects: Quantity[];
  /** "增加约254亿美元，是上年的7倍": the subject is an increase; the multiple may be of the level it brings (increaseSubject.ts). */
  increase?: boolean;
}

/** "X，约占营收的P" / "净利润相当于营收的M": the names and the amounts the subject may be. */
function statementOf(view: SentenceView, ctx: RelationContext, m: Quantity): Statement | undefined {
  if ((m.kind !== 'ratio' && m.kind !== 'multiple' && m.kind !== 'percent') || !checkable(m)) return undefined;
  if (/^(?:doubl|tripl|quadrupl)|翻/i.test(m.text)) return undefined;
  const names = namesFor(view, m);
  if (!names || !usable(names.b)) return undefined;
  const prev = view.quantities[view.quantities.indexOf(m) - 1];
  // "数据中心收入1152亿美元，占营收的95%": no name before the copula, the amount right before is the subject.
  if (names.a === undefined || names.a === '') {
    if (!prev || view.lang !== 'zh' || !SUBJECT_BEFORE_ZH.test(gapBetween(view, prev, m))) return undefined;
    const subject = isAmount(prev) ? prev : changedBy(view, prev);
    return subject ? { m, names, subjects: [subject], increase: subject === prev && writtenAsIncrease(view, prev) } : undefined;
  }
  if (!usable(names.a) || sameName(view.lang, names.a, names.b) || sameName(view.lang, names.b, names.a)) return undefined;
  return { m, names, subjects: named(view, ctx, names.a, m) };
}

/**
 * "数据中心收入38.6亿美元，较上年同期的22.8亿美元增长69%，占总营收的…": a growth rate between the amount and
 * its share describes that amount, so the share is still the changed amount's (the new value), not the
 * rate's or the old value's.
 */
function changedBy(view: SentenceView, rate: Quantity): Quantity | undefined {
  if (rate.kind !== 'percent') return undefined;
  const c = changeForRate(view, rate, changesIn(view));
  return c && isAmount(c.new) && c.new.end <= rate.start ? c.new : undefined;
}

const SUBJECT_BEFORE_ZH = /^\s*[，,]\s*(?:约|大约)?(?:占|相当于|是|为|约为|约是)/;

/** The base a statement implies: subject ÷ ratio ("研发投入21.95亿元，是收入的7倍" → 收入 ≈ 3.1亿元). */
function impliedBase(st: Statement): Interval | undefined {
  if (st.subjects.length !== 1) return undefined;
  const r = st.m.kind === 'percent' ? scale(intervalOf(st.m), 0.01) : intervalOf(st.m);
  if (r.low === null || r.low <= 0) return undefined;
  return div(intervalOf(st.subjects[0]), r);
}

/**
 * "2024年净亏损29.58亿元，约为收入的9.5倍。研发投入21.95亿元，是收入的7倍；…算力一项就相当于收入的3倍": the
 * base is never written, but two or more other statements of the paragraph agree on what it is; a
 * statement that implies another base disagrees with them.
 */
function againstSiblings(view: SentenceView, ctx: RelationContext, st: Statement): RelationOutcome | undefined {
  // An increase's multiple implies no one base: of the increase or of the level it brings.
  if (st.subjects.length !== 1 || st.increase) return undefined;
  const siblings: Interval[] = [];
  const views: [SentenceView, SentenceView[]][] = [[view, ctx.earlier ?? []]];
  (ctx.earlier ?? []).forEach((v, i) => views.push([v, (ctx.earlier ?? []).slice(i + 1)]));
  for (const [v, earlier] of views) {
    for (const q of v.quantities) {
      if (v === view && q.start >= st.m.start) continue;
      const other = statementOf(v, { ...ctx, earlier }, q);
      if (!other || !sameName(view.lang, other.names.b, st.names.b) || other.subjects.length !== 1 || other.increase || !sameDimension(other.subjects[0], st.subjects[0])) continue;
      const base = impliedBase(other);
      if (base) siblings.push(base);
    }
  }
  if (siblings.length < 2) return undefined;
  let agreed: Interval = siblings[0];
  for (const b of siblings.slice(1)) {
    if (!intersects(agreed, b)) return undefined;
    agreed = { low: Math.max(agreed.low ?? -Infinity, b.low ?? -Infinity), high: Math.min(agreed.high ?? Infinity, b.high ?? Infinity) };
  }
  const a = st.subjects[0];
  const r = div(intervalOf(a), agreed);
  return {
    check: st.m.kind === 'percent' ? 'arith.percent-of' : 'arith.ratio',
    result: st.m,
    operands: [a],
    computed: st.m.kind === 'percent' ? scale(r, 100) : r,
    formula: `${a.text} ÷ (${st.names.b})`,
    certainty: 'probable',
    lang: view.lang,
    noFix: true,
  };
}

export const namedRatios: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  for (const m of view.quantities) {
    const st = statementOf(view, ctx, m);
    if (!st) continue;
    let subjects = st.subjects;
    let bases = named(view, ctx, st.names.b, m);
    // "数据中心收入1152亿美元。…净利润728.8亿美元，净利率约56%": a net or gross margin is over the company's
    // whole revenue, so a revenue the paragraph names as a segment's is not its base.
    if (st.names.whole) bases = bases.filter((b) => !namedAsPart(b, st.names, view, ctx));
    // "相当于阿里同季营收的六成": a whole named as another company's is none of the subject's figures.
    const owner = wholeOwner(st.names.b, ctx.kb);
    if (owner) bases = ownedWholes(view, owner, subjects.length === 1 ? subjects[0] : undefined, bases);
    if (owner && bases.length === 0) continue;
    if (bases.length === 0) {
      const o = againstSiblings(view, ctx, st);
      if (o) out.push(o);
      continue;
    }
    const taken = takenAt(view, m);
    subjects = substitute(subjects, taken);
    bases = substitute(bases, taken);
    const readings: RelationOutcome[] = [];
    for (const a of subjects) {
      for (const b of bases) {
        // A figure and its own conversion ("1724亿元…约合236亿美元") are one amount, not a part and a whole.
        if (a === b || periodsDiffer(view, ctx, a, b) || restatesInOtherCurrency(view, a, b)) continue;
        const base: Omit<RelationOutcome, 'computed'> = {
          check: m.kind === 'percent' ? 'arith.percent-of' : 'arith.ratio',
          result: m,
          operands: [a, b],
          formula: `${a.text} ÷ ${b.text}`,
          certainty: 'probable',
          lang: view.lang,
          noFix: true,
        };
        if (sameDimension(a, b)) {
          readings.push({ ...base, computed: ratioOf(a, b, m) });
          // "增加254亿美元，是上年的近7倍": or the level the increase brings, (B + increase) ÷ B.
          if (st.increase) readings.push({ ...base, formula: `(${b.text} + ${a.text}) ÷ ${b.text}`, computed: shift(ratioOf(a, b, m), m.kind === 'percent' ? 100 : 1) });
        }
        else if (isPlainMoney(a) && isPlainMoney(b) && a.currency !== b.currency) {
          // "融资130亿美元，投后估值1830亿元 … 融资额相当于估值的10%": convert before dividing.
          const converted = convertAmount(view, ctx, a, b.currency as string, b);
          if (!converted) continue;
          const r = div(converted.interval, intervalOf(b));
          readings.push({
            ...base,
            computed: m.kind === 'percent' ? scale(r, 100) : r,
            notes: converted.notes,
            facts: converted.facts,
            certainty: converted.certainty === 'weak' ? 'weak' : 'probable',
            sameCurrency: { interval: ratioOf(a, b, m), formula: `${a.text} ÷ ${b.text}` },
          });
        }
      }
    }
    if (readings.length === 0 || readings.length > 6) continue;
    // The closest reading first: when none fits, the finding shows the one the writer most likely meant.
    readings.sort((x, y) => relativeGap(x.computed, intervalOf(m)) - relativeGap(y.computed, intervalOf(m)));
    out.push(...readings);
  }
  return out;
};
