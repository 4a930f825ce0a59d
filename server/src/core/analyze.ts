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
import type { Claim, Evidence, Finding, Problem, Severity, Verdict } from './model';
import { DEFAULT_OPTIONS, type Options } from './options';
import type { FactBase } from './facts/index';
import { BlockCache, buildDocument, proseText, type DocumentModel } from './document/documentModel';
import { bindClaims, documentDate as findDocumentDate, findPeriods } from './bind/index';
import { judgeClaim } from './checks/facts/judge';
import { evidenceOf, factFinding } from './checks/facts/findings';
import { derivedFromMisreadFindings } from './checks/facts/derived';
import { runArithmetic } from './checks/arithmetic/index';
import { CHECK_IDS, checkInfo, severityRank } from './checks/registry';
import { applyDirectives, findDirectives } from './suppress/directives';
import { t, type Locale } from './i18n/messages';

export interface AnalysisContext {
  facts: FactBase;
  options?: Options;
  locale?: Locale;
  /** Reuse block results across analyses of the same document (the language server keeps one per URI). */
  cache?: BlockCache;
}

/** A claim with what the checks concluded about it (hovers and the claims list show this). */
export interface CheckedClaim extends Claim {
  verdict: Verdict;
  evidence: Evidence[];
}

export interface Analysis {
  claims: CheckedClaim[];
  findings: Finding[];
  /** Findings silenced by suppression comments, with their reasons. */
  suppressed: Finding[];
  problems: Problem[];
  documentDate?: string;
  /** How much of the text was analysed (less than its length when it exceeds maxDocumentSize). */
  analysedLength: number;
  stats: DocumentModel['stats'];
}

export function analyze(text: string, context: AnalysisContext): Analysis {
  const options = context.options ?? DEFAULT_OPTIONS;
  const locale = context.locale ?? 'en';
  const kb = context.facts;
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

  const doc = buildDocument(analysed, context.cache);
  const documentDate = options.documentDate || findDocumentDate(analysed) || undefined;
  const claims = bindClaims(
    { text: analysed, quantities: doc.quantities, sentences: doc.sentences, paragraphs: doc.segments },
    kb,
    { documentDate },
  );

  const findings: Finding[] = [];
  const checked: CheckedClaim[] = [];
  for (const claim of claims) {
    const judgement = judgeClaim(claim, kb, {
      documentDate,
      sentencePeriods: findPeriods(analysed, claim.sentence, { documentDate }).map((m) => m.period),
      sentenceText: proseText(doc, claim.sentence),
    });
    checked.push({
      ...claim,
      verdict: judgement.verdict,
      evidence: [...judgement.deciding, ...judgement.related].map((f) => evidenceOf(f, locale, kb)),
    });
    if (judgement.verdict === 'supported') continue;
    if (judgement.verdict === 'unverifiable' && !options.reportUnverified) continue;
    if (judgement.verdict === 'unverifiable' && !claim.entity) continue;
    const finding = factFinding(claim, judgement, kb, locale);
    if (finding) findings.push(finding);
  }
  findings.push(...derivedFromMisreadFindings(findings, doc.quantities, doc.sentences, (span) => proseText(doc, span), locale));
  findings.push(...arithmeticFindings({ doc, claims, kb, documentDate, locale }, problems));

  const directives = findDirectives(analysed, doc.code);
  const { kept, suppressed, problems: directiveProblems } = applyDirectives(
    applySeverities(findings, options),
    directives,
    CHECK_IDS,
  );
  problems.push(...directiveProblems);
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.check.localeCompare(b.check));
  return { claims: checked, findings: kept, suppressed, problems, documentDate, analysedLength: analysed.length, stats: doc.stats };
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

/** The arithmetic checks may find nothing, but they never take the whole analysis down. */
function arithmeticFindings(input: Parameters<typeof runArithmetic>[0], problems: Problem[]): Finding[] {
  try {
    return runArithmetic(input);
  } catch (err) {
    problems.push({ severity: 'hint', code: 'internal.arithmetic', message: `Arithmetic checks skipped for this document: ${(err as Error).message}` });
    return [];
  }
}

function cutAtLineBreak(text: string, limit: number): string {
  const cut = text.lastIndexOf('\n', limit);
  return text.slice(0, cut > 0 ? cut : limit);
}
