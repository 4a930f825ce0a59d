// Types for score.mjs.
import type { Corpus, CorpusDraft, CorpusLabel } from './corpus.mjs';

export interface CliFinding {
  check: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
  message?: string;
  verdict?: string;
  offset: { start: number; end: number };
  text?: string;
  related?: { offset: { start: number; end: number } }[];
}

export interface CliOutput {
  version: number;
  files: { path: string; findings: CliFinding[] }[];
}

export interface Summary {
  drafts: number;
  words: number;
  flaggedFindings: number;
  truePositives: number;
  precision: number | null;
  wrongLabels: number;
  detected: number;
  recall: number | null;
  factLabels: number;
  factDetected: number;
  recallFact: number | null;
  factDecidable: number;
  factDecidableDetected: number;
  recallFactDecidable: number | null;
  recallArithmetic: number | null;
  verdictAgreement: number | null;
  falseAlarms: number;
  falseAlarmsPer10k: number | null;
}

export interface VerdictRow {
  verdict: string;
  labels: number;
  flaggedFindings: number;
  matched: number;
  detected: number;
  recall: number | null;
  precision: number | null;
}

export interface Results {
  wordRule: string;
  corpus: { drafts: number; labels: number; wrongLabels: number; arithmeticLabels: number; words: number; missingFiles: string[] };
  overall: Summary;
  byLang: Record<string, Summary>;
  arithmetic: { labels: number; wrongLabels: number; flaggedFindings: number; truePositives: number; precision: number | null; detected: number; recall: number | null; falseAlarms: number };
  byVerdict: VerdictRow[];
  misses: { at: string; text: string; type: string; verdict?: string; note?: string }[];
  falseAlarms: { at: string; text?: string; check: string; severity: string; verdict?: string; label: string; message?: string }[];
  verdictMismatches: { at: string; text: string; expected?: string; got: string }[];
  gate: { pass: boolean; failures: string[] };
}

export const TARGETS: { precision: number; recallFact: number; recallArithmetic: number; falseAlarmsPer10k: number };
export function isFlagged(finding: CliFinding): boolean;
export function isArithmeticFinding(finding: CliFinding): boolean;
export function labelsSpokenFor(finding: CliFinding, draft: CorpusDraft): CorpusLabel[];
export function scoreRun(corpus: Corpus, cliJson: CliOutput, resolve?: (p: string) => string, isDecidable?: (label: CorpusLabel) => boolean): Results;
export function gate(results: Results): { pass: boolean; failures: string[] };
export function pct(x: number | null | undefined): string;
