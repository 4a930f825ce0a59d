// Scores one `tally check --format json` run against the labelled corpus.
// A finding counts when its severity is warning or error ("flagged"); information and hints are what
// Tally says when it is unsure, so they neither earn recall nor cost precision.
import path from 'node:path';
import { WORD_RULE, lineOf } from './corpus.mjs';

export const TARGETS = { precision: 0.97, recallFact: 0.9, recallArithmetic: 0.85, falseAlarmsPer10k: 1 };
const FLAGGED = new Set(['error', 'warning']);

export function isFlagged(finding) {
  return FLAGGED.has(finding.severity);
}

/** Arithmetic findings: the arithmetic check family, or an arithmetic verdict. */
export function isArithmeticFinding(finding) {
  return /^arith/.test(finding.check ?? '') || finding.verdict === 'inconsistent' || finding.verdict === 'consistent';
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const ratio = (num, den) => (den === 0 ? null : num / den);

/**
 * Whether a finding speaks for a label: its own span overlaps the label, or, for an arithmetic
 * finding, one of its `related` spans (operands and stated result) overlaps an arithmetic label.
 * An arithmetic finding often sits on one operand; it has still found the inconsistent relation.
 */
function findingSpans(finding) {
  const primary = { start: finding.offset.start, end: Math.max(finding.offset.end, finding.offset.start + 1) };
  const related = isArithmeticFinding(finding) ? (finding.related ?? []).map((r) => r.offset).filter(Boolean) : [];
  return { primary, related };
}
function speaksFor(spans, label) {
  return overlaps(spans.primary, label) || (label.type === 'arithmetic' && spans.related.some((s) => overlaps(s, label)));
}

/** A fact id of a finding's evidence is the label's fact or one of its parts (`ID` names `ID.part`). */
const namesFact = (label, finding) =>
  (finding.evidence ?? []).some((e) => (label.factIds ?? []).some((id) => e.factId === id || e.factId?.startsWith(`${id}.`)));

/**
 * A wrong period is a mismatch between a figure and the date the draft gives it, and either span may
 * be the one the writer got wrong. Writers who planted the wrong date label the date ("raised $74 million
 * in January 2025" with "January 2025" labelled wrong-period, the round being January 2024's), while
 * Tally reports on the figure ("$74 million is the figure for January 2024, not Jan 2025"). Such a finding
 * speaks for the date's label when that label is a wrong-period label on the same line, not on a figure
 * of its own (it overlaps no other label), and names the same fact as the finding's evidence.
 */
const DATE_WORD = /(?:19|20)\d{2}|[年月]|季度|\b(?:Q[1-4]|H[12]|FY)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|quarter|year)\b/i;
const AMOUNT_WORD = /[$¥€£%]|美元|[元亿万]|\b(?:billion|million|trillion|bn)\b/i;
/** The label is on a date or period ("January 2025", "2024年10月", "Q3"), not on an amount. */
const isDateText = (text) => DATE_WORD.test(text) && !AMOUNT_WORD.test(text);

function speaksForDate(finding, label, draft, onPrimaryLine) {
  if (finding.verdict !== 'wrong-period' || label.label !== 'wrong' || label.verdict !== 'wrong-period') return false;
  if (!onPrimaryLine(label) || !isDateText(label.text)) return false;
  if (draft.labels.some((other) => other !== label && overlaps(other, label))) return false;
  return namesFact(label, finding);
}

/**
 * Misplaced credit is likewise a mismatch between a figure and the publisher the draft credits, and
 * writers who planted it label the credit ("according to Bloomberg" with "Bloomberg" labelled
 * misattributed, the figure itself correct), while Tally reports on the figure it covers. Such a finding
 * speaks for the credit's label when that label is a misattributed label on the same line, on a name
 * (no amount, no date, no number of its own), and names the same fact as the finding's evidence.
 */
// A digit may belong to the name itself ("36氪", "21世纪经济报道"), never stand alone as a figure or a multiple.
const isCreditText = (text) => !AMOUNT_WORD.test(text) && !DATE_WORD.test(text) && !/\d\s*(?:倍|x\b)/i.test(text) && !/(?<!\p{L})\d[\d.,]*(?![\p{L}\d])/u.test(text);

function speaksForCredit(finding, label, onPrimaryLine) {
  if (finding.verdict !== 'misattributed' || label.label !== 'wrong' || label.verdict !== 'misattributed') return false;
  return onPrimaryLine(label) && isCreditText(label.text) && namesFact(label, finding);
}

/**
 * The labels of `draft` a finding speaks for (whatever its severity): its span overlaps them, or it is a
 * wrong period on the line's date label or a misplaced credit on the line's credit label (above).
 */
