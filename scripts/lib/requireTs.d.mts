// Types for requireTs.mjs.
export const ROOT: string;
export function requireTs(contents: string, sourcefile: string): Promise<Record<string, unknown>>;
