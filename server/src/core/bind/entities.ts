/**
 * Which entity a number is about, and which product it counts or prices.
 *
 * Order (checking-model §3): the subject among the aliases of the number's clause (subject.ts); a
 * pronoun in the clause ("its", 其, 该公司) resolved by coreference.ts (or nothing, when it refers to
 * something we cannot see); the priced product itself; a pronoun that is the sentence's subject; the
 * subject among the aliases elsewhere in the sentence; the counted product itself; the single entity
 * of the section's heading. Nothing found means no entity: a guess would raise false alarms
 * downstream. A number describing another company ("the $4 billion startup") binds none, nor does one
 * priced after a name the base does not know ("valued xAI at $80B and X at $33B": coordinatedOwner.ts).
 *
 * "150k H100s bought by Meta": H100 is the counted product, Meta the entity.
 */
import type { Binding, BindingHow, Quantity, Span } from '../model';
import type { Attribution } from './attribution';
import { headingEntity, nearestPronoun, resolvePronoun } from './coreference';
import { creditedOrganisation, headingOrganisation } from './estimator';
import type { BindingKnowledge } from './knowledge';
import { leadLabelEntity } from './leadLabel';
import { isJointProduct } from './jointProduct';
import { mentionsIn, type EntityMention, type PronounMention } from './mentions';
import { chooseSubject, entityBinding, type Subject } from './subject';
import { coordinatedOwner } from './coordinatedOwner';
import { isComparisonObject, ownsLaterFigure } from './comparisonObject';
import { namesVariant, variantBetween } from './variantMention';
import { groupTotal } from './groupTotal';
import { previousSentenceSubject } from './previousSubject';
import { excludedMentions } from './excludedName';
import { inLaterAside } from './laterAside';
import { bracketedItemOwner } from './bracketedFigure';
import { partSubjectNames } from './semicolonPart';
import { measuredOnProduct } from './measuredOn';
import { isNonOwnerName } from './nonOwnerName';

export interface EntityInput {
  text: string;
  quantity: Quantity;
  clause: Span;
  sentence: Span;
  paragraph: Span;
  /** The heading the paragraph sits under, if any. */
  heading?: Span;
  /** Headings enclosing that heading, innermost first. */
  outerHeadings?: readonly Span[];
  /** The lead line of a list or table read after the headings (coreference.ts `headingEntity`). */
  lead?: Span;
  /** All sentences of the document, sorted (pronouns look back through them). */
  sentences: readonly Span[];
  /** All alias mentions of the document, sorted. */
  mentions: readonly EntityMention[];
  /** Pronouns of the paragraph, sorted. */
  pronouns: readonly PronounMention[];
  attributions: readonly Attribution[];
  /** Quantities of the sentence: aliases inside them are units, not subjects. */
  quantities: readonly Quantity[];
  /** The first cell of the number's table row, if any: it names the row's subject as a clause would. */
  rowLabel?: Span;
}

export interface EntityBinding {
  entity?: Binding<string>;
  product?: Binding<string>;
}

const PRODUCT_KINDS = new Set(['product', 'model']);
/** Between a count and what it counts: spaces and Chinese classifiers (15万块H100). */
const COUNT_GAP = /^[\s块张颗个台枚片套部款]*$/;
/** Between a price and what it prices: "$30,000 per H100", "$25k each for an H100". */
const PRICE_GAP = /^\s*(?:per|each|a|an|\/|for\s+(?:each|one|a|an))\s*$/i;

/** Between a name and the clause it heads: a comma (or colon, dash), nothing else. */
const CLAUSE_HEAD_GAP = /^\s*[,，:：—–]\s*$/;

/** Before a list item's name, back to the previous clause break: nothing, or only a coordinator. */
const LIST_ITEM_LEAD = /^\s*(?:(?:and|or|while|but|whereas)\s+)?$|^\s*(?:和|与|及|以及|而)?\s*$/i;
const CLAUSE_BREAKS = [',', '，', ';', '；', ':', '：', '、'];

