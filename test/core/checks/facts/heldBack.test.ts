/**
 * A finding below its check's severity says what it lacks (`Finding.heldBack`, findings.ts): the
 * binding or the evidence that kept it from the check's own level. A finding at that level says
 * nothing. The note reaches the hover, the CLI's text, JSON and SARIF. Bundled facts: OpenAI's October
 * 2024 round at $157 billion, Cognition's September 2025 round at $10.2 billion, Cohere's low-confidence
 * run-rate, Nvidia's fiscal-2024 revenue of $60.9 billion.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../server/src/core/analyze';
import { sanitizeOptions } from '../../../../server/src/core/options';
import type { Finding } from '../../../../server/src/core/model';
import type { Locale } from '../../../../server/src/core/i18n/messages';
import { hoverMarkdown } from '../../../../server/src/core/present/hoverMarkdown';
import { formatText } from '../../../../server/src/cli/format/text';
import { toJson } from '../../../../server/src/cli/format/json';
import { toSarif } from '../../../../server/src/cli/format/sarif';
import { checkText } from '../../../../server/src/cli/checkRun';
import { DEFAULT_OPTIONS } from '../../../../server/src/core/options';
import { bundledFacts } from '../../../helpers/facts';

function only(text: string, date: string, locale: Locale = 'en'): Finding {
  const findings = analyze(text, { facts: bundledFacts(), options: sanitizeOptions({ documentDate: date }), locale }).findings;
  expect(findings).toHaveLength(1);
  return findings[0];
}

describe('a finding below its check’s severity says why', () => {
  it.each([
    ['Cognition raised $400 million at a $9.8 billion post-money valuation in September 2025.', '2025-11-01', 'information', 'within 3% of the fact'],
    ['OpenAI closed its round in October 2024. The company was valued at $175 billion in October 2024.', '2024-12-01', 'warning', 'inferred from the context'],
    ["Cohere's annualized revenue reached $50 million in March 2024.", '2024-12-01', 'information', 'low confidence or from memory'],
    ['Nvidia made $60.9 billion of revenue, a figure it compared with fiscal 2023 in its letter.', '2024-06-01', 'information', 'period is not written in the figure’s own clause'],
  ])('%s', (text, date, severity, why) => {
    const f = only(text, date);
    expect(f.severity).toBe(severity);
    expect(f.heldBack).toContain(why);
  });

  it('in Chinese', () => {
    const f = only('Cohere的年化收入在2024年3月达到5000万美元。', '2024-12-01', 'zh-cn');
    expect(f.severity).toBe('information');
    expect(f.heldBack).toBe('判定所依据的事实均为低可信度或凭记忆');
  });
});

describe('a finding at its check’s own severity says nothing more', () => {
  it.each([
    ['OpenAI raised $6.6 billion at a $175 billion valuation in October 2024.', '2024-12-01', 'error'],
    ['OpenAI在2024年10月以1750亿美元估值融资66亿美元。', '2024-12-01', 'error'],
    ['In fiscal 2023, when gaming slowed, Nvidia still made $60.9 billion of revenue.', '2024-06-01', 'warning'],
  ])('%s', (text, date, severity) => {
    const f = only(text, date);
    expect(f.severity).toBe(severity);
    expect(f.heldBack).toBeUndefined();
  });
});

describe('every surface shows it', () => {
  const text = '---\ndate: 2024-12-01\n---\n\nCohere\'s annualized revenue reached $50 million in March 2024.\n';
  const result = checkText('draft.md', text, bundledFacts(), DEFAULT_OPTIONS, 'en');
  const why = 'every fact that decides it is of low confidence or from memory';

  it('the hover, after the check it explains', () => {
    const claim = result.analysis.claims.find((c) => c.quantity.text === '$50 million')!;
    const md = hoverMarkdown(claim, result.analysis.findings, [], 'en');
    expect(md).toContain(`\`fact.value-mismatch\` (not higher because: ${why})`);
  });

  it('the text report, under the caret line', () => {
    const report = formatText([result], { color: false, quiet: false });
    expect(report).toContain(`  not higher because ${why}\n`);
  });

  it('JSON and SARIF', () => {
    expect(JSON.stringify(toJson([result], 0))).toContain(`"heldBack":"${why}"`);
    expect(JSON.stringify(toSarif([result], { cwd: '/', quiet: false }))).toContain(`"heldBack":"${why}"`);
  });
});
