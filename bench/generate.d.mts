// Types for bench/generate.mjs (plain JavaScript so the benchmark runs without a build step); the
// tests use the generator to check the parser-free paths against remark on realistic reports.
export const SIZES: Record<'10k' | '100k' | '1m' | '5m', number>;
export function generateDocument(targetBytes: number, seed?: number): string;
