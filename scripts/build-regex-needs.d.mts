// Types for build-regex-needs.mjs.
import type { BothNeeds } from '../server/src/core/text/regexNeeds';

export function regexNeedsTable(): Promise<Record<string, BothNeeds>>;
