/**
 * The checks of one block: binding, fact verdicts, findings derived from misread figures, and the
 * block's own arithmetic, with results cached per block.
 *
 * Every check reads only its block, the headings above it (headingContext.ts) and the document date:
 * binding looks for an entity, a metric and a period within the paragraph and its headings, and the
 * arithmetic relates numbers within a sentence or to the sentence just before it. Two exceptions: the
 * arithmetic of a block writing a multiple or a fraction may read the cells of the table right above it
 * (blockAbove.ts), and a list or a table reads the lead line right above it, after its headings, as the
 * outermost heading and for its measure (leadLine.ts). So a block is checked on its own, as the text `headings (+ lead) + block`, and the
 * result is reused for as long as the block's text, its headings and lead, the table it read, the
 * document date, the facts and the settings that shape findings stay the same. A keystroke re-checks one
 * block (two when the block after it reads it); a fresh analysis checks every block the same way, so an
 * incremental analysis equals a fresh one by construction.
 *
 * Results keep offsets relative to their block (`c<offset>` ids included) and are moved to document
 * offsets when the analysis is assembled.
 */
import type { Claim, Evidence, Fact, Finding, Quantity, Span, Verdict } from '../model';
import type { FactBase } from '../facts/index';
import type { Locale } from '../i18n/messages';
import { bindClaims } from '../bind/index';
import { judgeClaim } from '../checks/facts/judge';
import type { Judgement } from '../checks/facts/judgement';
import { evidenceOf, factFinding } from '../checks/facts/findings';
import { derivedFromMisreadFindings } from '../checks/facts/derived';
import { EchoedYears } from '../checks/facts/echoedYear';
import { otherPartysFigure } from '../checks/facts/juxtaposedPair';
import { runArithmetic } from '../checks/arithmetic/index';
import type { BlockResult } from './blockAnalysis';
import type { BlockCache, DocumentModel } from './documentModel';
import { SentenceReadings } from './judgeContext';
import { EMPTY_CONTEXT, headingContextsFrom, type HeadingContext } from './headingContext';
import { detachedSlice } from '../text/detach';
import { shareClaimParts } from './sharedParts';
import { aboveOf, keptKey, movedGrid, readsAbove, sameAbove, tableOf, type AboveKey } from './blockAbove';
import type { TableAbove } from '../checks/arithmetic/tableAbove';
import { leadContext, leadOf, mayReadLead, type LeadContext } from './leadLine';

/** A claim with what the checks concluded about it (hovers and the claims list show this). */
export interface CheckedClaim extends Claim {
  verdict: Verdict;
  evidence: Evidence[];
}

/** What the checks found in one block; offsets relative to the block's start. */
export interface CheckedBlock {
  claims: CheckedClaim[];
  findings: Finding[];
  /** Set when the arithmetic stage failed on this block (it never takes the analysis down). */
  arithmeticError?: string;
}

/** Everything outside the block that shapes its results. */
export interface CheckEnvironment {
  facts: FactBase;
  locale: Locale;
  documentDate?: string;
  reportUnverified: boolean;
}

const NOTHING: CheckedBlock = Object.freeze({ claims: [], findings: [] }) as unknown as CheckedBlock;

/** The cache of checked blocks for one environment; a different environment starts a new one. */
interface CheckMemory {
  env: CheckEnvironment;
  /** The last document checked with this memory, its blocks' results and contexts (for reusePlan). */
  last?: { model: DocumentModel; checked: CheckedBlock[]; contexts: HeadingContext[] };
  /** One Evidence object per fact, shared by every claim it decides (a report cites the same facts often). */
  evidence: WeakMap<Fact, Evidence>;
  /**
   * Keyed by the block's analysis (unchanged blocks keep theirs), then by its heading context and, for a
   * block that reads the block above it (blockAbove.ts), by what it read there.
   */
  byResult: WeakMap<BlockResult, { prefix: string; above?: AboveKey; checked: CheckedBlock }>;
}

/**
 * The checked result of every block of the document, reusing the cache's results where they still
 * hold. It yields after each block it checks, so the language server can answer other requests (or
 * notice a cancellation) between blocks while a large document is opened.
 * Blocks checked before the caller gave up stay cached for the next run.
 */
