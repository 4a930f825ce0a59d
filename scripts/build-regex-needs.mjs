// The period patterns' needs (server/src/core/text/regexNeeds.ts), worked out at build time by the real
// reader from the current sources. esbuild.mjs defines them as TALLY_REGEX_NEEDS in the bundles, so a
// server or CLI does not read 180-odd patterns at every start. Keyed by each pattern's flags and source,
// what the needs depend on: a pattern missing from the table is read at run time, never misread.
import { requireTs } from './lib/requireTs.mjs';

const ENTRY = `
export { EN_PATTERNS } from './server/src/core/bind/periodPatternsEn';
export { ZH_PATTERNS } from './server/src/core/bind/periodPatternsZh';
export { regexNeeds, regexPairNeeds, regexNeedsKey } from './server/src/core/text/regexNeeds';
`;

/** `flags/source` → [bucket needs, pair needs] of every period pattern. */
export async function regexNeedsTable() {
  const m = await requireTs(ENTRY, 'regex-needs-entry.ts');
  const table = {};
  for (const { re } of [...m.EN_PATTERNS, ...m.ZH_PATTERNS]) table[m.regexNeedsKey(re)] = [m.regexNeeds(re), m.regexPairNeeds(re)];
  return table;
}
