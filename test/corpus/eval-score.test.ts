/**
 * The scorer behind `npm run eval`: how findings of a CLI run are matched with corpus labels.
 * Uses a two-draft corpus written to a temp dir, plus an oracle run over the real corpus.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countWords, loadCorpus, nthOccurrence, type Corpus } from '../../scripts/lib/corpus.mjs';
import { scoreRun, type CliFinding, type CliOutput } from '../../scripts/lib/score.mjs';
import { toMarkdown } from '../../scripts/lib/report.mjs';
import { decidable } from '../../scripts/lib/factTrust.mjs';

const EN = '---\ndate: 2024-02-20\n---\nOpenAI hit $2.6B in December. That is $133M a month, and $133M × 12 = $1.8B.\n';
const ZH = '---\ndate: 2024-03-20\n---\n百度第四季度带来6.56亿元增量收入,约合9190万美元。\n';
const EN_LABELS = [
  { text: '$2.6B', occurrence: 1, label: 'wrong', type: 'fact', verdict: 'contradicted', factIds: ['OPENAI-ARR-2023-12-TI'] },
  { text: '$133M', occurrence: 1, label: 'correct', type: 'fact', factIds: ['OPENAI-ARR-2023-12-TI'] },
  { text: '$133M', occurrence: 2, label: 'correct', type: 'fact', factIds: ['OPENAI-ARR-2023-12-TI'] },
  { text: '$1.8B', occurrence: 1, label: 'wrong', type: 'arithmetic', verdict: 'inconsistent', factIds: [] },
];
const ZH_LABELS = [
  { text: '6.56亿元', occurrence: 1, label: 'correct', type: 'fact', factIds: ['BIDU-GENAI-Q4-2023'] },
  { text: '9190万美元', occurrence: 1, label: 'unverifiable', type: 'fact', factIds: [] },
];

let dir: string;
let corpus: Corpus;
const at = (text: string, needle: string, n = 1) => {
  const start = nthOccurrence(text, needle, n);
  return { start, end: start + needle.length };
};
const run = (en: CliFinding[], zh: CliFinding[]): CliOutput => ({
  version: 1,
  files: [
    { path: path.join(dir, 'en', 'a.md'), findings: en },
    { path: path.join(dir, 'zh', 'b.md'), findings: zh },
  ],
});

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-eval-'));
  for (const [lang, name, text, labels] of [['en', 'a', EN, EN_LABELS], ['zh', 'b', ZH, ZH_LABELS]] as const) {
    fs.mkdirSync(path.join(dir, lang), { recursive: true });
    fs.writeFileSync(path.join(dir, lang, `${name}.md`), text);
    fs.writeFileSync(path.join(dir, lang, `${name}.labels.json`), JSON.stringify(labels));
  }
  corpus = loadCorpus(dir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('eval scorer', () => {
  it('locates labels by occurrence and counts words the stated way', () => {
    expect(corpus.problems).toEqual([]);
    const en = corpus.drafts.find((d) => d.lang === 'en')!;
    expect(en.labels[2]!.start).toBe(EN.lastIndexOf('$133M'));
    expect(countWords('GPT-4 costs $30 per 1M tokens')).toBe(6);
    expect(countWords('百度带来增量收入')).toBeCloseTo(8 / 1.5);
  });

  it('counts a warning on a wrong span as a true positive and information as nothing', () => {
    const r = scoreRun(corpus, run([{ check: 'fact.value-mismatch', severity: 'warning', verdict: 'contradicted', offset: at(EN, '$2.6B') }, { check: 'fact.value-mismatch', severity: 'information', verdict: 'contradicted', offset: at(EN, '$133M') }], []));
    expect(r.overall.precision).toBe(1);
    expect(r.overall.recallFact).toBe(1);
    expect(r.arithmetic.recall).toBe(0);
    expect(r.overall.falseAlarms).toBe(0);
    expect(r.byVerdict.find((v) => v.verdict === 'contradicted')).toMatchObject({ labels: 1, matched: 1, precision: 1 });
  });

  it('reports fact recall over the labels a trusted fact can decide, beside recall over all', () => {
    const r = scoreRun(corpus, run([], []), undefined, (label) => label.text !== '$2.6B');
    expect(r.overall).toMatchObject({ factLabels: 1, factDetected: 0, factDecidable: 0, recallFactDecidable: null });
    const all = scoreRun(corpus, run([{ check: 'fact.value-mismatch', severity: 'warning', verdict: 'contradicted', offset: at(EN, '$2.6B') }], []));
    expect(all.overall).toMatchObject({ factDecidable: 1, factDecidableDetected: 1, recallFactDecidable: 1 });
  });

  it('counts a label as decidable when it names a trusted fact or a trusted part of one', () => {
    const trust = new Map([['A.part', { trusted: true }], ['B', { trusted: false }]]);
    expect(decidable({ factIds: ['A'] }, trust)).toBe(true);
    expect(decidable({ factIds: ['B'] }, trust)).toBe(false);
    expect(decidable({ factIds: [] }, trust)).toBe(false);
  });

  it('credits an arithmetic finding through its related spans, but not a fact label that way', () => {
    const finding: CliFinding = { check: 'arith.annualized', severity: 'warning', verdict: 'inconsistent', offset: at(EN, '$133M', 2), related: [{ offset: at(EN, '$1.8B') }, { offset: at(EN, '$2.6B') }] };
    const r = scoreRun(corpus, run([finding], []));
    expect(r.arithmetic).toMatchObject({ detected: 1, recall: 1, truePositives: 1, precision: 1 });
    expect(r.overall.recallFact).toBe(0);
  });

  it('counts warnings on correct or unlabelled spans as false alarms, and on unverifiable ones as neither', () => {
    const r = scoreRun(
      corpus,
      run(
        [{ check: 'fact.value-mismatch', severity: 'error', verdict: 'contradicted', offset: at(EN, 'OpenAI') }],
        [
          { check: 'fact.currency', severity: 'warning', verdict: 'wrong-currency', offset: at(ZH, '6.56亿元') },
          { check: 'fact.value-mismatch', severity: 'warning', verdict: 'contradicted', offset: at(ZH, '9190万美元') },
        ],
      ),
    );
    expect(r.overall.flaggedFindings).toBe(3);
    expect(r.overall.precision).toBe(0);
    expect(r.overall.falseAlarms).toBe(2);
    expect(r.falseAlarms.map((f) => f.label).sort()).toEqual(['(unlabelled)', 'correct']);
    expect(r.overall.falseAlarmsPer10k).toBeCloseTo((2 / (countWords(EN) + countWords(ZH))) * 10000);
    expect(r.gate.pass).toBe(false);
    expect(toMarkdown(r)).toContain('| false alarms / 10k words |');
  });

  it('lists drafts the CLI did not report on', () => {
    const r = scoreRun(corpus, { version: 1, files: [{ path: path.join(dir, 'en', 'a.md'), findings: [] }] });
    expect(r.corpus.missingFiles).toEqual(['zh/b.md']);
  });
});

describe('eval scorer on the real corpus', () => {
  it('gives a perfect oracle run full marks and passes the gate', () => {
    const real = loadCorpus(__dirname);
    expect(real.problems).toEqual([]);
    const oracle: CliOutput = {
      version: 1,
      files: real.drafts.map((d) => ({
        path: d.file,
        findings: d.labels
          .filter((l) => l.label === 'wrong')
          .map((l) => ({ check: l.type === 'arithmetic' ? 'arith.relation' : 'fact.value-mismatch', severity: 'warning' as const, verdict: l.verdict, offset: { start: l.start, end: l.end } })),
      })),
    };
    const r = scoreRun(real, oracle);
    expect(r.overall).toMatchObject({ precision: 1, recall: 1, recallFact: 1, recallArithmetic: 1, verdictAgreement: 1, falseAlarms: 0 });
    expect(r.arithmetic.precision).toBe(1);
    expect(r.gate).toEqual({ pass: true, failures: [] });
  });
});
