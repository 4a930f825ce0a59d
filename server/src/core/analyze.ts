/**
 * The core's façade: Markdown text in, claims, findings and problems out.
 *
 *   markdown blocks → prose segments → sentences → quantities   (per block, cached: document/)
 *   → claims bound to entity, metric, period, attribution          (bind/)
 *   → verdicts against the fact base                               (checks/facts/)
 *   → arithmetic relations between the draft's own numbers         (checks/arithmetic/)
 *   → severities from options, suppression comments                (here)
 *
 * Pure: no I/O, no LSP. Never throws on any input text.
 */
import type { Finding, Problem, Severity } from './model';
import { DEFAULT_OPTIONS, type Options } from './options';
import type { FactBase } from './facts/index';
import { BlockCache, buildDocumentSteps, type DocumentModel, type EditHint } from './document/documentModel';
import { checkBlocksSteps, moveClaim, moveFinding, type CheckedBlock, type CheckedClaim } from './document/blockChecks';
import { claimsTouching } from './document/claimsTouching';
import { documentDate as findDocumentDate } from './bind/index';
import { CHECK_IDS, checkInfo, severityRank } from './checks/registry';
import { applyDirectives, findDirectives } from './suppress/directives';
import { t, type Locale } from './i18n/messages';

export type { CheckedClaim } from './document/blockChecks';

export interface AnalysisContext {
  facts: FactBase;
  options?: Options;
  locale?: Locale;
  /** Reuse block results across analyses of the same document (the language server keeps one per URI). */
  cache?: BlockCache;
  /**
   * Where the text differs from `base`, when the caller knows (an editor's change events): spares
   * comparing two multi-megabyte texts to find the edit. Used only when `base` is the text the cache
   * last analysed and the lengths agree; otherwise the texts are compared.
   */
  edit?: EditHint;
}

export interface Analysis {
  /** Every claim with its verdict, in document order (assembled when first read). */
  readonly claims: CheckedClaim[];
  /** claims.length, without assembling the claims. */
  claimCount: number;
  /**
   * The claims whose quantity touches [start, end] (ends included), in document order, read from the
   * blocks there without assembling every claim (hovers and code actions). Not enumerable.
   */
  readonly claimsTouching: (start: number, end: number) => CheckedClaim[];
  /** In document order; assembled on first read when no severity override or suppression comment applies (see findingBlocks). */
  findings: Finding[];
  /**
   * When `findings` are exactly the blocks' findings in order (no severity override, no suppression
   * comment): each block's findings at its own offsets, and where the block starts. The language server
   * turns a block's findings into diagnostics once and reuses them while the block stays where it was on
   * its lines. Not enumerable; absent otherwise.
   */
  readonly findingBlocks?: readonly FindingBlock[];
  /** Findings silenced by suppression comments, with their reasons. */
  suppressed: Finding[];
  problems: Problem[];
  documentDate?: string;
  /** How much of the text was analysed (less than its length when it exceeds maxDocumentSize). */
  analysedLength: number;
  stats: DocumentModel['stats'] & { checkedBlocks: number };
}

/** One block's findings, at offsets relative to the block, and the block's start in the document. */
export interface FindingBlock {
  start: number;
  /** The block's cached list: the same array for as long as the block's check results are reused. */
  findings: readonly Finding[];
}

