// What the fixture drafts contain and what Tally must say about them. The figures come from the
// bundled fact base: The Information put OpenAI's annualized revenue for December 2023 at $1.6B.
// Messages and hovers must name that fact's source (publisher and date) as data/ records it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The fact both drafts contradict. */
export const FACT_ID = 'OPENAI-ARR-2023-12-TI';

export const EN_DRAFT = {
  file: 'en-draft.md',
  check: 'fact.value-mismatch',
  /** The wrong figure; it appears twice: the first is quick-fixed, the second suppressed. */
  wrong: '$2.6 billion',
  right: '$1.6 billion',
  fixTitle: /^Replace “\$2\.6 billion” with “\$1\.6 billion”/,
  suppression: '<!-- tally-disable-next-line fact.value-mismatch -- e2e: the author checked this one -->',
  citeTitle: /^Insert a citation for “\$1\.6 billion”/,
};

export const ZH_DRAFT = {
  file: 'zh-draft.md',
  check: 'fact.value-mismatch',
  wrong: '26亿美元',
  right: '16亿美元',
  fixTitle: /^Replace “26亿美元” with “16亿美元”/,
  // Typed after the server was killed: the restarted server must flag it.
  retypeSentence: '据The Information报道，OpenAI在2023年12月的年化收入为36亿美元。',
};

/** `text` with its first `from` replaced by `to` (no `$` patterns: "$1.6" must stay literal). */
export function replaceFirst(text, from, to) {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`"${from}" is not in the text`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** 1-based line and column (UTF-16 units, as VS Code's Go to Line counts) of an occurrence. */
export function positionOf(text, needle, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`occurrence ${occurrence} of "${needle}" is not in the text`);
  }
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before.at(-1).length + 1 };
}

/**
 * The source of FACT_ID as the bundled fact base records it: { publisher, date }. Read with the
 * root package's `yaml`, the same parser the extension uses.
 */
export async function loadEvidence(repoRoot) {
  const { parse } = createRequire(join(repoRoot, 'package.json'))('yaml');
  const text = await readFile(join(repoRoot, 'data', 'facts', 'openai.yaml'), 'utf8');
  const fact = parse(text).facts.find((f) => f.id === FACT_ID);
  if (!fact) throw new Error(`fact ${FACT_ID} is not in data/facts/openai.yaml`);
  const { publisher, date } = fact.sources[0];
  return { publisher: String(publisher), date: String(date) };
}

/** True when `text` names the evidence's publisher and date. */
export function namesEvidence(text, evidence) {
  return text.includes(evidence.publisher) && text.includes(evidence.date);
}

/**
 * A draft with three certain corrections (two fact mismatches, one product the draft computes
 * itself) and two findings whose fixes are not certain (a growth rate that may be read another way,
 * a figure off by a factor of ten): "Fix all" must change the first three and leave the others.
 */
export const FIXALL_DRAFT = {
  file: 'fixall-draft.md',
  title: /^Fix all certain Tally corrections in this file/,
  certain: [['$2.6 billion', '$1.6 billion'], ['$90,000', '$60,000']],
  untouched: ['50%', '$609 billion'],
};

/** `text` with every occurrence of each pair's first element replaced by its second. */
export function replaceAll(text, pairs) {
  return pairs.reduce((acc, [from, to]) => acc.split(from).join(to), text);
}

/**
 * A draft that a workspace fact pack (.tally/facts/team.yaml, a made-up company) contradicts, next to
 * a claim the bundled facts contradict: trusted, both are flagged; untrusted, only the bundled one.
 */
export const PACK_DRAFT = {
  file: 'pack-draft.md',
  packClaim: '$150 million',
  packPublisher: 'Zephyr Looms',
  packValue: '$120M',
  bundledClaim: '$2.6 billion',
};

/** A figure no fact decides; "Add as fact" writes it to the workspace pack. */
export const ADDFACT_DRAFT = {
  file: 'addfact-draft.md',
  claim: '$40 million',
  title: /^Add “\$40 million” as a fact to the workspace fact pack/,
  factsFile: '.tally/facts/added.yaml',
  entry: { entity: 'zephyr-looms', metric: 'funding.raised', value: 40_000_000, unit: 'USD' },
};

/** A draft in a sub-folder that the suite never opens: only "Check All Markdown Files" reports on it. */
export const CLOSED_DRAFT = { path: 'notes/closed-draft.md', file: 'closed-draft.md', wrong: '$2.6 billion', check: 'fact.value-mismatch' };
