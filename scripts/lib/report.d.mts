// Types for report.mjs.
import type { Results } from './score.mjs';

export function toMarkdown(results: Results, options?: { details?: number }): string;
