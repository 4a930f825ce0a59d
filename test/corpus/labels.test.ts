/**
 * Validates the labelled evaluation corpora that `npm run eval` scores Tally against (test/corpus, and
 * the held-out test/corpus-holdout that rules must not be tuned on): every label must point at real
 * text, use the agreed vocabulary, and name facts that exist, and each corpus as a whole must be big
 * and varied enough to measure precision and recall.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const corpusDir = __dirname;
const holdoutDir = path.resolve(__dirname, '..', 'corpus-holdout');
const factsDir = path.resolve(__dirname, '..', '..', 'data', 'facts');

const LABELS = ['wrong', 'correct', 'imprecise', 'unverifiable', 'non-claim'] as const;
const TYPES = ['fact', 'arithmetic', 'none'] as const;
/** The Verdict values (server/src/core/model.ts) a wrong claim can expect. */
const WRONG_VERDICTS = ['contradicted', 'wrong-period', 'wrong-currency', 'wrong-scale', 'wrong-metric', 'misattributed', 'stale', 'inconsistent'];

interface Label {
  text: string;
  occurrence: number;
  label: (typeof LABELS)[number];
  type: (typeof TYPES)[number];
  verdict?: string;
  factIds: string[];
  note?: string;
}

interface Draft {
  name: string;
  lang: string;
  text: string;
  labels: Label[];
}

/** n-th (1-based) occurrence, scanning left to right without overlaps: the rule scripts/lib/corpus.mjs uses. */
function nthOccurrence(text: string, needle: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = text.indexOf(needle, k === 0 ? 0 : at + needle.length);
    if (at < 0) return -1;
  }
  return at;
}

/** English whitespace words + Chinese characters / 1.5, as the eval script counts them. */
function countWords(text: string): number {
  const cjk = (text.match(/[\u3400-\u9fff\uf900-\ufaff]/g) ?? []).length;
  const latin = text
    .replace(/[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/g, ' ')
    .split(/\s+/)
    .filter((w) => /[A-Za-z0-9]/.test(w)).length;
  return latin + cjk / 1.5;
}

function loadDrafts(root: string): Draft[] {
  const drafts: Draft[] = [];
  for (const lang of ['en', 'zh']) {
    const dir = path.join(root, lang);
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const labelsPath = path.join(dir, file.replace(/\.md$/, '.labels.json'));
      const labels = fs.existsSync(labelsPath) ? (JSON.parse(fs.readFileSync(labelsPath, 'utf8')) as Label[]) : [];
      drafts.push({ name: `${lang}/${file}`, lang, text, labels });
    }
  }
  return drafts;
}

/** Fact ids of the bundled base; a research id also matches the parts it was split into ("X" ~ "X.raise"). */
function loadFactIds(): string[] | undefined {
  if (!fs.existsSync(factsDir)) return undefined;
  const ids: string[] = [];
  for (const file of fs.readdirSync(factsDir).filter((f) => f.endsWith('.yaml'))) {
    const doc = parseYaml(fs.readFileSync(path.join(factsDir, file), 'utf8')) as { facts?: { id: string }[] } | null;
    for (const fact of doc?.facts ?? []) ids.push(fact.id);
  }
  return ids;
}

/** How big a corpus must be: the main one measures tuning, the held-out one only checks it. */
interface Minimums {
  drafts: number;
  labels: number;
  wrong: number;
  arithmetic: number;
}

// The held-out set is replaced as a whole when it has been looked at (its README says when), so
// between the move of the old set into test/corpus and the arrival of the new one it may hold no drafts.
const holdoutHasDrafts = ['en', 'zh'].some((lang) => fs.existsSync(path.join(holdoutDir, lang)) && fs.readdirSync(path.join(holdoutDir, lang)).some((f) => f.endsWith('.md')));
const CORPORA: [string, string, Minimums][] = [
  ['evaluation corpus', corpusDir, { drafts: 30, labels: 300, wrong: 100, arithmetic: 100 }],
  ...(holdoutHasDrafts ? [['held-out corpus', holdoutDir, { drafts: 12, labels: 200, wrong: 0, arithmetic: 0 }] as [string, string, Minimums]] : []),
];