/**
 * The name that ends right before `clause`, separated from it by a comma only, when several names
 * compete and that name opens an item of a list ("…, and ChatGPT Pro, at $200"): not a name that ends
 * another statement ("Amazon remains the largest holder of Anthropic, having invested $4 billion").
 */
function headOfClause(text: string, sentence: Span, clause: Span, mentions: readonly EntityMention[]): EntityMention | undefined {
  if (new Set(mentions.map((m) => m.entity)).size < 2) return undefined;
  const before = mentions.filter((m) => m.end <= clause.start);
  const last = before[before.length - 1];
  if (!last || !CLAUSE_HEAD_GAP.test(text.slice(last.end, clause.start)) || last.start < sentence.start) return undefined;
  const lead = text.slice(sentence.start, last.start);
  const item = lead.slice(Math.max(...CLAUSE_BREAKS.map((c) => lead.lastIndexOf(c))) + 1);
  return item.length < lead.length && LIST_ITEM_LEAD.test(item) ? last : undefined;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The entity and product of a number, as bindEntityAsWritten reads them, unless the name bound names a
 * tier or edition the entity's facts do not cover ("o3-pro", "Claude Max", "the Pro tier" after
 * "ChatGPT Plus": variantMention.ts): then the figure binds nothing.
 */
export function bindEntity(input: EntityInput, kb: BindingKnowledge): EntityBinding {
  const bound = bindEntityAsWritten(input, kb);
  const { text, quantity: q, sentence } = input;
  const span = bound.entity?.span;
  const otherVariant =
    span !== undefined &&
    (namesVariant(text, span.end, kb) ||
      (span.start >= sentence.start && span.end <= q.start && variantBetween(text, span.end, q.start, span, mentionsIn(input.mentions, span.end, q.start), kb)));
  if (otherVariant) return {};
  if (bound.product?.span && namesVariant(text, bound.product.span.end, kb)) return bound.entity ? { entity: bound.entity } : {};
  return bound;
}

