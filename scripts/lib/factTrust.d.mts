// Types for factTrust.mjs.
export function loadFactTrust(root: string): Map<string, { trusted: boolean }>;
export function decidable(label: { factIds?: string[] }, trust: Map<string, { trusted: boolean }>): boolean;
