/**
 * A list's or a table's lead line (document/leadLine.ts, bind/leadMetric.ts): the short colon-ended
 * paragraph right above a list or table gives its bare items their measure and owner, as context; a
 * nearer measure wins, a figure of another kind takes nothing, a paragraph after the lead reads nothing,
 * and an edit to the lead re-checks the list under it, as a fresh analysis would (invariant 7).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/src/core/analyze';
import { BlockCache } from '../../../server/src/core/document/documentModel';
import { bundledFacts } from '../../helpers/facts';
import { comparable } from '../../property/invariants';

const run = (text: string, cache?: BlockCache) => analyze(text, { facts: bundledFacts(), cache });
const flagged = (text: string) =>
  run(text)
    .findings.filter((f) => f.check.startsWith('fact.') && f.severity !== 'information' && f.severity !== 'hint')
    .map((f) => `${f.check} ${f.text}`);
const metricOf = (text: string, figure: string) => run(text).claims.find((c) => c.quantity.text === figure)?.metric;

describe('a lead line over a list', () => {
  it('gives the bare items its measure and owner: the wrong one is flagged, the right one silent (English)', () => {
    const doc = '# Notes\n\nChatGPT weekly active users, by month:\n\n- December 2024: 250 million\n- December 2024: 300 million\n';
    expect(flagged(doc)).toEqual(['fact.wrong-period 250 million']);
    expect(metricOf(doc, '300 million')).toMatchObject({ value: 'users.weekly', how: 'context' });
  });

  it('gives the bare items its measure and owner (Chinese)', () => {
    expect(flagged('# 笔记\n\nChatGPT的周活跃用户，按月份：\n\n- 2024年12月：2.5亿\n- 2024年12月：3亿\n')).toEqual(['fact.wrong-period 2.5亿']);
  });

  it('gives a table’s bare cells its measure when the header names none', () => {
    const doc = '# Notes\n\nChatGPT weekly active users, by month:\n\n| Month | Figure |\n|---|---|\n| December 2024 | 250 million |\n| October 2024 | 250 million |\n';
    expect(flagged(doc)).toEqual(['fact.wrong-period 250 million']);
  });

  it('leaves an item that names another measure, and a figure of another kind, to their own reading', () => {
    const doc = '# Notes\n\nChatGPT weekly active users, by month:\n\n- December 2024: revenue of 250 million\n- December 2024: 25%\n';
    expect(metricOf(doc, '250 million')?.value).not.toBe('users.weekly');
    expect(metricOf(doc, '25%')).toBeUndefined();
    expect(flagged(doc)).toEqual([]);
  });

  it('is no lead of a paragraph, nor when it is prose of several sentences or a footnote', () => {
    expect(metricOf('# Notes\n\nChatGPT weekly active users, by month:\n\nIn December 2024 it was 250 million.\n', '250 million')).toBeUndefined();
    const prose = '# Notes\n\nWe track one number. ChatGPT weekly active users, by month:\n\n- December 2024: 250 million\n';
    expect(metricOf(prose, '250 million')).toBeUndefined();
    const footnote = '# Notes\n\n[^1]: ChatGPT weekly active users, by month:\n\n- December 2024: 250 million\n';
    expect(metricOf(footnote, '250 million')).toBeUndefined();
  });

  it('does not override the section heading’s subject: a lead naming a parent or a publisher fills only what the heading leaves', () => {
    const doc = '## ChatGPT\n\nOpenAI gives one usage figure, weekly active users:\n\n- December 2024: 300 million\n';
    const claim = run(doc).claims.find((c) => c.quantity.text === '300 million');
    expect(claim?.entity?.value).toBe('chatgpt');
    expect(claim?.metric?.value).toBe('users.weekly');
  });
});

describe('a lead line, edited', () => {
  it('re-checks the list under it, and only that block, as a fresh analysis does', () => {
    const cache = new BlockCache();
    const doc = (lead: string) => `# Notes\n\n${lead}\n\n- December 2024: 250 million\n\nNvidia's revenue for fiscal 2024 was $60.9 billion.\n`;
    run(doc('ChatGPT weekly active users, by month:'), cache);
    const leads = ['ChatGPT weekly active users, by month', 'ChatGPT weekly active users, by month:', 'ChatGPT paying subscribers, by month:', 'ChatGPT weekly active users, by month:'];
    const expected = [[], ['fact.wrong-period 250 million'], [], ['fact.wrong-period 250 million']];
    leads.forEach((lead, k) => {
      const a = run(doc(lead), cache);
      expect(a.findings.filter((f) => f.severity === 'warning').map((f) => `${f.check} ${f.text}`), lead).toEqual(expected[k]);
      // The lead (no figure, so nothing to check) and the list under it; the paragraph after is reused.
      expect(a.stats.checkedBlocks, lead).toBe(1);
      expect(comparable(a)).toEqual(comparable(run(doc(lead))));
    });
  });
});

describe('a lead line under a heading that names two companies', () => {
  const entityOf = (text: string, figure: string) => run(text).claims.find((c) => c.quantity.text === figure)?.entity?.value;

  it('picks the one of the pair it names (English and Chinese)', () => {
    const en = "# Google and Anthropic\n\nAnthropic's valuations, round by round:\n\n| Date | Valuation |\n|---|---|\n| March 2023 | $5.1 billion |\n";
    expect(entityOf(en, '$5.1 billion')).toBe('anthropic');
    expect(flagged(en)).toEqual(['fact.value-mismatch $5.1 billion']);
    const zh = '# 谷歌与Anthropic\n\n下表列出了Anthropic的历次估值：\n\n| 时间 | 估值 |\n|---|---|\n| 2023年3月 | 51亿美元 |\n';
    expect(entityOf(zh, '51亿美元')).toBe('anthropic');
  });

  it('near misses: a lead naming neither of the pair, or no lead, leaves the items without an owner', () => {
    expect(entityOf("# Google and Anthropic\n\nOpenAI's valuations, round by round:\n\n| Date | Valuation |\n|---|---|\n| March 2023 | $5.1 billion |\n", '$5.1 billion')).toBeUndefined();
    expect(entityOf('# Google and Anthropic\n\n| Date | Valuation |\n|---|---|\n| March 2023 | $5.1 billion |\n', '$5.1 billion')).toBeUndefined();
  });
});