export function* checkBlocksSteps(doc: DocumentModel, env: CheckEnvironment, cache?: BlockCache): Generator<void, { checked: CheckedBlock[]; rechecked: number }, void> {
  const memory = memoryFor(env, cache);
  const plan = reusePlan(doc, memory);
  const checked: CheckedBlock[] = plan.checked;
  const contexts: HeadingContext[] = plan.contexts;
  let context = plan.context;
  let rechecked = 0;
  const tail = plan.tail;
  for (let i = plan.from; i < doc.blocks.length; i++) {
    if (tail && i - plan.tailAt >= 0 && i - plan.tailAt <= 1) {
      // The blocks after the edit, in the same sections as before: their results all still hold, except
      // that the first one is checked again when it reads the block above it, which the edit may have
      // changed (the table above a multiple, or the lead line above a list: the one after it reads a
      // block the edit left alone).
      const k = i - plan.tailAt;
      if (k < tail.contexts.length && context === tail.contexts[k] && (k === 1 || !(readsAbove(doc, i) || mayReadLead(doc, i)))) {
        for (let j = k; j < tail.checked.length; j++) checked.push(tail.checked[j]);
        for (let j = k; j < tail.contexts.length; j++) contexts.push(tail.contexts[j]);
        break;
      }
    }
    contexts.push(context);
    const headings = doc.headings[i];
    const blockContext = context;
    if (headings.length > 0) context = headingContextsFrom(context, doc.headings, i, i + 1, []);
    const result = doc.results[i];
    if (result.quantities.length === 0) {
      checked.push(NOTHING);
      continue;
    }
    const above = readsAbove(doc, i) ? aboveOf(doc, i) : undefined;
    // A list or table under a lead line reads it after its headings (leadLine.ts): the prefix has it.
    const checkContext = leadContext(blockContext, leadOf(doc, i));
    const hit = memory.byResult.get(result);
    if (hit && hit.prefix === checkContext.prefix && sameAbove(hit.above, above)) {
      checked.push(hit.checked);
      continue;
    }
    const block = doc.blocks[i];
    // A copy: the cached claims and findings must not keep this version of the document alive (detach.ts).
    const fresh = checkBlock(detachedSlice(doc.text, block.start, block.end), result, checkContext, env, memory.evidence, above && tableOf(above));
    shareClaimParts(fresh.claims);
    memory.byResult.set(result, above ? { prefix: checkContext.prefix, above: keptKey(above), checked: fresh } : { prefix: checkContext.prefix, checked: fresh });
    checked.push(fresh);
    rechecked++;
    yield;
  }
  memory.last = { model: doc, checked, contexts };
  // Only reusePlan reads it, and now has: the model before the edit (with its text) can go.
  delete doc.derivedFrom;
  return { checked, rechecked };
}

/**
 * Where checking can start, given the last model checked with this memory: when `doc` was built from
 * it, the blocks before the edit keep their results and contexts, and so do the blocks after it if the
 * context reaching them is unchanged. Otherwise everything is walked (the cache still spares the work).
 */
function reusePlan(doc: DocumentModel, memory: CheckMemory) {
  const last = memory.last;
  const d = doc.derivedFrom;
  if (!last || !d || d.model !== last.model) {
    return { checked: [] as CheckedBlock[], contexts: [] as HeadingContext[], context: EMPTY_CONTEXT, from: 0, tailAt: -1, tail: undefined };
  }
  const tailAt = d.kept + d.rescanned;
  const tail =
    d.resumeOld < last.model.blocks.length
      ? { context: last.contexts[d.resumeOld], checked: last.checked.slice(d.resumeOld), contexts: last.contexts.slice(d.resumeOld) }
      : undefined;
  const context = d.kept < last.contexts.length ? last.contexts[d.kept] : headingContextsFrom(EMPTY_CONTEXT, doc.headings, 0, d.kept, []);
  return { checked: last.checked.slice(0, d.kept), contexts: last.contexts.slice(0, d.kept), context, from: d.kept, tailAt, tail };
}

function memoryFor(env: CheckEnvironment, cache?: BlockCache): CheckMemory {
  const current = cache?.checks as CheckMemory | undefined;
  if (current && sameEnvironment(current.env, env)) return current;
  const fresh: CheckMemory = { env, byResult: new WeakMap(), evidence: new WeakMap() };
  if (cache) cache.checks = fresh;
  return fresh;
}

function sameEnvironment(a: CheckEnvironment, b: CheckEnvironment): boolean {
  return a.facts === b.facts && a.locale === b.locale && a.documentDate === b.documentDate && a.reportUnverified === b.reportUnverified;
}

/**
 * Checks one block as the text `headings + block`, and returns its results relative to the block.
 * `above` is the table right above it (blockAbove.ts), offsets relative to the block: only the
 * arithmetic reads it.
 */