describe.each(CORPORA)('%s', (_title, root, min) => {
  const drafts = loadDrafts(root);
  const allLabels = drafts.flatMap((d) => d.labels.map((l) => ({ draft: d, label: l })));

  it(`has at least ${min.drafts} drafts, half of them Chinese`, () => {
    expect(drafts.length).toBeGreaterThanOrEqual(min.drafts);
    const zh = drafts.filter((d) => d.lang === 'zh').length;
    expect(zh * 2).toBeGreaterThanOrEqual(drafts.length);
  });

  it(`has at least ${min.labels} labels, ${min.wrong} of them wrong and ${min.arithmetic} arithmetic`, () => {
    expect(allLabels.length).toBeGreaterThanOrEqual(min.labels);
    expect(allLabels.filter((x) => x.label.label === 'wrong').length).toBeGreaterThanOrEqual(min.wrong);
    expect(allLabels.filter((x) => x.label.type === 'arithmetic').length).toBeGreaterThanOrEqual(min.arithmetic);
  });

  it('covers every kind of wrong verdict and both consistent and inconsistent arithmetic', () => {
    const verdicts = new Set(allLabels.map((x) => x.label.verdict).filter(Boolean));
    for (const v of WRONG_VERDICTS) expect(verdicts, v).toContain(v);
    expect(allLabels.some((x) => x.label.type === 'arithmetic' && x.label.label === 'correct')).toBe(true);
  });

  it.each(drafts.map((d) => [d.name, d] as const))('%s has a labels file, a front-matter date and 150-600 words', (_name, draft) => {
    expect(draft.labels.length).toBeGreaterThan(0);
    const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(draft.text);
    expect(frontMatter, 'front matter').not.toBeNull();
    const date = /^date:\s*(\d{4}-\d{2}-\d{2})\s*$/m.exec(frontMatter![1]);
    expect(date, 'date: YYYY-MM-DD').not.toBeNull();
    expect(Number.isNaN(Date.parse(date![1]))).toBe(false);
    const words = countWords(draft.text);
    expect(words).toBeGreaterThanOrEqual(150);
    expect(words).toBeLessThanOrEqual(600);
  });

  it('every label finds its text, uses the agreed vocabulary, and spans do not collide', () => {
    const problems: string[] = [];
    for (const draft of drafts) {
      const starts = new Map<number, string>();
      draft.labels.forEach((l, i) => {
        const where = `${draft.name}#${i} "${l.text}"`;
        if (typeof l.text !== 'string' || l.text.length === 0) problems.push(`${where}: empty text`);
        if (!Number.isInteger(l.occurrence) || l.occurrence < 1) problems.push(`${where}: occurrence must be a positive integer`);
        if (!LABELS.includes(l.label)) problems.push(`${where}: unknown label ${l.label}`);
        if (!TYPES.includes(l.type)) problems.push(`${where}: unknown type ${l.type}`);
        if (!Array.isArray(l.factIds)) problems.push(`${where}: factIds must be an array`);
        if (l.label === 'wrong' && !WRONG_VERDICTS.includes(l.verdict ?? '')) problems.push(`${where}: wrong label needs a verdict`);
        if (l.label !== 'wrong' && l.verdict !== undefined) problems.push(`${where}: only wrong labels carry a verdict`);
        if (l.label === 'wrong' && (l.verdict === 'inconsistent') !== (l.type === 'arithmetic')) problems.push(`${where}: inconsistent goes with type arithmetic`);
        if ((l.type === 'none') !== (l.label === 'non-claim')) problems.push(`${where}: non-claims have type none`);
        const start = nthOccurrence(draft.text, l.text, l.occurrence);
        if (start < 0) problems.push(`${where}: occurs fewer than ${l.occurrence} times`);
        else if (starts.has(start)) problems.push(`${where}: same span as "${starts.get(start)}"`);
        else starts.set(start, l.text);
      });
    }
    expect(problems).toEqual([]);
  });

  it('names only facts that exist in the bundled fact base', () => {
    const ids = loadFactIds();
    if (!ids) return; // the fact base is generated elsewhere; nothing to compare against yet
    // Every id and every prefix of it that ends before a dot: "ANTH-AMZN-4B.total" also answers "ANTH-AMZN-4B".
    const prefixes = new Set(ids.flatMap((f) => [f, ...[...f.matchAll(/\./g)].map((m) => f.slice(0, m.index))]));
    const known = (id: string) => prefixes.has(id);
    const unknown = [...new Set(allLabels.flatMap((x) => x.label.factIds).filter((id) => !known(id)))];
    expect(unknown).toEqual([]);
  });

  it('backs every fact-based correct or wrong label with a fact, except arithmetic results', () => {
    const bare = allLabels.filter((x) => x.label.type === 'fact' && (x.label.label === 'wrong' || x.label.label === 'correct') && x.label.factIds.length === 0);
    expect(bare.map((x) => `${x.draft.name} "${x.label.text}"`)).toEqual([]);
  });
});
