/**
 * Where entities are named in the text: alias mentions ("Nvidia", "英伟达", "H100s") and the pronouns
 * that refer back to one ("the company", "its", 该公司, 其).
 *
 * Aliases match as written, or in capitals ("NVIDIA" for "Nvidia"); a lower-cased alias would find
 * ordinary words ("meta", "apple"). Overlapping aliases keep the longest ("Google Cloud" over "Google").
 */
import type { Entity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import { findLiterals, longestNonOverlapping, type Literal } from './literals';
import { shortNameMentions } from './shortNames';
import { partitionPoint } from '../sortedSearch';

export interface EntityMention extends Span {
  entity: string;
  kind: Entity['kind'];
}

export interface PronounMention extends Span {
  /** "the company", 该公司: only a company can be meant. */
  companyOnly: boolean;
}

interface AliasTable {
  literals: Literal[];
  entities: string[];
}

const tables = new WeakMap<BindingKnowledge, AliasTable>();

function aliasTable(kb: BindingKnowledge): AliasTable {
  const cached = tables.get(kb);
  if (cached) return cached;
  const literals: Literal[] = [];
  const entities: string[] = [];
  const seen = new Set<string>();
  const add = (text: string, entity: string, plural: boolean) => {
    const key = `${entity}\u0000${text}`;
    if (!text.trim() || seen.has(key)) return;
    seen.add(key);
    literals.push({ text, caseInsensitive: false, plural });
    entities.push(entity);
  };
  for (const alias of kb.entityAliases) {
    const entity = kb.entities.get(alias.entity);
    if (!entity) continue;
    const plural = entity.kind === 'product' || entity.kind === 'model';
    add(alias.text, alias.entity, plural);
    // "NVIDIA" for "Nvidia": capitals are a common house style; three letters or more, so "Pi" stays "Pi".
    if (/[a-z]/.test(alias.text) && alias.text.replace(/[^A-Za-z]/g, '').length >= 3) add(alias.text.toUpperCase(), alias.entity, plural);
  }
  const table = { literals, entities };
  tables.set(kb, table);
  return table;
}

/** Alias mentions in text[from, to), sorted, not overlapping each other. */
export function findEntityMentions(text: string, kb: BindingKnowledge, from = 0, to = text.length): EntityMention[] {
  const table = aliasTable(kb);
  const hits = findLiterals(text, text, table.literals, from, to);
  const mentions = hits.map((h) => {
    const entity = table.entities[h.index];
    return { start: h.start, end: h.end, entity, kind: kb.entities.get(entity)!.kind };
  });
  // Two entities with the same alias at the same place: ambiguous, so neither is kept.
  const kept = longestNonOverlapping(mentions);
  const out: EntityMention[] = [];
  // Kept hits are sorted by start then end, so hits sharing a span are neighbours.
  for (let i = 0; i < kept.length; ) {
    let j = i + 1;
    while (j < kept.length && kept[j].start === kept[i].start && kept[j].end === kept[i].end) j++;
    if (kept.slice(i, j).every((k) => k.entity === kept[i].entity)) out.push(kept[i]);
    i = j;
  }
  const short = shortNameMentions(text, kb, out, from, to);
  return short.length === 0 ? out : [...out, ...short].sort((a, b) => a.start - b.start);
}

/** The mentions (sorted by start) lying inside [from, to). */
export function mentionsIn<T extends Span>(mentions: readonly T[], from: number, to: number): T[] {
  const lo = partitionPoint(mentions, (m) => m.start < from);
  const out: T[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < to; i++) if (mentions[i].end <= to) out.push(mentions[i]);
  return out;
}

/**
 * English pronouns that stand for a company; "it" as a dummy subject ("it is expected") is left out.
 * "the segment" ("Google Cloud … For the full year the segment reported $43.2 billion") stands for the
 * business just named, a company's unit as often as a company, so it is not company-only.
 */
const EN_PRONOUN = /(?<![A-Za-z])(?:(the (?:company|firm|startup|start-up))(?![A-Za-z])|the segment(?![A-Za-z])|its(?![A-Za-z])|it(?![A-Za-z'’-]))/gi;
const DUMMY_IT = /^\s+(?:is|was|'s|’s)\s+(?:expected|estimated|reported|said|likely|unlikely|possible|clear|unclear|worth|true|important|notable|hard|easy|not|believed|thought|understood)\b/i;
/** 这笔/该笔 ("这笔3800亿美元的投入"): the sum just named, so whoever spent or received it before. */
const ZH_PRONOUN = /(该公司|这家公司|这家企业|该企业|该初创公司|这家初创公司)|这笔|该笔|此笔|其|它/g;
/** 其 and 它 inside ordinary words: 其他, 其实, 其中, 其一, 尤其, 极其, 与其, 其次, 其余, 其后, 其间, 它们, 其它. */
const ZH_NOT_AFTER = /^[他它实中次余后间]/;
/** 其一, 其二: "the first", "the second". */
const ZH_ORDINAL_AFTER = /^[一二三四]/;
const ZH_NOT_BEFORE = /[尤极与其]$/;

export function findPronouns(text: string, from: number, to: number): PronounMention[] {
  const slice = text.slice(from, to);
  const out: PronounMention[] = [];
  EN_PRONOUN.lastIndex = 0;
  for (let m = EN_PRONOUN.exec(slice); m; m = EN_PRONOUN.exec(slice)) {
    const after = slice.slice(m.index + m[0].length);
    if (m[0].toLowerCase() === 'it' && DUMMY_IT.test(after)) continue;
    out.push({ start: from + m.index, end: from + m.index + m[0].length, companyOnly: m[1] !== undefined });
  }
  ZH_PRONOUN.lastIndex = 0;
  for (let m = ZH_PRONOUN.exec(slice); m; m = ZH_PRONOUN.exec(slice)) {
    if (m[1] === undefined && m[0].length === 1) {
      const after = slice.slice(m.index + 1);
      const before = slice.slice(0, m.index);
      if (ZH_NOT_AFTER.test(after) || ZH_NOT_BEFORE.test(before)) continue;
      if ((m[0] === '其' && ZH_ORDINAL_AFTER.test(after)) || (m[0] === '它' && after.startsWith('们'))) continue;
    }
    out.push({ start: from + m.index, end: from + m.index + m[0].length, companyOnly: m[1] !== undefined });
  }
  return out.sort((a, b) => a.start - b.start);
}
