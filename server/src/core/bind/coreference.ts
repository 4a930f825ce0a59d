/**
 * What a pronoun ("the company", "its", 该公司, 其, 它) refers to: the subject of the nearest text
 * before it in the paragraph that names something it can stand for, else the single entity of the
 * section heading. A group ("Microsoft and Meta … its") or nothing at all leaves it unresolved.
 *
 * An investor that leads the sentence ("SoftBank led OpenAI's round; the company…", "红杉领投了智谱的新一轮
 * 融资；该公司…") is not what "the company" goes on about when the sentence also names the company it
 * invested in: that company is (skipped only when such a company follows the investing verb).
 */
import type { Binding, BindingHow, Quantity, Span } from '../model';
import type { Attribution } from './attribution';
import type { BindingKnowledge } from './knowledge';
import { mentionsIn, type EntityMention, type PronounMention } from './mentions';
import { excludedMentions } from './excludedName';
import { chooseSubject, distance, entityBinding } from './subject';
import { lastAtOrBefore } from '../sortedSearch';

export interface CoreferenceInput {
  text: string;
  /** The sentence of the number being bound. */
  sentence: Span;
  paragraph: Span;
  heading?: Span;
  /** Headings enclosing the section heading, innermost first. */
  outerHeadings?: readonly Span[];
  /** The lead line of a list or table, when it is read after the headings (the last of outerHeadings). */
  lead?: Span;
  /** All sentences of the document, sorted. */
  sentences: readonly Span[];
  mentions: readonly EntityMention[];
  attributions: readonly Attribution[];
  quantities: readonly Quantity[];
}

/** Right after an entity: it invests ("led", "invested in", "backed", 领投, 投资, 注资). */
const INVESTS_AFTER =
  /^\s*(?:(?:has|have|had|also|again|jointly|reportedly)\s+)*(?:led|co-led|invested(?:\s+in)?|backed|funded|participated\s+in)(?![A-Za-z])|^\s*(?:(?:也|还|再次|又|共同|联合|此前|曾)\s*)?(?:领投|跟投|参投|投资|注资|入股|押注)/i;

/** The mentions less an investor whose investing verb is followed, in the piece, by another entity (the company invested in). */
function withoutInvestors(text: string, named: readonly EntityMention[]): EntityMention[] {
  return named.filter((m) => !(INVESTS_AFTER.test(text.slice(m.end, m.end + 30)) && named.some((o) => o.start >= m.end && o.entity !== m.entity)));
}

/** How many sentences back a pronoun may reach: further than that, the reader has lost the thread. */
const LOOK_BACK = 3;

/** The pronoun within `within` nearest to `at`. */
export function nearestPronoun(pronouns: readonly PronounMention[], within: Span, at: Span): PronounMention | undefined {
  const inside = pronouns.filter((p) => p.start >= within.start && p.end <= within.end);
  return inside.sort((a, b) => distance(a, at) - distance(b, at))[0];
}

