/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
 * - one rule per check id (registry.ts), with help from data/checks/<id>.md and a help URI;
 * - lines and columns are 1-based, columns in UTF-16 code units (`columnKind: "utf16CodeUnits"`), the
 *   same unit as the core's offsets and LSP positions; endColumn is the column just after the claim;
 * - fixes only where certain (what `tally check --fix` would apply);
 * - findings silenced by a tally-disable comment are results with an in-source suppression and its reason.
 * test/cli/sarif.test.ts validates the output with Microsoft's SARIF multitool.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { Finding, Problem, Severity, Span } from '../../core/model';
import { CHECKS, CHECK_IDS } from '../../core/checks/registry';
import type { FileResult } from '../checkRun';
import { checkDoc, checkDocUrl } from '../checkDocs';
import { INFORMATION_URI, TOOL_NAME, VERSION } from '../version';
import { lineIndex, type LineIndex } from './positions';

const SRCROOT = '%SRCROOT%';
type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** "fact.value-mismatch" → "FactValueMismatch": SARIF wants a readable name that is not the id. */
function ruleName(id: string): string {
  return id
    .split(/[.-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** SARIF messages are sentences; the multitool asks for the closing period (SARIF2001). */
function sentence(text: string): string {
  const t = text.trim();
  return /[.!?。！？]$/.test(t) ? t : `${t}.`;
}

function rules() {
  return CHECKS.map((c) => {
    const doc = checkDoc(c.id);
    const family = c.id.split('.')[0];
    return {
      id: c.id,
      name: ruleName(c.id),
      shortDescription: { text: sentence(c.summary) },
      fullDescription: { text: sentence(c.summary) },
      help: doc ? { text: doc, markdown: doc } : { text: sentence(`${c.summary} See ${checkDocUrl(c.id)}`) },
      helpUri: checkDocUrl(c.id),
      defaultConfiguration: { level: LEVEL[c.defaultSeverity] },
      properties: { tags: ['fact-check', family], precision: family === 'arith' ? 'very-high' : 'high' },
    };
  });
}

/** A relative URI reference for a reported path ("drafts/a b.md" → "drafts/a%20b.md"). */
function artifactUri(displayPath: string): string {
  return displayPath
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

function region(idx: LineIndex, span: Span) {
  const start = idx.position(span.start);
  const end = idx.position(span.end);
  return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

function fingerprint(path: string, f: Finding, idx: LineIndex): string {
  // The claim's text, its check and its line's text (trimmed): stable when lines are inserted above it.
  const line = idx.lineText(idx.position(f.start).line).trim();
  return createHash('sha256').update([f.check, path, f.text, line].join('\0')).digest('hex').slice(0, 32);
}

function result(r: FileResult, idx: LineIndex, ruleIndex: Map<string, number>, f: Finding) {
  const location = { artifactLocation: { uri: artifactUri(r.path), uriBaseId: SRCROOT }, region: { ...region(idx, f), snippet: { text: f.text } } };
  const certain = f.fixes.filter((x) => x.certain);
  const related = (f.related ?? []).map((span, i) => ({
    id: i + 1,
    physicalLocation: { artifactLocation: location.artifactLocation, region: region(idx, span) },
    message: { text: `operand “${r.text.slice(span.start, span.end)}”` },
  }));
  const evidence = f.evidence.map((e) => `${e.factId}: ${e.value} (${e.period}) — ${[e.source.publisher, e.source.date, e.source.url].filter(Boolean).join(', ')}`);
  return {
    ruleId: f.check,
    ruleIndex: ruleIndex.get(f.check),
    level: LEVEL[f.severity],
    message: { text: sentence(f.message) },
    locations: [{ physicalLocation: location }],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    partialFingerprints: { 'tallyClaim/v1': fingerprint(r.path, f, idx) },
    ...(certain.length > 0
      ? {
          fixes: certain.map((x) => ({
            description: { text: sentence(x.title) },
            artifactChanges: [
              {
                artifactLocation: location.artifactLocation,
                replacements: x.edits.map((e) => ({ deletedRegion: region(idx, e), insertedContent: { text: e.newText } })),
              },
            ],
          })),
        }
      : {}),
    ...(f.suppressed ? { suppressions: [{ kind: 'inSource', justification: f.suppressed.reason }] } : {}),
    properties: {
      ...(f.verdict ? { verdict: f.verdict } : {}),
      ...(evidence.length > 0 ? { evidence } : {}),
      ...(f.computation ? { computation: f.computation } : {}),
      ...(f.heldBack ? { heldBack: f.heldBack } : {}),
    },
  };
}

/** A document problem whose code is a check id (suppression.unknown-check, document.too-large) is a result too. */
function problemResult(r: FileResult, idx: LineIndex, ruleIndex: Map<string, number>, p: Problem) {
  const span = p.span ?? { start: 0, end: 0 };
  return {
    ruleId: p.code,
    ruleIndex: ruleIndex.get(p.code ?? ''),
    level: LEVEL[p.severity],
    message: { text: sentence(p.message) },
    locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(r.path), uriBaseId: SRCROOT }, region: region(idx, span) } }],
  };
}

export interface SarifOptions {
  cwd: string;
  quiet: boolean;
}

export function toSarif(results: FileResult[], opts: SarifOptions) {
  const ruleList = rules();
  const ruleIndex = new Map(ruleList.map((r, i) => [r.id, i]));
  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];
  for (const r of results) {
    const idx = lineIndex(r.text);
    const keep = (s: Severity) => !opts.quiet || s === 'error';
    for (const f of r.analysis.findings) if (keep(f.severity)) sarifResults.push(result(r, idx, ruleIndex, f));
    for (const f of r.analysis.suppressed) if (keep(f.severity)) sarifResults.push(result(r, idx, ruleIndex, f));
    for (const p of r.analysis.problems) {
      if (!keep(p.severity)) continue;
      if (p.code && CHECK_IDS.has(p.code)) sarifResults.push(problemResult(r, idx, ruleIndex, p));
      else notifications.push({ level: LEVEL[p.severity], message: { text: sentence(`${r.path}: ${p.message}`) } });
    }
  }
  const srcroot = pathToFileURL(opts.cwd).href.replace(/\/?$/, '/');
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, fullName: `${TOOL_NAME} ${VERSION}`, version: VERSION, semanticVersion: VERSION, informationUri: INFORMATION_URI, rules: ruleList } },
        originalUriBaseIds: { [SRCROOT]: { uri: srcroot } },
        invocations: [{ executionSuccessful: true, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}
