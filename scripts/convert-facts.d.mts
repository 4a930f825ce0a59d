// Types for convert-facts.mjs.

/** The research list, ../shared/research/facts.yaml beside the clone. */
export const RESEARCH_FILE: string;
/** data/facts, where the command line writes. */
export const OUT_DIR: string;

/** One fact of the research list, as parsed (free-form fields; the converter reads id, value, unit, period, source…). */
export interface ResearchFact {
  id: string;
  [field: string]: unknown;
}

/** How research facts read, per data/facts file (see the key legend in convert-facts.mjs). */
export type FileSpecs = Record<string, { header: string; facts: Record<string, Record<string, unknown>> }>;
/** Facts the research list lacks, per data/facts file: derived (`from`) or given whole (`fact`). */
export type ExtraFacts = Record<string, Record<string, unknown>[]>;

/** The text of every data/facts file, in the specs' order, and the number of facts in each (specs default to convert-facts.specs.mjs). */
export function convertFacts(
  research: ResearchFact[],
  specs?: { files?: FileSpecs; extra?: ExtraFacts },
): { files: Record<string, string>; counts: Record<string, number> };
/** Reads and parses the research list (default RESEARCH_FILE). */
export function readResearch(file?: string): ResearchFact[];
