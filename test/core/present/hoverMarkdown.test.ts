import { describe, expect, it } from 'vitest';
import { escapeMarkdown, hoverMarkdown, safeUrl } from '../../../server/src/core/present/hoverMarkdown';
import type { CheckedClaim } from '../../../server/src/core/analyze';

const base: CheckedClaim = {
  id: 'c0',
  quantity: { start: 0, end: 5, text: '$2.6B', kind: 'money', value: 2.6e9, low: 2.55e9, high: 2.65e9, currency: 'USD', bound: 'exact', style: { lang: 'en', decimals: 1, scale: 1e9, scaleWord: 'B', grouping: false, fullWidth: false, numerals: 'arabic', numberSpan: { start: 1, end: 4 } } },
  sentence: { start: 0, end: 5 },
  lang: 'en',
  verdict: 'contradicted',
  evidence: [{ factId: 'F1', value: '$1.6B', period: 'Dec 2023', qualifiers: ['annualized'], confidence: 'medium', source: { publisher: 'The Information', url: 'https://example.com/a', date: '2023-12-30', quote: 'revenue of $1.6 billion' } }],
};

describe('hoverMarkdown', () => {
  it('shows the value read, its interval, the verdict and linked sources', () => {
    const md = hoverMarkdown(base, [], [], 'en');
    expect(md).toContain('$2.6B');
    expect(md).toContain('[$2.55B, $2.65B]');
    expect(md).toContain('**contradicted**');
    expect(md).toContain('[The Information](https://example.com/a)');
    expect(md).toContain('revenue of \\$1\\.6 billion');
  });

  it('speaks Chinese', () => {
    const md = hoverMarkdown(base, [], [], 'zh-cn');
    expect(md).toContain('与事实不符');
    expect(md).toContain('26亿美元');
  });

  it('never links to command: or javascript: URLs and escapes hostile text', () => {
    expect(safeUrl('command:workbench.action.terminal.new')).toBeUndefined();
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    const hostile: CheckedClaim = {
      ...base,
      evidence: [{ ...base.evidence[0], source: { publisher: '[click](command:evil)', url: 'command:evil', quote: '<img src=x onerror=alert(1)>' } }],
    };
    const md = hoverMarkdown(hostile, [], [], 'en');
    expect(md).not.toContain('](command:');
    expect(md).not.toContain('<img');
    expect(escapeMarkdown('[a](b)')).toBe('\\[a\\]\\(b\\)');
  });
});