export function analyze(text: string, context: AnalysisContext): Analysis {
  const steps = analyzeSteps(text, context);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * analyze in small steps: it yields after each block it parses or checks (the other stages are short),
 * so the language server can pause between steps and drop a run whose version is stale. Whatever was
 * done before a run was dropped stays in the cache. The result is the same as analyze's.
 */
export function* analyzeSteps(text: string, context: AnalysisContext): Generator<void, Analysis, void> {
  const options = context.options ?? DEFAULT_OPTIONS;
  const locale = context.locale ?? 'en';
  const problems: Problem[] = [];

  const limit = Math.min(text.length, options.maxDocumentSize);
  const analysed = limit < text.length ? cutAtLineBreak(text, limit) : text;
  if (analysed.length < text.length) {
    problems.push({
      severity: 'information',
      code: 'document.too-large',
      message: t(locale, 'doc.too-large', { size: text.length, limit: analysed.length }),
      span: { start: 0, end: 0 },
    });
  }

  const doc = yield* buildDocumentSteps(analysed, context.cache, analysed === text ? context.edit : undefined);
  const documentDate = options.documentDate || findDocumentDate(analysed) || undefined;
  const env = { facts: context.facts, locale, documentDate, reportUnverified: options.reportUnverified };
  const { checked, rechecked } = yield* checkBlocksSteps(doc, env, context.cache);

  let claimCount = 0;
  let arithmeticError: string | undefined;
  const findingBlocks: FindingBlock[] = [];
  for (let i = 0; i < checked.length; i++) {
    const block = checked[i];
    claimCount += block.claims.length;
    arithmeticError ??= block.arithmeticError;
    if (block.findings.length > 0) findingBlocks.push({ start: doc.blocks[i].start, findings: block.findings });
  }
  if (arithmeticError !== undefined) {
    problems.push({ severity: 'hint', code: 'internal.arithmetic', message: `Arithmetic checks skipped for part of this document: ${arithmeticError}` });
  }

  const directives = findDirectives(analysed, doc.code);
  // Without overrides or suppression comments the findings are the blocks' own, in order: they are moved
  // to document offsets only when read. After a keystroke every block below the edit moves, and the
  // language server reads the blocks' findings instead (findingBlocks), so typing copies none of them.
  const asPlaced = directives.length === 0 && Object.keys(options.severity ?? {}).length === 0;
  let kept: Finding[] | undefined;
  let suppressed: Finding[] = [];
  if (!asPlaced) {
    const applied = applyDirectives(applySeverities(placedAll(findingBlocks), options), directives, CHECK_IDS);
    kept = applied.kept;
    suppressed = applied.suppressed;
    problems.push(...applied.problems);
  }
  // Each block's findings are sorted and blocks do not overlap: the list is in order already.

  let claims: CheckedClaim[] | undefined;
  const analysis = {
    claimCount,
    findings: kept,
    suppressed,
    problems,
    documentDate,
    analysedLength: analysed.length,
    stats: { ...doc.stats, checkedBlocks: rechecked },
  } as Omit<Analysis, 'claims' | 'claimsTouching'>;
  if (asPlaced) {
    // Redefined in place, so the key keeps its position (JSON output is unchanged); still assignable.
    Object.defineProperty(analysis, 'findings', {
      enumerable: true,
      configurable: true,
      get: () => (kept ??= placedAll(findingBlocks)),
      set: (value: Finding[]) => (kept = value),
    });
    Object.defineProperty(analysis, 'findingBlocks', { enumerable: false, value: findingBlocks });
  }
  // Enumerable, so JSON output and comparisons see the claims like any other field.
  Object.defineProperty(analysis, 'claims', { enumerable: true, get: () => (claims ??= documentClaims(doc, checked)) });
  Object.defineProperty(analysis, 'claimsTouching', { enumerable: false, value: (start: number, end: number) => claimsTouching(doc.blocks, checked, start, end) });
  return analysis as Analysis;
}

/** All claims with document offsets, in order. */
function documentClaims(doc: DocumentModel, checked: readonly CheckedBlock[]): CheckedClaim[] {
  const out: CheckedClaim[] = [];
  for (let i = 0; i < checked.length; i++) for (const c of checked[i].claims) out.push(moveClaim(c, doc.blocks[i].start));
  return out;
}

/** Every block's findings at document offsets, in order. */
function placedAll(blocks: readonly FindingBlock[]): Finding[] {
  const out: Finding[] = [];
  for (const b of blocks) for (const f of placedFindings(b.findings, b.start)) out.push(f);
  return out;
}

/**
 * A block's findings at document offsets. Kept per block and start, so after a keystroke only the
 * findings of blocks that moved are copied again (a block before the edit keeps its start).
 */
const placed = new WeakMap<readonly Finding[], { start: number; findings: Finding[] }>();
function placedFindings(block: readonly Finding[], start: number): Finding[] {
  const hit = placed.get(block);
  if (hit && hit.start === start) return hit.findings;
  const findings = block.map((f) => moveFinding(f, start));
  placed.set(block, { start, findings });
  return findings;
}

/** Applies `tally.severity` overrides: "off" drops the finding, anything else replaces the earned severity's ceiling. */
function applySeverities(findings: Finding[], options: Options): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const override = options.severity[f.check];
    if (override === 'off') continue;
    if (override) {
      const ceiling = checkInfo(f.check)?.defaultSeverity ?? f.severity;
      // Keep the evidence-based demotion (a warning earned under an error ceiling stays one step below).
      out.push({ ...f, severity: f.severity === ceiling ? override : demote(override, f.severity, ceiling) });
    } else {
      out.push(f);
    }
  }
  return out;
}

const BY_RANK: Severity[] = ['hint', 'information', 'warning', 'error'];
function demote(override: Severity, earned: Severity, ceiling: Severity): Severity {
  const steps = severityRank(ceiling) - severityRank(earned);
  return BY_RANK[Math.max(0, severityRank(override) - steps)];
}

function cutAtLineBreak(text: string, limit: number): string {
  const cut = text.lastIndexOf('\n', limit);
  return text.slice(0, cut > 0 ? cut : limit);
}
