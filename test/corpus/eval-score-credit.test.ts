/**
 * The scorer's credit rule: a misattributed finding on a figure speaks for the misattributed label a
 * writer put on the credited publisher's name of the same line, when both name the same fact.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, nthOccurrence, type Corpus } from '../../scripts/lib/corpus.mjs';
import { scoreRun, type CliFinding } from '../../scripts/lib/score.mjs';

const TEXT = '---\ndate: 2024-06-01\n---\nAccording to Bloomberg, the startup expects $1.4 billion of ARR.\n\nBloomberg also covered it.\n';
const LABELS = [
  { text: 'Bloomberg', occurrence: 1, label: 'wrong', type: 'fact', verdict: 'misattributed', factIds: ['SCALE-ARR-2024'] },
  { text: '$1.4 billion', occurrence: 1, label: 'correct', type: 'fact', factIds: ['SCALE-ARR-2024'] },
];

let dir: string;
let corpus: Corpus;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-eval-credit-'));
  fs.mkdirSync(path.join(dir, 'en'));
  fs.writeFileSync(path.join(dir, 'en', 'a.md'), TEXT);
  fs.writeFileSync(path.join(dir, 'en', 'a.labels.json'), JSON.stringify(LABELS));
  corpus = loadCorpus(dir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const finding = (verdict: string, factId: string, needle = '$1.4 billion', n = 1): CliFinding => {
  const start = nthOccurrence(TEXT, needle, n);
  return { check: 'fact.misattributed', severity: 'warning', verdict, offset: { start, end: start + needle.length }, evidence: [{ factId }] } as CliFinding;
};
const score = (f: CliFinding) => scoreRun(corpus, { version: 1, files: [{ path: path.join(dir, 'en', 'a.md'), findings: [f] }] }).overall;

describe('eval scorer: credit labels', () => {
  it('counts a misattributed finding on the credited figure as catching the credit label', () => {
    expect(score(finding('misattributed', 'SCALE-ARR-2024'))).toMatchObject({ truePositives: 1, falseAlarms: 0, factDetected: 1 });
  });

  it('does not when the finding names another fact or another verdict', () => {
    expect(score(finding('misattributed', 'OTHER-FACT'))).toMatchObject({ truePositives: 0, falseAlarms: 1 });
    expect(score(finding('contradicted', 'SCALE-ARR-2024'))).toMatchObject({ truePositives: 0, falseAlarms: 1 });
  });
});

// A publisher whose name holds digits ("36氪") is still a name; a label on a figure or a multiple is not.
describe('eval scorer: credit labels on names with digits', () => {
  const ZH = '---\ndate: 2025-03-01\n---\n据36氪报道，这家公司完成了8亿元融资，约为上一轮的3倍。\n';
  const ZH_LABELS = [
    { text: '36氪', occurrence: 1, label: 'wrong', type: 'fact', verdict: 'misattributed', factIds: ['ROUND-2025'] },
    { text: '8亿元', occurrence: 1, label: 'correct', type: 'fact', factIds: ['ROUND-2025'] },
    { text: '3倍', occurrence: 1, label: 'wrong', type: 'fact', verdict: 'misattributed', factIds: ['ROUND-2025'] },
  ];
  let zhDir: string;
  let zhCorpus: Corpus;
  beforeAll(() => {
    zhDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-eval-credit-zh-'));
    fs.mkdirSync(path.join(zhDir, 'zh'));
    fs.writeFileSync(path.join(zhDir, 'zh', 'b.md'), ZH);
    fs.writeFileSync(path.join(zhDir, 'zh', 'b.labels.json'), JSON.stringify(ZH_LABELS));
    zhCorpus = loadCorpus(zhDir);
  });
  afterAll(() => fs.rmSync(zhDir, { recursive: true, force: true }));

  it('counts the figure’s misattributed finding for the credit label on 36氪, not for the multiple', () => {
    const start = nthOccurrence(ZH, '8亿元', 1);
    const f = { check: 'fact.misattributed', severity: 'warning', verdict: 'misattributed', offset: { start, end: start + 3 }, evidence: [{ factId: 'ROUND-2025' }] } as CliFinding;
    const run = scoreRun(zhCorpus, { version: 1, files: [{ path: path.join(zhDir, 'zh', 'b.md'), findings: [f] }] });
    expect(run.overall).toMatchObject({ truePositives: 1, falseAlarms: 0, detected: 1 });
  });
});
