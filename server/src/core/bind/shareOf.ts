/**
 * A share names its measure after "of": "98% of data-center GPU shipments" is a market share, "half of
 * its semiconductor revenue" a share of revenue. The words between "of" and the head noun only narrow
 * the measure ("data-center GPU", "its semiconductor"), so the head is read as if it followed "of"
 * directly: "of shipments", "of revenue", which are triggers of the share metrics in the knowledge base.
 *
 * Read only right after a percentage or a fraction, where "of" introduces what the share is of; after
 * an amount ("$12.6 billion of data center revenue") "of" introduces what the amount is.
 *
 * Chinese names the share before its figures, with 占: "HBM占DRAM行业收入的比例从8.4%升至20.1%" reads
 * 占…收入 as 占收入, a trigger of the share of revenue, for whichever share figures follow.
 */
import type { Quantity } from '../model';
import type { BindingKnowledge } from './knowledge';
import { findTriggers, type TriggerMention } from './metrics';

/** How many narrowing words may stand between "of" and the head ("enterprise LLM API usage"). */
const MAX_NARROWING_WORDS = 4;
/** "of" right after the number, then its first word. */
const OF_AFTER_NUMBER = /^\s+(of)\s+(?=[A-Za-z0-9])/i;
/** One narrowing word and the space after it; punctuation ends the phrase. */
const NARROWING_WORD = /^[A-Za-z0-9][A-Za-z0-9&'’-]*\s+/;
/** Enough text after "of" for the narrowing words and a head of a few words. */
const WINDOW = 120;

const SHARE_KINDS = new Set<Quantity['kind']>(['percent', 'ratio']);

/**
 * Trigger mentions spanning "of … head" after each share figure, for the share metrics whose trigger
 * "of <head>" the phrase ends in. Sorted by start, like findTriggers.
 */
export function shareOfTriggers(text: string, quantities: readonly Quantity[], kb: BindingKnowledge): TriggerMention[] {
  const out: TriggerMention[] = [];
  for (const q of quantities) {
    if (!SHARE_KINDS.has(q.kind)) continue;
    const m = OF_AFTER_NUMBER.exec(text.slice(q.end, q.end + WINDOW));
    if (!m) continue;
    const ofStart = q.end + m[0].indexOf(m[1]);
    let at = q.end + m[0].length;
    for (let skipped = 0; skipped <= MAX_NARROWING_WORDS; skipped++) {
      const rest = text.slice(at, at + WINDOW);
      const head = headTrigger(`of ${rest}`, q, kb);
      if (head) {
        out.push({ start: ofStart, end: at + head.end - 3, metric: head.metric, strong: true, owner: { start: q.start, end: q.end }, share: true });
        break;
      }
      const word = NARROWING_WORD.exec(rest);
      if (!word) break;
      at += word[0].length;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The noun "share" and the "of" after it: "the top client's share of 2023 revenue", "its share of total sales". */
const SHARE_OF = /\bshare\s+(of)\s+(?=[A-Za-z0-9])/gi;

/**
 * "share of <narrowing words> <head>" names the measure the way "98% of … shipments" does, wherever the
 * figure stands (a table's row label, "the largest customer's share of first-half sales was 61%"): the head read right
 * after "of" ("of revenue") is a trigger of a share metric, and it outweighs "share" alone (market share).
 */
export function shareNounTriggers(text: string, kb: BindingKnowledge): TriggerMention[] {
  const out: TriggerMention[] = [];
  SHARE_OF.lastIndex = 0;
  for (let m = SHARE_OF.exec(text); m; m = SHARE_OF.exec(text)) {
    let at = m.index + m[0].length;
    for (let skipped = 0; skipped <= MAX_NARROWING_WORDS; skipped++) {
      const rest = text.slice(at, at + WINDOW);
      const head = findTriggers(`of ${rest}`, kb).find((t) => t.start === 0 && measuresShares(kb, t.metric));
      if (head) {
        out.push({ start: m.index, end: at + head.end - 3, metric: head.metric, strong: true, share: true });
        break;
      }
      const word = NARROWING_WORD.exec(rest);
      if (!word) break;
      at += word[0].length;
    }
  }
  return out;
}

/**
 * A trigger that starts with the phrase's "of" and measures shares ("of shipments"). A fraction's phrase
 * ("half of the HBM market") is read even where the metric admits only percentages: the fraction itself
 * does not bind to it, but the percentages it is ranked with do ("ahead of Samsung at 40%").
 */
function headTrigger(phrase: string, q: Quantity, kb: BindingKnowledge): TriggerMention | undefined {
  const fits = (metric: string) => kb.metrics.get(metric)?.kinds.includes(q.kind) || (q.kind === 'ratio' && measuresShares(kb, metric));
  return findTriggers(phrase, kb).find((t) => t.start === 0 && fits(t.metric));
}

/** How many characters may narrow a Chinese share between 占 and its head ("DRAM行业", "2023年"). */
const MAX_NARROWING_CHARS = 8;
/** Characters that may narrow it: letters, CJK and digits (a year: "占2023年收入的"), no punctuation or space. */
const NARROWING_CHAR = /[A-Za-z0-9\u3400-\u9fff]/;
/**
 * 占, and 贡献 ("微软贡献了2023年收入的62%", "贡献智能云收入的约1%", "生成式AI贡献的收入比例达9.6%"): a part that
 * contributes so much of a whole's revenue is that share of it, as one that 占 it is.
 */
const ZH_SHARE_VERB = /占|贡献了?/g;

/** Trigger mentions spanning "占 … head" for the share metrics whose trigger "占<head>" the phrase ends in. */
export function zhShareOfTriggers(text: string, kb: BindingKnowledge): TriggerMention[] {
  const out: TriggerMention[] = [];
  ZH_SHARE_VERB.lastIndex = 0;
  for (let m = ZH_SHARE_VERB.exec(text); m; m = ZH_SHARE_VERB.exec(text)) {
    const verb = m.index;
    const after = verb + m[0].length;
    // 占收入 written out is already a trigger; only a narrowed phrase is new. 贡献收入 is no trigger.
    for (let skipped = m[0] === '占' ? 1 : 0; skipped <= MAX_NARROWING_CHARS && (skipped === 0 || NARROWING_CHAR.test(text[after + skipped - 1] ?? '')); skipped++) {
      const rest = text.slice(after + skipped, after + skipped + WINDOW);
      // The head is a word of its own (收入, 营收), not one character that could start anything (占…比).
      const head = findTriggers(`占${rest}`, kb).find((t) => t.start === 0 && t.end >= 3 && measuresShares(kb, t.metric));
      if (head) {
        out.push({ start: verb, end: after + skipped + head.end - 1, metric: head.metric, strong: true, share: true });
        break;
      }
    }
  }
  return out;
}

/**
 * "贡献了35%的收入", "12%的营收来自云": a percentage followed by 的 and a head names what it is a share of,
 * as "35% of revenue" does. The phrase is the figure's own (narrowing characters allowed between 的 and the
 * head, as after 占).
 */
const ZH_OF_AFTER_NUMBER = /^\s*的/;

export function zhShareAfterTriggers(text: string, quantities: readonly Quantity[], kb: BindingKnowledge): TriggerMention[] {
  const out: TriggerMention[] = [];
  for (const q of quantities) {
    if (!SHARE_KINDS.has(q.kind)) continue;
    const m = ZH_OF_AFTER_NUMBER.exec(text.slice(q.end, q.end + 4));
    if (!m) continue;
    const after = q.end + m[0].length;
    for (let skipped = 0; skipped <= MAX_NARROWING_CHARS && (skipped === 0 || NARROWING_CHAR.test(text[after + skipped - 1] ?? '')); skipped++) {
      const rest = text.slice(after + skipped, after + skipped + WINDOW);
      const head = findTriggers(`占${rest}`, kb).find((t) => t.start === 0 && t.end >= 3 && measuresShares(kb, t.metric) && (kb.metrics.get(t.metric)?.kinds.includes(q.kind) ?? false));
      if (head) {
        out.push({ start: q.end, end: after + skipped + head.end - 1, metric: head.metric, strong: true, owner: { start: q.start, end: q.end }, share: true });
        break;
      }
    }
  }
  return out;
}

/** The metric measures shares (a percentage or a fraction). */
function measuresShares(kb: BindingKnowledge, metric: string): boolean {
  return kb.metrics.get(metric)?.kinds.some((k) => SHARE_KINDS.has(k)) ?? false;
}
