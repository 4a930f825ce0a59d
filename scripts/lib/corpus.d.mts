// Types for corpus.mjs (the eval scripts are plain ESM; tests import them through these declarations).
export interface CorpusLabel {
  text: string;
  occurrence: number;
  label: 'wrong' | 'correct' | 'imprecise' | 'unverifiable' | 'non-claim';
  type: 'fact' | 'arithmetic' | 'none';
  verdict?: string;
  factIds: string[];
  note?: string;
  /** Position of the label in its labels file. */
  index: number;
  /** UTF-16 offsets of the located span, end exclusive. */
  start: number;
  end: number;
}

export interface CorpusDraft {
  file: string;
  name: string;
  lang: string;
  text: string;
  words: number;
  labels: CorpusLabel[];
}

export interface Corpus {
  drafts: CorpusDraft[];
  problems: string[];
}

export const LANGS: string[];
export const LABELS: string[];
export const TYPES: string[];
export const WORD_RULE: string;
export function nthOccurrence(text: string, needle: string, n: number): number;
export function countWords(text: string): number;
export function listDrafts(corpusDir: string): string[];
export function loadCorpus(corpusDir: string): Corpus;
export function lineOf(text: string, offset: number): number;