export function labelsSpokenFor(finding, draft) {
  const spans = findingSpans(finding);
  const line = lineOf(draft.text, spans.primary.start);
  const onPrimaryLine = (l) => lineOf(draft.text, l.start) === line;
  return draft.labels.filter((l) => speaksFor(spans, l) || speaksForDate(finding, l, draft, onPrimaryLine) || speaksForCredit(finding, l, onPrimaryLine));
}

/**
 * Classify every flagged finding and every wrong label of one run.
 * `resolve` maps a path as the CLI printed it to the absolute draft path.
 */
export function scoreRun(corpus, cliJson, resolve = (p) => path.resolve(p), isDecidable = () => true) {
  const byFile = new Map(corpus.drafts.map((d) => [d.file, d]));
  const reported = new Map();
  for (const f of cliJson.files ?? []) reported.set(resolve(f.path), f);
  const missingFiles = corpus.drafts.filter((d) => !reported.has(d.file)).map((d) => d.name);

  const flagged = []; // { draft, finding, cls, labels (on the primary span), touched (labels it speaks for) }
  const hitsByLabel = new Map(); // label -> flagged findings overlapping it
  for (const [file, result] of reported) {
    const draft = byFile.get(file);
    if (!draft) continue;
    for (const finding of result.findings ?? []) {
      if (!isFlagged(finding)) continue;
      const spans = findingSpans(finding);
      const touched = labelsSpokenFor(finding, draft);
      const onPrimary = draft.labels.filter((l) => overlaps(spans.primary, l));
      for (const l of touched) {
        if (!hitsByLabel.has(l)) hitsByLabel.set(l, []);
        hitsByLabel.get(l).push(finding);
      }
      let cls;
      if (touched.some((l) => l.label === 'wrong')) cls = 'true-positive';
      else if (onPrimary.length > 0 && onPrimary.every((l) => l.label === 'unverifiable')) cls = 'on-unverifiable';
      else cls = 'false-alarm';
      flagged.push({ draft, finding, cls, labels: onPrimary, touched });
    }
  }

  const wrongLabels = corpus.drafts.flatMap((d) => d.labels.filter((l) => l.label === 'wrong').map((l) => ({ draft: d, label: l })));
  const detected = (l) => (hitsByLabel.get(l) ?? []).length > 0;
  const verdictMatch = (l) => (hitsByLabel.get(l) ?? []).some((f) => f.verdict === l.verdict);
  const arithHit = (l) => (hitsByLabel.get(l) ?? []).some(isArithmeticFinding);
  const words = corpus.drafts.reduce((n, d) => n + d.words, 0);

  const summarise = (drafts) => {
    const set = new Set(drafts);
    const fl = flagged.filter((x) => set.has(x.draft));
    const wl = wrongLabels.filter((x) => set.has(x.draft));
    const w = drafts.reduce((n, d) => n + d.words, 0);
    const fact = wl.filter((x) => x.label.type !== 'arithmetic');
    const arith = wl.filter((x) => x.label.type === 'arithmetic');
    const falseAlarms = fl.filter((x) => x.cls === 'false-alarm').length;
    return {
      drafts: drafts.length,
      words: Math.round(w),
      flaggedFindings: fl.length,
      truePositives: fl.filter((x) => x.cls === 'true-positive').length,
      precision: ratio(fl.filter((x) => x.cls === 'true-positive').length, fl.length),
      wrongLabels: wl.length,
      detected: wl.filter((x) => detected(x.label)).length,
      recall: ratio(wl.filter((x) => detected(x.label)).length, wl.length),
      factLabels: fact.length,
      factDetected: fact.filter((x) => detected(x.label)).length,
      recallFact: ratio(fact.filter((x) => detected(x.label)).length, fact.length),
      // The same over the labels a trusted fact can decide (see factTrust.mjs).
      factDecidable: fact.filter((x) => isDecidable(x.label)).length,
      factDecidableDetected: fact.filter((x) => isDecidable(x.label) && detected(x.label)).length,
      recallFactDecidable: ratio(fact.filter((x) => isDecidable(x.label) && detected(x.label)).length, fact.filter((x) => isDecidable(x.label)).length),
      // Arithmetic recall needs an arithmetic finding: a fact check flagging a wrong sum by luck does not count.
      recallArithmetic: ratio(arith.filter((x) => arithHit(x.label)).length, arith.length),
      verdictAgreement: ratio(wl.filter((x) => verdictMatch(x.label)).length, wl.filter((x) => detected(x.label)).length),
      falseAlarms,
      falseAlarmsPer10k: w === 0 ? null : (falseAlarms / w) * 10000,
    };
  };

  const arithFindings = flagged.filter((x) => isArithmeticFinding(x.finding));
  const arithWrong = wrongLabels.filter((x) => x.label.type === 'arithmetic');
  const arithmetic = {
    labels: corpus.drafts.reduce((n, d) => n + d.labels.filter((l) => l.type === 'arithmetic').length, 0),
    wrongLabels: arithWrong.length,
    flaggedFindings: arithFindings.length,
    truePositives: arithFindings.filter((x) => x.cls === 'true-positive').length,
    precision: ratio(arithFindings.filter((x) => x.cls === 'true-positive').length, arithFindings.length),
    detected: arithWrong.filter((x) => arithHit(x.label)).length,
    recall: ratio(arithWrong.filter((x) => arithHit(x.label)).length, arithWrong.length),
    falseAlarms: arithFindings.filter((x) => x.cls === 'false-alarm').length,
  };

  const verdicts = [...new Set([...wrongLabels.map((x) => x.label.verdict), ...flagged.map((x) => x.finding.verdict ?? '(none)')])].sort();
  const byVerdict = verdicts.map((v) => {
    const labels = wrongLabels.filter((x) => x.label.verdict === v);
    const findings = flagged.filter((x) => (x.finding.verdict ?? '(none)') === v);
    const correctFindings = findings.filter((x) => x.touched.some((l) => l.label === 'wrong' && l.verdict === v));
    return {
      verdict: v,
      labels: labels.length,
      flaggedFindings: findings.length,
      matched: labels.filter((x) => verdictMatch(x.label)).length,
      detected: labels.filter((x) => detected(x.label)).length,
      recall: ratio(labels.filter((x) => verdictMatch(x.label)).length, labels.length),
      precision: ratio(correctFindings.length, findings.length),
    };
  });

  const where = (draft, start) => `${draft.name}:${lineOf(draft.text, start)}`;
  const misses = wrongLabels
    .filter((x) => !detected(x.label))
    .map((x) => ({ at: where(x.draft, x.label.start), text: x.label.text, type: x.label.type, verdict: x.label.verdict, note: x.label.note }));
  const falseAlarms = flagged
    .filter((x) => x.cls === 'false-alarm')
    .map((x) => ({ at: where(x.draft, x.finding.offset.start), text: x.finding.text, check: x.finding.check, severity: x.finding.severity, verdict: x.finding.verdict, label: x.labels.map((l) => l.label).join('+') || '(unlabelled)', message: x.finding.message }));
  const verdictMismatches = wrongLabels
    .filter((x) => detected(x.label) && !verdictMatch(x.label))
    .map((x) => ({ at: where(x.draft, x.label.start), text: x.label.text, expected: x.label.verdict, got: [...new Set(hitsByLabel.get(x.label).map((f) => f.verdict ?? f.check))].join(', ') }));

  const overall = summarise(corpus.drafts);
  const results = {
    wordRule: WORD_RULE,
    corpus: {
      drafts: corpus.drafts.length,
      labels: corpus.drafts.reduce((n, d) => n + d.labels.length, 0),
      wrongLabels: wrongLabels.length,
      arithmeticLabels: arithmetic.labels,
      words: Math.round(words),
      missingFiles,
    },
    overall,
    byLang: Object.fromEntries(['en', 'zh'].map((lang) => [lang, summarise(corpus.drafts.filter((d) => d.lang === lang))])),
    arithmetic,
    byVerdict,
    misses,
    falseAlarms,
    verdictMismatches,
  };
  results.gate = gate(results);
  return results;
}

