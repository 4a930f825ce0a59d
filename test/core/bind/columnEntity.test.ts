/**
 * A comparison table names its subjects in the header (bind/columnEntity.ts): a figure whose row and
 * sentence name no one belongs to the entity its column's header names, as context (a warning at most).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flagged } from '../../helpers/flagged';

const DATE = '2025-06-01';
const entityOf = (text: string, figure: string) => {
  const e = analyzedClaim(text, figure, DATE)?.entity;
  return e && `${e.value} (${e.how})`;
};

/** What the table compares: the table, a figure in it, and the entity of that figure's column. */
const COLUMNS: Record<string, { table: string; figure: string; column: string }> = {
  'two companies, empty corner cell (zh)': {
    table: '| | 英伟达 | 超威 |\n|---|---|---|\n| 2024财年营收 | 609亿美元 | 227亿美元 |',
    figure: '227亿美元',
    column: 'amd (context)',
  },
  'the first company of two (zh)': {
    table: '| | 英伟达 | 超威 |\n|---|---|---|\n| 2024财年营收 | 609亿美元 | 227亿美元 |',
    figure: '609亿美元',
    column: 'nvidia (context)',
  },
  'a "Metric" corner cell (en)': {
    table: '| Metric | OpenAI | Anthropic |\n|---|---|---|\n| Valuation, March 2025 | $300B | $61.5B |',
    figure: '$61.5B',
    column: 'anthropic (context)',
  },
  '项目 corner cell, Chinese names (zh)': {
    table: '| 项目 | 智谱 | MiniMax |\n|---|---|---|\n| 2024年收入 | 3.12亿元 | 3052万美元 |',
    figure: '3052万美元',
    column: 'minimax (context)',
  },
  'three companies (en)': {
    table: '| | Microsoft | Alphabet | Meta |\n|---|---|---|---|\n| 2024 capex | $55.7B | $52.5B | $39.2B |',
    figure: '$52.5B',
    column: 'alphabet (context)',
  },
  'models priced side by side (en)': {
    table: '| Per 1M tokens | GPT-4o | Claude 3.5 Sonnet |\n|---|---|---|\n| Input | $2.50 | $3 |',
    figure: '$3',
    column: 'claude-3-5-sonnet (context)',
  },
};

describe("a column header names the column's entity", () => {
  for (const [what, { table, figure, column }] of Object.entries(COLUMNS)) {
    it(what, () => expect(entityOf(table, figure)).toBe(column));
  }
});

describe('near misses', () => {
  it('a row label still names the row', () => {
    expect(entityOf('| Company | 2024 | 2025 |\n|---|---|---|\n| Nvidia | $60.9B | $130.5B |', '$130.5B')).toBe('nvidia (explicit)');
  });

  it('a header naming two entities names neither', () => {
    expect(entityOf('| | Nvidia vs AMD | Gap |\n|---|---|---|\n| Revenue | $60.9B | $38B |', '$60.9B')).toBeUndefined();
  });

  it('a header naming a measure, not an entity, names none', () => {
    expect(entityOf('| Year | Revenue | Net income |\n|---|---|---|\n| 2024 | $60.9B | $29.8B |', '$60.9B')).toBeUndefined();
  });

  it('a row that names its own company keeps it (as its label, explicit), whatever the header', () => {
    expect(entityOf('| | Nvidia | AMD |\n|---|---|---|\n| Microsoft spend | $10B | $2B |', '$2B')).toBe('microsoft (explicit)');
  });
});

describe('the column entity decides a slip, at warning level', () => {
  it('a figure in the wrong currency and one off by ten (zh)', () => {
    const table = '| 项目 | 智谱 | MiniMax |\n|---|---|---|\n| 2024年收入 | 3.12亿美元 | 3.052亿美元 |';
    expect(flagged(table, DATE)).toEqual(['3.12亿美元 fact.wrong-currency', '3.052亿美元 fact.wrong-scale']);
  });

  it('a figure off by ten (en)', () => {
    const table = '| Metric | OpenAI | Anthropic |\n|---|---|---|\n| Valuation, March 2025 | $300B | $6.15B |';
    expect(flagged(table, DATE)).toEqual(['$6.15B fact.wrong-scale']);
  });

  it('near miss: the right figures raise nothing', () => {
    expect(flagged('| 项目 | 智谱 | MiniMax |\n|---|---|---|\n| 2024年收入 | 3.12亿元 | 3052万美元 |', DATE)).toEqual([]);
    expect(flagged('| Metric | OpenAI | Anthropic |\n|---|---|---|\n| Valuation, March 2025 | $300B | $61.5B |', DATE)).toEqual([]);
  });
});
