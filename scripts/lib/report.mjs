// Renders scored evaluation results as Markdown tables (what `npm run eval` prints).
import { TARGETS, pct } from './score.mjs';

const fixed = (x, digits = 2) => (x === null || x === undefined ? 'n/a' : x.toFixed(digits));
const mark = (ok) => (ok ? 'pass' : '**miss**');
const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

export function toMarkdown(results, { details = 20 } = {}) {
  const o = results.overall;
  const a = results.arithmetic;
  const c = results.corpus;
  const out = [];
  out.push('# Tally evaluation');
  out.push('');
  out.push(`Corpus: ${c.drafts} drafts, ${c.labels} labels (${c.wrongLabels} wrong, ${c.arithmeticLabels} arithmetic), ${c.words} words.`);
  out.push(`Flagged = a finding of severity warning or error. Word count: ${results.wordRule}.`);
  if (c.missingFiles.length) out.push(`\n**The CLI reported nothing for ${c.missingFiles.length} drafts:** ${c.missingFiles.join(', ')}`);
  out.push('');
  out.push('## Overall');
  out.push('');
  out.push(
    table(
      ['measure', 'value', 'counts', 'target', ''],
      [
        ['precision', pct(o.precision), `${o.truePositives}/${o.flaggedFindings} flagged findings on wrong spans`, `≥ ${pct(TARGETS.precision)}`, mark(o.precision === null || o.precision >= TARGETS.precision)],
        ['recall, fact', pct(o.recallFact), `${o.factDetected}/${o.factLabels} wrong fact labels flagged`, `≥ ${pct(TARGETS.recallFact)}`, mark(o.recallFact !== null && o.recallFact >= TARGETS.recallFact)],
        ['recall, fact (trusted evidence)', pct(o.recallFactDecidable), `${o.factDecidableDetected}/${o.factDecidable} wrong fact labels naming a high- or medium-confidence fact`, '', ''],
        ['recall, arithmetic', pct(a.recall), `${a.detected}/${a.wrongLabels} by an arithmetic finding`, `≥ ${pct(TARGETS.recallArithmetic)}`, mark(a.recall !== null && a.recall >= TARGETS.recallArithmetic)],
        ['recall, all wrong labels', pct(o.recall), `${o.detected}/${o.wrongLabels}`, '', ''],
        ['verdict agreement', pct(o.verdictAgreement), 'detected wrong labels whose finding has the expected verdict', '', ''],
        ['false alarms / 10k words', fixed(o.falseAlarmsPer10k), `${o.falseAlarms} in ${o.words} words`, `< ${TARGETS.falseAlarmsPer10k}`, mark(o.falseAlarmsPer10k !== null && o.falseAlarmsPer10k < TARGETS.falseAlarmsPer10k)],
      ],
    ),
  );
  out.push('');
  out.push('## Arithmetic checks');
  out.push('');
  out.push(
    table(
      ['precision', 'recall', 'flagged', 'true positives', 'false alarms', 'wrong labels'],
      [[pct(a.precision), pct(a.recall), a.flaggedFindings, a.truePositives, a.falseAlarms, a.wrongLabels]],
    ),
  );
  out.push('');
  out.push('## By verdict');
  out.push('');
  out.push('Recall here needs the expected verdict; "detected" accepts any flagged finding on the span.');
  out.push('');
  out.push(
    table(
      ['verdict', 'labels', 'recall', 'detected', 'flagged findings', 'precision'],
      results.byVerdict.map((v) => [v.verdict, v.labels, pct(v.recall), `${v.detected}/${v.labels}`, v.flaggedFindings, pct(v.precision)]),
    ),
  );
  out.push('');
  out.push('## By language');
  out.push('');
  out.push(
    table(
      ['lang', 'drafts', 'words', 'precision', 'recall, fact', 'recall, arithmetic', 'false alarms / 10k'],
      Object.entries(results.byLang).map(([lang, s]) => [lang, s.drafts, s.words, pct(s.precision), pct(s.recallFact), pct(s.recallArithmetic), fixed(s.falseAlarmsPer10k)]),
    ),
  );
  const list = (title, rows, header, pick) => {
    if (rows.length === 0) return;
    out.push('');
    out.push(`## ${title} (${rows.length}${rows.length > details ? `, first ${details}` : ''})`);
    out.push('');
    out.push(table(header, rows.slice(0, details).map(pick)));
  };
  list('False alarms', results.falseAlarms, ['where', 'text', 'check', 'severity', 'label'], (r) => [r.at, r.text, r.check, r.severity, r.label]);
  list('Missed wrong claims', results.misses, ['where', 'text', 'type', 'expected verdict'], (r) => [r.at, r.text, r.type, r.verdict]);
  list('Flagged with another verdict', results.verdictMismatches, ['where', 'text', 'expected', 'got'], (r) => [r.at, r.text, r.expected, r.got]);
  out.push('');
  out.push(results.gate.pass ? 'All targets met.' : `Targets missed: ${results.gate.failures.join('; ')}.`);
  return out.join('\n') + '\n';
}
