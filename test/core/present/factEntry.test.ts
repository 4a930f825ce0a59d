import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { factEntryYaml } from '../../../server/src/core/present/factEntry';
import type { CheckedClaim } from '../../../server/src/core/analyze';

const claim: CheckedClaim = {
  id: 'c10',
  quantity: { start: 10, end: 15, text: '$2.6B', kind: 'money', value: 2.6e9, low: 2.55e9, high: 2.65e9, currency: 'USD', bound: 'exact', style: { lang: 'en', decimals: 1, scale: 1e9, scaleWord: 'B', grouping: false, fullWidth: false, numerals: 'arabic', numberSpan: { start: 1, end: 4 } } },
  sentence: { start: 0, end: 40 },
  lang: 'en',
  entity: { value: 'openai', how: 'explicit' },
  metric: { value: 'revenue.annualized', how: 'explicit' },
  period: { value: { start: '2023-12-01', end: '2023-12-31', label: 'Dec 2023' }, how: 'explicit' },
  verdict: 'unverifiable',
  evidence: [],
};

describe('factEntryYaml', () => {
  it('writes a list item in the fact schema, with a source to fill in', () => {
    const text = 'facts:\n' + factEntryYaml(claim, 'draft.md', '2024-03-30');
    const [fact] = parse(text).facts;
    expect(fact).toMatchObject({ entity: 'openai', metric: 'revenue.annualized', value: 2.6e9, unit: 'USD', period: { start: '2023-12-01', end: '2023-12-31' } });
    expect(fact.id).toBe('OPENAI-REVENUE.ANNUALIZED-2023-12.DRAFT-10');
    expect(fact.sources[0].publisher).toContain('REPLACE');
  });

  it('falls back to an as-of date and placeholders when unbound', () => {
    const text = 'facts:\n' + factEntryYaml({ ...claim, entity: undefined, metric: undefined, period: undefined }, 'x.md', '2024-03-30');
    const [fact] = parse(text).facts;
    expect(fact.period).toEqual({ asOf: '2024-03-30', label: 'as of 2024-03-30' });
    expect(fact.entity).toContain('REPLACE');
  });
});

describe('citationEdit', () => {
  it('numbers after existing footnotes and escapes hostile publisher text', async () => {
    const { citationEdit } = await import('../../../server/src/core/present/citation');
    const text = 'Revenue was $1.6B.[^1]\n\n[^1]: Earlier note.\n';
    const hostile = { ...claim, verdict: 'supported' as const, quantity: { ...claim.quantity, start: 12, end: 17 }, evidence: [{ factId: 'F', value: '$1.6B', period: 'Dec 2023', qualifiers: [], confidence: 'high' as const, source: { publisher: '[x](command:evil)', url: 'command:evil', date: '2023-12-30' } }] };
    const edits = citationEdit(text, hostile)!;
    expect(edits[0]).toEqual({ start: 17, end: 17, newText: '[^2]' });
    expect(edits[1].newText).toBe('\n[^2]: \\[x\\](command:evil), 2023-12-30.\n');
  });
});