function bindEntityAsWritten(input: EntityInput, kb: BindingKnowledge): EntityBinding {
  const { text, quantity: q, clause, sentence } = input;
  const isSource = (m: EntityMention) => input.attributions.some((a) => a.entity !== undefined && overlaps(a, m));
  const inQuantity = (m: EntityMention) => input.quantities.some((o) => overlaps(o, m));
  // "100亿美元（不含微软授权收入）": a name the measure leaves out is not whose figure it is (excludedName.ts).
  const excluded = excludedMentions(text, mentionsIn(input.mentions, sentence.start, sentence.end));
  // "$43 billion, up 31% [Rival is 2.5x the size]": a name in a later aside with its own figure is the aside's (laterAside.ts).
  const aside = (m: EntityMention) => inLaterAside(text, m, q, input.quantities, sentence);
  // "a SoftBank-led round", "at GTC": an investor as modifier or an event owns no figure (nonOwnerName.ts).
  const usable = (m: EntityMention) => !isSource(m) && !excluded.has(m) && !aside(m) && !isNonOwnerName(text, m);

  const clauseMentions = mentionsIn(input.mentions, clause.start, clause.end).filter(usable);
  const productMention = findProduct(text, q, clauseMentions);
  // "500,000 A100s and H100s": a joint figure is no one product's (jointProduct.ts).
  const joint = productMention !== undefined && isJointProduct(text, productMention, clauseMentions);
  const product = productMention && !joint ? { value: productMention.entity, how: 'explicit' as const, span: { start: productMention.start, end: productMention.end } } : undefined;
  const productAsSubject = (m: EntityMention) => (joint ? { ...entityBinding(m, 'explicit', kb), grouped: true } : entityBinding(m, 'explicit', kb));
  // A product chosen as the subject stands for its pair when coordinated with another ("the H100 and the A100 sold for").
  const jointSubject = (b: Binding<string>, chosen: Subject): Binding<string> =>
    PRODUCT_KINDS.has(chosen.mention.kind) && isJointProduct(text, chosen.mention, mentionsIn(input.mentions, sentence.start, sentence.end)) ? { ...b, grouped: true } : b;
  const result = (entity?: Binding<string>): EntityBinding => ({ ...(entity ? { entity } : {}), ...(product ? { product } : {}) });
  // The product a count counts is what it counts, not whose it is: in "Meta's H100 target: 600,000 H100
  // GPUs" the owner is Meta, however near the other "H100" stands.
  const counted = (m: EntityMention) => q.kind === 'count' && productMention !== undefined && m.entity === productMention.entity;
  // "43% more bandwidth than the H100": what a figure is compared with is not whose it is; nor is the
  // owner of a later figure ("… compares with 3.35 TB/s for the H100").
  const candidate = (m: EntityMention) => m !== productMention && !inQuantity(m) && !counted(m) && !isComparisonObject(text, m, q) && !ownsLaterFigure(text, m, q, input.quantities);

  const sentenceMentions = mentionsIn(input.mentions, sentence.start, sentence.end).filter(usable);
  // "xAI（240亿美元）> Perplexity（90亿美元）": an item "Name (figure)" is the name's (bracketedFigure.ts).
  const item = bracketedItemOwner(text, q, sentence, sentenceMentions.filter((m) => !inQuantity(m)));
  if (item) return result(entityBinding(item, 'explicit', kb));
  // "微软、谷歌、亚马逊和Meta…合计约2230亿美元": a total over a list is the list's (its group's), not its first name's.
  const total = groupTotal(text, q, clause, sentence, sentenceMentions.filter((m) => !inQuantity(m)), kb);
  if (total) return total;
  const coordinated = coordinatedOwner(text, q, sentence, sentenceMentions, input.quantities);
  if (coordinated) return result(coordinated.mention && entityBinding(coordinated.mention, 'explicit', kb));
  // "…to 96 GB on the B100": a measurement's "on"/"for" product is its owner, not the clause's first name (measuredOn.ts).
  const measuredOn = measuredOnProduct(text, q, clauseMentions.filter(candidate), input.quantities);
  if (measuredOn) return result(entityBinding(measuredOn, 'explicit', kb));
  const inClause = subjects(text, clauseMentions.filter(candidate), kb, sentenceMentions);
  // "收购了估值40亿美元的AI独角兽", "bought the $4 billion startup": the number describes another company.
  const described = describedCompany(text, q, inClause, clause);
  if (described !== 'none') return result(described && entityBinding(described, 'explicit', kb));
  const chosen = chooseSubject(text, q, inClause, true);
  if (chosen) return result(jointSubject(subjectBinding(chosen, 'explicit', kb), chosen));

  // A pronoun in the clause says the subject was named before; when nothing before can be meant
  // (这家公司 opening a paragraph), a name elsewhere in the sentence is not it either.
  const clausePronoun = nearestPronoun(input.pronouns, clause, q);
  if (clausePronoun) return result(resolvePronoun(input, clausePronoun, kb));

  if (productMention && q.kind === 'money' && PRODUCT_KINDS.has(productMention.kind)) {
    return result(productAsSubject(productMention));
  }

  // Generic things (GPUs, hyperscalers) are subjects only in the number's own clause, or in the label
  // of its table row ("| HBM share of DRAM revenue | 8.4% |"), which is read as that clause.
  const ownLabel = (m: EntityMention) => input.rowLabel !== undefined && m.start >= input.rowLabel.start && m.end <= input.rowLabel.end;
  const elsewhereInSentence = subjects(
    text,
    mentionsIn(input.mentions, sentence.start, sentence.end).filter((m) => usable(m) && candidate(m) && (m.kind !== 'other' || ownLabel(m))),
    kb,
    sentenceMentions,
  ).filter((m) => m.end <= clause.start || m.start >= clause.end);
  // "Groq …; SSI raised $1 billion, at about $5 billion": the subject of the figure's own semicolon part (semicolonPart.ts).
  const elsewhere = partSubjectNames(text, sentence, clause, elsewhereInSentence, input.quantities) ?? elsewhereInSentence;
  // A sentence whose subject is a pronoun ("这家公司…, 成为继苹果与微软后…") is about what it refers
  // to, not about the names that follow it.
  const sentencePronoun = nearestPronoun(input.pronouns, { start: sentence.start, end: q.start }, q);
  if (sentencePronoun && elsewhereInSentence.every((m) => m.start > sentencePronoun.start)) {
    return result(resolvePronoun(input, sentencePronoun, kb));
  }
  // "ChatGPT Plus, at $20 a month, and ChatGPT Pro, at $200": a clause with no name of its own that
  // follows a name and a comma is about that name, not about the sentence's first subject.
  const headed = headOfClause(text, sentence, clause, elsewhere);
  if (headed) return result(entityBinding(headed, 'sentence', kb));
  const chosenInSentence = chooseSubject(text, q, elsewhere, false);
  if (chosenInSentence) return result(jointSubject(subjectBinding(chosenInSentence, 'sentence', kb), chosenInSentence));
  const fromSentencePronoun = sentencePronoun && resolvePronoun(input, sentencePronoun, kb);
  if (fromSentencePronoun) return result(fromSentencePronoun);

  if (productMention && PRODUCT_KINDS.has(productMention.kind)) return result(productAsSubject(productMention));

  return result(
    leadLabelEntity(text, input.paragraph, input.mentions, kb) ??
      headingEntity(input, kb) ??
      creditedOrganisation(text, q, input.attributions, kb) ??
      headingOrganisation(input.heading ? [input.heading, ...(input.outerHeadings ?? [])] : [], input.paragraph, input.mentions, kb) ??
      // Nothing else names an owner: the one the sentence before names (previousSubject.ts).
      previousSentenceSubject(input, kb),
  );
}

