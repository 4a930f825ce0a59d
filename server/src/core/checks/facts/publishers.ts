/**
 * Publishers: whether the source a draft names ("据《金融时报》", "the FT") stands behind a fact.
 * Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import type { Fact } from '../../model';
import type { FactBase } from '../../facts/index';

/** A publisher or research firm the fact base knows by name ("Bloomberg", "彭博社", "Omdia"). */
export function isKnownPublisher(attribution: string, kb: FactBase): boolean {
  const named = normName(attribution);
  return organisationAliases(kb).some((alias) => {
    const n = normName(alias.text);
    // Whole names only: a short alias ("FT") must not be found inside another word ("Microsoft").
    return n === named || (n.length >= 5 && named.includes(n));
  });
}

/** A publisher's name folded for comparison (case, quotes, brackets, spaces, a leading "the"); memoised. */
const normalisedNames = new Map<string, string>();
function normName(s: string): string {
  let n = normalisedNames.get(s);
  if (n === undefined) {
    n = s.toLowerCase().replace(/[《》"“”'‘’\s.]/g, '').replace(/^the/, '');
    // Names come from the fact base and from drafts' attributions: few, but never let the memo grow unbounded.
    if (normalisedNames.size > 50_000) normalisedNames.clear();
    normalisedNames.set(s, n);
  }
  return n;
}

/** The aliases of organisations (publishers, research firms), per fact base: judging reads them for every attributed claim. */
const organisationAliasesOf = new WeakMap<FactBase, FactBase['entityAliases']>();
function organisationAliases(kb: FactBase): FactBase['entityAliases'] {
  let list = organisationAliasesOf.get(kb);
  if (!list) {
    list = kb.entityAliases.filter((alias) => kb.entities.get(alias.entity)?.kind === 'organisation');
    organisationAliasesOf.set(kb, list);
  }
  return list;
}

/** "FT" names the Financial Times, "《金融时报》" too: compare loosely, both ways. */
function publisherMatches(publisher: string, attribution: string): boolean {
  const a = normName(publisher);
  const b = normName(attribution);
  if (a.length === 0 || b.length === 0) return false;
  if (a === b) return true;
  // A short Latin name ("FT", "AFP") is found only as a word of the other name: folded without spaces,
  // "summary of The Information" holds "ft" ("of the") and "Microsoft" does too.
  if (b.length < a.length) return a.includes(b) && (!SHORT_LATIN.test(b) || wordIn(b, publisher));
  return b.includes(a) && (!SHORT_LATIN.test(a) || wordIn(a, attribution));
}

/** A name of at most four Latin letters or digits, once folded. */
const SHORT_LATIN = /^[a-z0-9]{1,4}$/;

/** Is the folded short name `word` a whole word of `text` (case aside)? */
function wordIn(word: string, text: string): boolean {
  return new RegExp(`(?<![a-z0-9])${word}(?![a-z0-9])`, 'i').test(text);
}

/**
 * Does the publisher a draft names ("according to the FT", "据《金融时报》") stand behind this fact?
 * Compared with the fact's source publishers and its `reportedBy` entities, through every name of the
 * publisher entity the attribution names, so FT, Financial Times and 金融时报 are one publisher.
 */
export function attributionMatches(fact: Fact, attribution: string, kb: FactBase): boolean {
  return namedAmong([...fact.sources.map((s) => s.publisher), ...reporterNames(fact, kb)], attribution, kb);
}

/**
 * Does the fact record the publisher a draft names as the one who broke or made the figure (`reportedBy`)?
 * Stricter than attributionMatches: a source's publisher line may name a third party it summarises
 * ("summary of Goldman Sachs report") without that party having made the figure.
 */
export function reportedByNamed(fact: Fact, attribution: string, kb: FactBase): boolean {
  return namedAmong(reporterNames(fact, kb), attribution, kb);
}

function reporterNames(fact: Fact, kb: FactBase): string[] {
  return (fact.reportedBy ?? []).flatMap((id) => {
    const e = kb.entities.get(id);
    return e ? [...e.names.en, ...e.names.zh] : [id];
  });
}

function namedAmong(candidates: readonly string[], attribution: string, kb: FactBase): boolean {
  const names = publisherNames(attribution, kb);
  return candidates.some((c) => names.some((n) => publisherMatches(c, n)));
}

/** Every name of the publisher an attribution names (FT → Financial Times, 金融时报…), memoised per fact base. */
const publisherNamesOf = new WeakMap<FactBase, Map<string, string[]>>();
function publisherNames(attribution: string, kb: FactBase): string[] {
  let byAttribution = publisherNamesOf.get(kb);
  if (!byAttribution) publisherNamesOf.set(kb, (byAttribution = new Map()));
  let names = byAttribution.get(attribution);
  if (!names) {
    const set = new Set<string>([attribution]);
    for (const alias of organisationAliases(kb)) {
      if (publisherMatches(alias.text, attribution)) {
        const e = kb.entities.get(alias.entity)!;
        [...e.names.en, ...e.names.zh].forEach((n) => set.add(n));
      }
    }
    names = [...set];
    if (byAttribution.size > 10_000) byAttribution.clear();
    byAttribution.set(attribution, names);
  }
  return names;
}