/** Which targets a run misses; an undefined ratio (nothing to measure) never passes a recall target. */
export function gate(results) {
  const failures = [];
  const o = results.overall;
  if (o.precision !== null && o.precision < TARGETS.precision) failures.push(`precision ${pct(o.precision)} < ${pct(TARGETS.precision)}`);
  if (o.recallFact === null || o.recallFact < TARGETS.recallFact) failures.push(`fact recall ${pct(o.recallFact)} < ${pct(TARGETS.recallFact)}`);
  if (results.arithmetic.recall === null || results.arithmetic.recall < TARGETS.recallArithmetic) failures.push(`arithmetic recall ${pct(results.arithmetic.recall)} < ${pct(TARGETS.recallArithmetic)}`);
  if (o.falseAlarmsPer10k === null || o.falseAlarmsPer10k >= TARGETS.falseAlarmsPer10k) failures.push(`false alarms ${num(o.falseAlarmsPer10k)}/10k words ≥ ${TARGETS.falseAlarmsPer10k}`);
  return { pass: failures.length === 0, failures };
}

export function pct(x) {
  return x === null || x === undefined ? 'n/a' : `${(x * 100).toFixed(1)}%`;
}
function num(x) {
  return x === null || x === undefined ? 'n/a' : x.toFixed(2);
}