/** A chosen subject as a binding, marked when it stands for a coordinated group of names. */
function subjectBinding(subject: Subject, how: BindingHow, kb: BindingKnowledge): Binding<string> {
  const binding = entityBinding(subject.mention, how, kb);
  return subject.group ? { ...binding, grouped: true } : binding;
}

/** Right after a name: it owns what follows ("AWS's revenue", "Azure的营收"). */
const POSSESSOR_AFTER = /^(?:['’]s?|的)/;

/** A number right before a word for "a company" (startup, 独角兽) describes that company. */
const COMPANY_NOUN_AFTER =
  /^\s*(?:的)?\s*(?:[A-Za-z]{1,3}\s*)?(?:独角兽|初创公司|初创企业|创业公司|公司|企业)|^[\s-]*(?:[A-Za-z-]+\s+){0,2}(?:startup|start-up|unicorn|company|firm)(?![A-Za-z])/i;
/** "Nvidia is a $2 trillion company": after a copula the described company is the subject. */
const COPULA_BEFORE = /(?:(?<![A-Za-z])(?:is|was|became|becomes|remains|as)\s+(?:now\s+)?(?:an?|the)\s*|是|成为)$/i;

/** Between a name and the sum that sizes it: an article, perhaps a hedge ("AMD a $12.6 billion …"). */
const ARTICLE_GAP = /^\s+(?:an?|the)\s+(?:(?:about|around|roughly|nearly|almost|approximately)\s+)?$/i;
/** Right before that name: a verb that names it as something ("call", "makes", "consider"). */
const NAMING_VERB_BEFORE = /(?<![A-Za-z])(?:call|calls|called|calling|make|makes|made|making|consider|considers|considered|deem|deems|deemed)\s+$/i;

/**
 * When the number describes "a company" other than the clause's subject: the company named right after
 * the noun (初创公司Inflection), nothing when the clause names only others ('undefined'), or 'none'
 * when the rule does not apply.
 */
function describedCompany(text: string, q: Quantity, inClause: EntityMention[], clause: Span): EntityMention | undefined | 'none' {
  const noun = COMPANY_NOUN_AFTER.exec(text.slice(q.end, clause.end));
  if (!noun) return 'none';
  const nounEnd = q.end + noun[0].length;
  const named = inClause.find((m) => m.start >= nounEnd && text.slice(nounEnd, m.start).trim() === '');
  if (named) return named;
  if (COPULA_BEFORE.test(text.slice(clause.start, q.start).replace(/\s*(?:about|around|nearly|over|almost|约|近|超过)?\s*$/i, ''))) return 'none';
  // "call AMD a $12.6 billion revenue company", "which makes SK hynix a $66 billion company": the name
  // right before the article is the company the sum describes, as after a copula.
  const last = inClause.filter((m) => m.end <= q.start).pop();
  if (last && ARTICLE_GAP.test(text.slice(last.end, q.start)) && NAMING_VERB_BEFORE.test(text.slice(clause.start, last.start))) return 'none';
  return inClause.some((m) => m.end <= q.start) ? undefined : 'none';
}

/** The product a count counts or a price prices, among the clause's mentions. */
function findProduct(text: string, q: Quantity, mentions: EntityMention[]): EntityMention | undefined {
  if (q.kind !== 'count' && q.kind !== 'money') return undefined;
  const things = mentions.filter((m) => PRODUCT_KINDS.has(m.kind) || m.kind === 'other');
  // Written inside the quantity ("15万块H100" read as one quantity).
  const inside = things.find((m) => m.start >= q.start && m.end <= q.end);
  if (inside) return inside;
  const following = things.filter((m) => m.start >= q.end);
  for (const m of following) {
    // Other names between the number and the product (a brand: "150,000 Nvidia H100s") are skipped.
    let gap = text.slice(q.end, m.start);
    for (const other of mentions) if (other.start >= q.end && other.end <= m.start) gap = gap.replace(text.slice(other.start, other.end), ' ');
    if (q.kind === 'count' && COUNT_GAP.test(gap)) return m;
    if (q.kind === 'money' && PRICE_GAP.test(gap)) return m;
  }
  if (q.kind === 'money') {
    // A possessor is the subject, not the thing priced: "AWS's 2024 revenue of $28.8B", "Azure的营收".
    const before = things.filter((m) => m.end <= q.start && PRODUCT_KINDS.has(m.kind) && !POSSESSOR_AFTER.test(text.slice(m.end, m.end + 2)));
    return before[before.length - 1];
  }
  return undefined;
}


/**
 * Right after an investor named in a round: "Microsoft led the round", "英伟达、甲骨文等参与投资", "with
 * Microsoft and Nvidia in the book", "…led by X with Google and Amazon alongside", and names the base does
 * not know between the last known one and the word ("腾讯、阿里、小米等参投").
 */
const INVESTOR_AFTER =
  /^\s*(?:(?:had|has|have|also)\s+)?(?:led|co-led|co-leads|leads|participated|joined the round)(?![A-Za-z])|^\s*(?:among the (?:investors|backers)|(?:were|was|are|is) among the (?:investors|backers)|in the (?:book|syndicate)|(?:investing\s+|participating\s+)?alongside(?!\s+[A-Za-z]))|^(?:\s*[、和与及][^，,。；;、\s等]{1,8}?)*\s*(?:等(?:机构|公司|企业)?)?(?:领投|跟投|参投|联合领投|参与投资|参与了投资|参与本轮|参与这轮|参与该轮)/i;
/**
 * Between two names of one list: separators, articles and capitalised words only, at least one separator
 * ("Microsoft, the OpenAI Startup Fund and Nvidia": OpenAI is known, "Startup Fund" is not; ", Amazon and "
 * for a name the base does not know).
 */
const LIST_GAP = /^(?=.*(?:[、,，和与及&]|\band\b))(?:\s*(?:[、,，和与及&]|and\b|the\b|[A-Z][\w.'’-]*)){1,8}\s*$/;
/** Right before one: "led by SoftBank", "with participation from Nvidia", "由红杉领投" is read after. */
const INVESTOR_BEFORE = /(?:(?<![A-Za-z])(?:led|co-led|backed) by|with participation from|investors (?:including|such as|like))\s*$/i;
/**
 * Between a company and its own product: "Google Gemini", "谷歌Gemini", "OpenAI's ChatGPT", "阿里旗下的通义",
 * and a relative clause whose head is the product ("字节跳动去年5月发布的豆包", "谷歌推出的Gemini", "Google's
 * newly launched Gemini"): what follows is about the product, as in "豆包的调用量".
 */
const OWNER_GAP =
  /^\s*(?:['’]s\s*(?:(?:new|latest|newly\s+(?:launched|released))\s+)?|的\s*|旗下(?:的)?\s*|[^，,。；;、\s]{0,10}?(?:发布|推出|上线|开发|研发|打造)的\s*)?$/;

/**
 * Between a name inside a Chinese relative clause and the company the clause describes: "前OpenAI首席科学家
 * 苏茨克维创立的SSI", "微软投资的OpenAI", "英伟达支持的CoreWeave". The phrase's head is the name after 的;
 * the one before only says who founded, backed or bought it, so it is not the statement's subject.
 */
const RELATIVE_CLAUSE_GAP = /^[^，,。；;、：:]{0,16}?(?:创立|创办|创建|成立|孵化|投资|支持|收购|控股|参股|入股)(?:了)?的\s*$/;

/**
 * The mentions that may be a statement's subject. An investor in a round ("Microsoft had led the
 * round", "with Microsoft, OpenAI and Nvidia among the investors", 英伟达、甲骨文等参与投资) is not the
 * company the round's figures are about, and neither is every name of a coordinated list of them. A
 * company named right before its own product ("谷歌Gemini应用的月活") yields to the product, and a name inside
 * a relative clause to the company it describes ("微软投资的OpenAI").
 */
function subjects(text: string, mentions: readonly EntityMention[], kb: BindingKnowledge, sentenceMentions: readonly EntityMention[] = mentions): EntityMention[] {
  // The last name of a coordinated list speaks for the list ("Microsoft, OpenAI and Nvidia among"), the
  // first for a cue before it ("led by X, Y and Z"). The list is read over the sentence's names: a clause
  // boundary at a list comma ("…$235 million with Google, Amazon and Nvidia alongside") cuts no list.
  // Two mentions of one name (an alias of two entities) overlap: they are one item of the list.
  const listed = (i: number) => sentenceMentions[i + 1].start < sentenceMentions[i].end || LIST_GAP.test(text.slice(sentenceMentions[i].end, sentenceMentions[i + 1].start));
  const investor = (m: EntityMention) => {
    let first = sentenceMentions.indexOf(m);
    if (first < 0) return false;
    let last = first;
    while (last + 1 < sentenceMentions.length && listed(last)) last++;
    while (first > 0 && listed(first - 1)) first--;
    const after = text.slice(sentenceMentions[last].end, sentenceMentions[last].end + 40);
    const before = text.slice(Math.max(0, sentenceMentions[first].start - 40), sentenceMentions[first].start);
    return INVESTOR_AFTER.test(after) || INVESTOR_BEFORE.test(before);
  };
  return mentions.filter((m, i) => {
    if (investor(m)) return false;
    const next = mentions[i + 1];
    const gap = next ? text.slice(m.end, next.start) : '';
    const owned = next && kb.entities.get(next.entity)?.parent === m.entity && OWNER_GAP.test(gap);
    return !owned && !(next && next.entity !== m.entity && RELATIVE_CLAUSE_GAP.test(gap));
  });
}
