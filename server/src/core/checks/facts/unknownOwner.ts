/**
 * "…compared the upper half of that range with the UK's entire 2021 GDP of $3.1 trillion": a figure
 * whose own noun phrase names another owner and a measure ("<Owner>'s [words] of $N") is that owner's,
 * not the sentence subject's. When the owner is no entity of the fact base, nothing can be said about
 * the figure: judged against the subject's facts it would be a false wrong period or contradiction.
 * Owners the fact base knows are left to the binder, which reads them itself.
 *
 * English also writes the owner without a possessive before its measure ("set beside Italy GDP of $2.3
 * trillion"), or the possessive right before the figure and the measure after it ("Spain's $1.6 trillion
 * 2023 GDP", "Spain's $1.6 trillion GDP of 2023"). Read so, the owner must be unknown and the measure no
 * metric word of the figure's kind: a figure tied by its own noun phrase to a party and a measure the
 * fact base does not track is not the paragraph's subject's figure of the paragraph's measure.
 *
 * Chinese writes the owner and the measure before the figure without a possessive ("作为参照，英国2021年
 * GDP约3.1万亿美元"): a clause that opens with its own subject and its own measure, neither of which the
 * fact base knows (no entity, no metric word), states another party's figure too; it does not borrow
 * the previous clause's subject and metric.
 * Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import type { QuantityKind } from '../../model';
import type { FactBase } from '../../facts/index';
import { findEntityMentions } from '../../bind/mentions';
import { findTriggers } from '../../bind/metrics';

/** "<Capitalised Name>'s <one to four words> of [about] " right before the figure. */
const OWNED_PHRASE = /(?:^|[^A-Za-z])((?:[A-Z][A-Za-z.&-]*\s+){0,3}[A-Z][A-Za-z.&-]*)['’]s\s+(?:[A-Za-z0-9-]+\s+){1,4}of\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?$/;

/** "<Name> <one to three words of measure> of [about] " right before the figure, no possessive: "Italy GDP of". */
const NAMED_MEASURE_OF = /(?:^|[^A-Za-z0-9'’])((?:[A-Z][A-Za-z.&-]*\s+){0,2}[A-Z][A-Za-z.&-]*)\s+((?:[A-Za-z0-9-]+\s+){0,2}[A-Za-z0-9-]+)\s+of\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?$/;
/** "<Capitalised Name>'s [about] " right before the figure: "Spain's $1.6 trillion 2023 GDP". */
const OWNER_BEFORE_FIGURE = /(?:^|[^A-Za-z])((?:[A-Z][A-Za-z.&-]*\s+){0,3}[A-Z][A-Za-z.&-]*)['’]s\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?$/;
/**
 * After such a figure: an optional year and up to two words, the last its measure, closing the phrase. The
 * measure's period may follow it instead of preceding it ("Spain's $1.6 trillion GDP of 2023"): "of" and a
 * year close the phrase as a full stop does.
 */
const MEASURE_AFTER_FIGURE =
  /^\s+((?:(?:19|20)\d{2}\s+)?(?:[A-Za-z-]+\s+){0,1}[A-Za-z-]+)(?=\s*(?:[.,;:!?)]|$|\s(?:and|but|or|while|which|that|in|for|is|was|were|compared|versus|vs)\b|\sof\s+(?:(?:fiscal|calendar)\s+)?(?:FY\s?)?(?:19|20)\d{2}\b))/;
/** Words that open a sentence or a phrase, never a party's name. */
const NOT_A_NAME = /^(?:The|A|An|In|On|At|By|For|From|With|Its|Their|His|Her|Our|This|That|These|Those|Each|Every|Total|Global|Annual|And|But|Or)$/;

/**
 * A Chinese clause that opens with an owner (two to four characters), a year and a measure right before
 * the figure, after at most a hedge or copula: "英国2021年GDP约", "日本2024年国防预算为". The measure is
 * a Latin acronym (GDP, CPI) or a word ending in a head that names a total (总值, 总量, 预算, 人口, 产值,
 * 支出, 规模, 总额). The clause must begin at a clause break inside the window (or at the sentence's
 * start), so the owner is the clause's first word.
 */
const OWNED_CLAUSE_ZH =
  /(?:^|[，,；;：:。！？])\s*([\u4e00-\u9fff]{2,4})(?:19|20)\d{2}年度?的?([A-Z]{2,6}|[\u4e00-\u9fff]{0,4}(?:总值|总量|预算|人口|产值|支出|规模|总额))(?:约为|大约|约|为|是|达到|达|仅|只有)?\s*$/;
/**
 * The same owner, year and measure glossed by the figure in brackets, inside a longer clause: "报告用英国
 * 2021年GDP（3.1万亿美元）作参照", "相当于德国2022年国防预算（约580亿美元）". The bracket closes the noun
 * phrase, so the owner need not open the clause: the words between the clause break and the year are read
 * whole (at most eight characters), and none of them may point back at the subject (NO_OWNER_WORD_ZH).
 */
const GLOSSED_CLAUSE_ZH =
  /(?:^|[，,；;：:。！？])\s*([\u4e00-\u9fff]{2,8})(?:19|20)\d{2}年度?的?([A-Z]{2,6}|[\u4e00-\u9fff]{0,4}(?:总值|总量|预算|人口|产值|支出|规模|总额))\s*[（(](?:约为|大约|约|近|逾|超过)?\s*$/;
/** Anywhere in a glossed owner: a word that points back at the subject or names its kind of party. */
const NO_OWNER_WORD_ZH = /该|其|本|此|这|那|同|公司|集团|企业|自身|自己/;
/** Words that point back at a subject already named, or only date or scope the figure: no owner of their own. */
const NO_OWNER_ZH = /^(?:该|其|本|此|这|那|同|全|当|去|今|明|上|下|前|后|次|每|单|合|总|共|公司|集团|企业|季度|年度|期间)/;
/** How much of the sentence before the figure the Chinese reading looks at: one short clause. */
const ZH_WINDOW = 24;
/**
 * How much the English reading looks at: an owner of up to four words, up to four words of measure and
 * a hedge fit well inside it. The pattern is anchored at the figure, so reading the whole (growing)
 * prefix would be quadratic on a long sentence with many figures.
 */
const EN_WINDOW = 160;

/** The figure at `figureStart` of `sentenceText` is owned by a party the fact base does not know. */
export function ownedByUnknownParty(sentenceText: string | undefined, figureStart: number, kb: FactBase, kind?: QuantityKind, figureEnd?: number): boolean {
  if (sentenceText === undefined || figureStart <= 0) return false;
  const windowEn = ownerWindowEn(sentenceText, figureStart);
  const owned = OWNED_PHRASE.exec(windowEn);
  if (owned) return findEntityMentions(owned[1], kb).length === 0;
  if (untrackedOwnerEn(windowEn, figureEnd === undefined ? undefined : sentenceText.slice(figureEnd, figureEnd + 60), kb, kind)) return true;
  const from = Math.max(0, figureStart - ZH_WINDOW);
  // A window cut inside a clause does not open it: read only from a break, or from the sentence's start.
  const window = sentenceText.slice(from, figureStart);
  return ownedClauseZh(from === 0 ? window : window.replace(/^[^，,；;：:。！？]*/, ''), kb, kind);
}

/**
 * The last EN_WINDOW characters before the figure. A window cut inside a word drops that word's tail, so
 * a name is never read from half a word ("…McDonald's" must not start an owner at "Donald").
 */
function ownerWindowEn(sentenceText: string, figureStart: number): string {
  const from = Math.max(0, figureStart - EN_WINDOW);
  const window = sentenceText.slice(from, figureStart);
  return from === 0 || /\s/.test(sentenceText[from - 1]) ? window : window.replace(/^\S*/, '');
}

/**
 * The English shapes other than "<Owner>'s … of $N": "Italy GDP of $N" and "Spain's $N 2023 GDP". The owner
 * must be a name (not an opening word) the fact base does not know, and owner and measure together must
 * hold no metric word of the figure's kind, as in the Chinese shape.
 */
function untrackedOwnerEn(before: string, after: string | undefined, kb: FactBase, kind: QuantityKind | undefined): boolean {
  const named = NAMED_MEASURE_OF.exec(before);
  const possessed = named || after === undefined ? undefined : OWNER_BEFORE_FIGURE.exec(before);
  const measure = named ? named[2] : possessed ? MEASURE_AFTER_FIGURE.exec(after!)?.[1] : undefined;
  const owner = (named ?? possessed)?.[1];
  if (!owner || !measure || owner.split(/\s+/).some((w) => NOT_A_NAME.test(w))) return false;
  return untracked(`${owner} ${measure}`, kb, kind);
}

/** Neither a known party nor a metric word of the figure's kind in the phrase. */
function untracked(phrase: string, kb: FactBase, kind: QuantityKind | undefined): boolean {
  if (findEntityMentions(phrase, kb).length > 0) return false;
  return !findTriggers(phrase, kb).some((t) => kind === undefined || (kb.metrics.get(t.metric)?.kinds ?? []).includes(kind));
}

/**
 * The Chinese shape: an owner and a measure, neither known to the fact base (see OWNED_CLAUSE_ZH). A
 * metric word counts only for a metric that takes the figure's kind: "GDP" names a GDP gain in percent,
 * not an economy's size in dollars.
 */
function ownedClauseZh(before: string, kb: FactBase, kind: QuantityKind | undefined): boolean {
  const opening = OWNED_CLAUSE_ZH.exec(before);
  const glossed = opening ? undefined : GLOSSED_CLAUSE_ZH.exec(before);
  const owned = opening ?? glossed;
  if (!owned || NO_OWNER_ZH.test(owned[1]) || (glossed && NO_OWNER_WORD_ZH.test(glossed[1]))) return false;
  return untracked(owned[1] + owned[2], kb, kind);
}