export function checkBlock(
  source: string,
  result: BlockResult,
  context: LeadContext,
  env: CheckEnvironment,
  evidenceMemo: WeakMap<Fact, Evidence> = new WeakMap(),
  above?: TableAbove,
): CheckedBlock {
  const { facts: kb, locale, documentDate } = env;
  const lead = context.prefix.length;
  const text = context.prefix + source;
  const into = <T extends Span>(s: T): T => ({ ...s, start: s.start + lead, end: s.end + lead });
  const doc = localModel(text, lead, result, into);

  const claims = bindClaims({ text, quantities: doc.quantities, sentences: doc.sentences, paragraphs: doc.segments, lead: context.lead }, kb, { documentDate });
  const readings = new SentenceReadings(doc, documentDate, context.lead);
  const findings: Finding[] = [];
  const checkedClaims: CheckedClaim[] = [];
  const echoedYears = new EchoedYears(text);
  const judged = new Map<number, Judgement>();
  const judgementOf = (i: number): Judgement => {
    let j = judged.get(i);
    if (j) return j;
    j = judgeClaim(claims[i], kb, readings.contextFor(claims[i].sentence));
    judged.set(i, j);
    return j;
  };
  for (const [i, claim] of claims.entries()) {
    let judgement = judgementOf(i);
    // "10美元对1.10美元": beside its party's matching figure, the other figure is the other party's.
    if (judgement.verdict !== 'supported' && otherPartysFigure(text, claims, i, judgementOf)) judgement = { verdict: 'unverifiable', deciding: [], related: [] };
    checkedClaims.push({
      ...claim,
      verdict: judgement.verdict,
      evidence: [...judgement.deciding, ...judgement.related].map((f) => {
        let e = evidenceMemo.get(f);
        if (!e) evidenceMemo.set(f, (e = evidenceOf(f, locale, kb)));
        return e;
      }),
    });
    if (judgement.verdict === 'supported') continue;
    if (judgement.verdict === 'unverifiable' && (!env.reportUnverified || !claim.entity)) continue;
    const finding = factFinding(claim, judgement, kb, locale);
    if (finding) findings.push(judgement.verdict === 'wrong-period' ? echoedYears.report(claim, judgement.deciding, finding) : finding);
  }
  findings.push(...derivedFromMisreadFindings(findings, doc.quantities, doc.sentences, (span) => readings.text(span), locale));
  let arithmeticError: string | undefined;
  try {
    // The table above, at this text's offsets: its cells lie before the block, so no claim is at them.
    findings.push(...runArithmetic({ doc, claims, kb, documentDate, locale, above: above && { grid: movedGrid(above.grid, lead) } }));
  } catch (err) {
    arithmeticError = (err as Error).message;
  }

  const ownQuantities = new Map(doc.quantities.map((copy, i) => [copy, result.quantities[i]]));
  const out: CheckedBlock = {
    claims: checkedClaims.map((c) => withBlockQuantity(c, -lead, ownQuantities.get(c.quantity))),
    // Sorted here, once: blocks do not overlap, so the document's list is then sorted by construction.
    findings: findings.map((f) => moveFinding(f, -lead)).sort(byPosition),
  };
  if (arithmeticError !== undefined) out.arithmeticError = arithmeticError;
  return out;
}

/**
 * The claim moved back to block offsets, with the block's own quantity object in place of the copy it
 * was bound on (`own`), when it was bound on one of the block's quantities unchanged: moved back to block
 * offsets the two are equal, and every claim of a long report kept its own copy of its quantity (a tenth
 * of the server's memory). The own quantity is put in as the claim is moved, not copied in after.
 */
function withBlockQuantity(claim: CheckedClaim, delta: number, own: Quantity | undefined): CheckedClaim {
  if (!own) return moveClaim(claim, delta);
  if (delta === 0) return own === claim.quantity ? claim : { ...claim, quantity: own };
  return moveClaim(claim, delta, own);
}

/** The block as a one-block document model whose text starts with its heading context. */
function localModel(text: string, lead: number, result: BlockResult, into: <T extends Span>(s: T) => T): DocumentModel {
  return {
    text,
    blocks: [{ start: lead, end: text.length }],
    results: [result],
    headings: [],
    segments: result.segments.map(into),
    sentences: result.sentences.map(into),
    quantities: result.quantities.map(into),
    code: [],
    stats: { blocks: 1, parsedBlocks: 0, reusedBlocks: 0 },
  };
}

/** The order findings are reported in: by position, then by check id. */
export function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.check < b.check ? -1 : a.check > b.check ? 1 : 0);
}

/** A span moved by delta. */
function move<T extends Span>(s: T, delta: number): T {
  return { ...s, start: s.start + delta, end: s.end + delta };
}

/** Claim ids are "c<start>", so they move with the claim. */
function movedId(id: string, delta: number): string {
  return /^c\d+$/.test(id) ? `c${Number(id.slice(1)) + delta}` : id;
}

/** The claim at offsets moved by delta; `quantity`, when given, is its quantity already there. */
export function moveClaim(c: CheckedClaim, delta: number, quantity?: Quantity): CheckedClaim {
  if (delta === 0) return c;
  const out: CheckedClaim = { ...c, id: movedId(c.id, delta), quantity: quantity ?? move(c.quantity, delta), sentence: move(c.sentence, delta) };
  for (const key of ['entity', 'product', 'metric', 'period', 'attribution'] as const) {
    const b = c[key];
    if (b?.span) (out as unknown as Record<string, unknown>)[key] = { ...b, span: move(b.span, delta) };
  }
  return out;
}

export function moveFinding(f: Finding, delta: number): Finding {
  if (delta === 0) return f;
  const out: Finding = { ...move(f, delta), fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => move(e, delta)) })) };
  if (f.related) out.related = f.related.map((s) => move(s, delta));
  if (f.suppressed) out.suppressed = { ...f.suppressed, directive: move(f.suppressed.directive, delta) };
  if (f.claimId !== undefined) out.claimId = movedId(f.claimId, delta);
  return out;
}
