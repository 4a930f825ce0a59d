/**
 * Short forms of company names that are also ordinary words ("Figure" for Figure AI, "Stability" for
 * Stability AI). Matched like any name, they would bind every "Figure 3" or "Stability matters" to the
 * company; so a short form counts only where the text shows the company is meant:
 *  - the full name stands earlier in the same paragraph (no blank line between): writers give the full
 *    name first and shorten it after ("Stability AI's founder resigned. … Stability last raised…");
 *  - a company verb follows it ("Figure raised $675 million", "Figure is valued at", "Figure完成…融资"), or
 *    its valuation with a figure ("Figure估值390亿美元", "X 作价 330 亿美元", X的估值为…): a price is put
 *    on a company, not on a word.
 */
import type { BindingKnowledge } from './knowledge';
import { findLiterals, type Literal } from './literals';
import type { EntityMention } from './mentions';

interface ShortNameTable {
  literals: Literal[];
  entities: string[];
}

const tables = new WeakMap<BindingKnowledge, ShortNameTable>();

function shortNameTable(kb: BindingKnowledge): ShortNameTable {
  const cached = tables.get(kb);
  if (cached) return cached;
  const table: ShortNameTable = { literals: [], entities: [] };
  for (const entity of kb.entities.values()) {
    for (const text of [...(entity.shortNames?.en ?? []), ...(entity.shortNames?.zh ?? [])]) {
      table.literals.push({ text, caseInsensitive: false, plural: false });
      table.entities.push(entity.id);
    }
  }
  tables.set(kb, table);
  return table;
}

/** A company verb right after the short form: it is the company acting. */
const COMPANY_VERB_AFTER =
  /^(?:\s+(?:has\s+|had\s+|just\s+|also\s+)?(?:raised|raises|closed\s+(?:a|its)|is\s+(?:now\s+)?valued|was\s+valued)(?![A-Za-z])|\s*(?:已|又|再)?(?:完成|获得|宣布完成)[^，,。；;]{0,12}融资|\s*的?(?:估值|作价)(?:为|约|达)?\s*[\d约近超逾])/;
/** A blank line: the end of a Markdown paragraph. */
const BLANK_LINE = /\n[ \t]*\r?\n/;

/**
 * Short-form mentions in text[from, to) that the text vouches for, given the full-name mentions
 * (`named`, sorted). Those overlapping a full name ("Stability" inside "Stability AI") are left out.
 */
export function shortNameMentions(text: string, kb: BindingKnowledge, named: readonly EntityMention[], from: number, to: number): EntityMention[] {
  const table = shortNameTable(kb);
  if (table.literals.length === 0) return [];
  const out: EntityMention[] = [];
  for (const hit of findLiterals(text, text, table.literals, from, to)) {
    const entity = table.entities[hit.index];
    if (named.some((m) => m.start < hit.end && hit.start < m.end)) continue;
    const fullBefore = named.some((m) => m.entity === entity && m.end <= hit.start && !BLANK_LINE.test(text.slice(m.end, hit.start)));
    if (!fullBefore && !COMPANY_VERB_AFTER.test(text.slice(hit.end, hit.end + 40))) continue;
    out.push({ start: hit.start, end: hit.end, entity, kind: kb.entities.get(entity)!.kind });
  }
  return out;
}