/** Index of the last sentence starting at or before pos (sentences sorted), or -1. */
function sentenceIndex(sentences: readonly Span[], pos: number): number {
  return lastAtOrBefore(sentences, pos, (s) => s.start);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function resolvePronoun(input: CoreferenceInput, pronoun: PronounMention, kb: BindingKnowledge): Binding<string> | undefined {
  const eligible = (m: EntityMention) =>
    m.kind !== 'organisation' &&
    m.kind !== 'person' &&
    (!pronoun.companyOnly || m.kind === 'company') &&
    !input.quantities.some((o) => overlaps(o, m)) &&
    !input.attributions.some((a) => overlaps(a, m));
  // Walk back sentence by sentence: first the pronoun's own sentence up to the pronoun.
  const own = sentenceIndex(input.sentences, pronoun.start);
  const pieces: Span[] = [{ start: Math.max(input.paragraph.start, own >= 0 ? input.sentences[own].start : input.paragraph.start), end: pronoun.start }];
  for (let i = own - 1; i >= 0 && i >= own - LOOK_BACK && input.sentences[i].end > input.paragraph.start; i--) {
    pieces.push({ start: Math.max(input.sentences[i].start, input.paragraph.start), end: input.sentences[i].end });
  }
  for (const piece of pieces) {
    const named = withoutInvestors(input.text, mentionsIn(input.mentions, piece.start, piece.end).filter(eligible));
    const subject = chooseSubject(input.text, pronoun, named, false);
    if (!subject) continue;
    if (subject.group) return undefined;
    const how: BindingHow = subject.mention.start >= input.sentence.start ? 'sentence' : 'context';
    return entityBinding(subject.mention, how, kb);
  }
  return headingEntity(input, kb);
}

/**
 * The entity of the section heading, when the heading names exactly one. A heading that names none
 * ("## Quarters") leaves its section to the heading above it ("# Nvidia FY25 cheat sheet"); one that
 * names several stops the search, since the section is about more than one thing, unless the lead line
 * of the list or table (document/leadLine.ts) names exactly one of them ("# Google and Anthropic" over
 * "Anthropic's valuations:"): the lead says which of the heading's pair the items are about. A common
 * noun beside a name ("AMD: GPUs ramp", "英伟达的HBM") is the topic, not a second subject (`generic` entities).
 */
export function headingEntity(input: Pick<CoreferenceInput, 'heading' | 'outerHeadings' | 'lead' | 'mentions'> & { text?: string }, kb: BindingKnowledge): Binding<string> | undefined {
  if (!input.heading) return undefined;
  const headings = [input.heading, ...(input.outerHeadings ?? [])];
  const namedIn = (h: Span) => {
    // "# The non-Nvidia half of the chip trade": a name the heading negates is not its subject (excludedName.ts).
    const inHeading = mentionsIn(input.mentions, h.start, h.end);
    const excluded = input.text === undefined ? undefined : excludedMentions(input.text, inHeading);
    const subjects = inHeading.filter((m) => m.kind !== 'organisation' && m.kind !== 'person' && !excluded?.has(m));
    const isGeneric = (m: EntityMention) => kb.entities.get(m.entity)?.generic === true;
    return subjects.some((m) => !isGeneric(m)) ? subjects.filter((m) => !isGeneric(m)) : subjects;
  };
  for (let i = 0; i < headings.length; i++) {
    const named = namedIn(headings[i]);
    const distinct = new Set(named.map((m) => m.entity)).size;
    if (distinct > 1) return leadPicks(input.lead, named, namedIn, kb) ?? makerOfAll(input.text, named, kb);
    if (distinct === 0) continue;
    // "## The OpenAI contracts" under "# CoreWeave fact sheet": the name qualifies the section's dealings
    // with that party; the figures under it may be either party's, so neither is the section's subject.
    const other = headings.slice(i + 1).some((h) => namedIn(h).some((m) => m.entity !== named[0].entity));
    if (other && input.text !== undefined && namesCounterparty(input.text, named[0], headings[i])) return undefined;
    return entityBinding(named[0], 'context', kb);
  }
  return undefined;
}

/**
 * "# 文心一言到底给百度带来多少收入", "# 千问App一周下载破千万：阿里的AI账本怎么算": a heading naming a company beside
 * its own products (or units) is about the company; the products say which of its lines the piece
 * turns on. Bound as context, as any heading is. Two companies, or a product of another maker, still
 * name more than one subject.
 */
function makerOfAll(text: string | undefined, named: readonly EntityMention[], kb: BindingKnowledge): Binding<string> | undefined {
  if (text === undefined) return undefined;
  const companies = named.filter((m) => m.kind === 'company');
  if (new Set(companies.map((m) => m.entity)).size !== 1) return undefined;
  const maker = companies[0].entity;
  const madeBy = (entity: string) => {
    for (let e = kb.entities.get(entity)?.parent; e !== undefined; e = kb.entities.get(e)?.parent) if (e === maker) return true;
    return false;
  };
  if (!named.every((m) => m.entity === maker || madeBy(m.entity))) return undefined;
  // "AMD's MI300 forecast", "微软Azure的AI贡献": a company written as its product's owner names the
  // product as the topic (as in a clause, entities.ts subjects), so the heading is no more the company's.
  const owns = named.some((m, i) => m.entity === maker && named[i + 1] !== undefined && named[i + 1].entity !== maker && OWNER_BEFORE_PRODUCT.test(text.slice(m.end, named[i + 1].start)));
  return owns ? undefined : entityBinding(companies[0], 'context', kb);
}

/** Between a company and its product in a heading: nothing, a possessive or 的 ("AMD's MI300", 微软Azure). */
const OWNER_BEFORE_PRODUCT = /^\s*(?:['’]s\s*|的\s*)?$/;

/** The one entity of a lead line that is among a heading's several, as a context binding; else none. */
function leadPicks(lead: Span | undefined, named: readonly EntityMention[], namedIn: (h: Span) => EntityMention[], kb: BindingKnowledge): Binding<string> | undefined {
  if (!lead) return undefined;
  const inLead = namedIn(lead);
  if (new Set(inLead.map((m) => m.entity)).size !== 1 || !named.some((m) => m.entity === inLead[0].entity)) return undefined;
  return entityBinding(inLead[0], 'context', kb);
}

/** Dealings named after a party: "the OpenAI contracts", "Microsoft deal", 与OpenAI的合同, OpenAI订单. */
const DEALINGS_AFTER = /^\s*(?:(?:contracts?|deals?|agreements?|partnerships?|tie-?ups?|orders?|relationship|commitments?)\b|的?(?:合同|协议|订单|合作|交易))/i;

/** The heading names the party as what its dealings are with, not whose figures follow ("The OpenAI contracts"). */
function namesCounterparty(text: string, m: EntityMention, heading: Span): boolean {
  return DEALINGS_AFTER.test(text.slice(m.end, Math.min(heading.end, m.end + 24)));
}
