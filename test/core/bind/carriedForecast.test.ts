/**
 * A forecast word that names no measure forecasts the measure its context names (bind/carriedForecast.ts):
 * "Capex was $X in 2024. The company now expects about $Y" is capex guidance, bound as context.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/src/core/analyze';
import { sanitizeOptions } from '../../../server/src/core/options';
import { bundledFacts } from '../../helpers/facts';
import { analyzedClaim } from './helpers';

const DATE = '2025-06-01';
const claimOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE);
const metricOf = (text: string, figure: string) => claimOf(text, figure)?.metric;

describe('a forecast word heading a figure forecasts the paragraph\'s measure', () => {
  it('English: "now expects about $X" after a sentence about capital expenditure', () => {
    const m = metricOf('Alphabet put $52.5 billion into capital expenditure in 2024. For 2025 the company now expects about $75 billion.', '$75 billion');
    expect(m?.value).toBe('capex.guidance');
    expect(m?.how).toBe('context');
    expect(metricOf('Alphabet\'s capex came to $52.5 billion in 2024. Its guidance is $75 billion for 2025.', '$75 billion')?.value).toBe('capex.guidance');
  });

  it('Chinese: 指引约X, and X的指引', () => {
    expect(metricOf('谷歌2024年的资本开支为525亿美元。2025年指引约750亿美元。', '750亿美元')?.value).toBe('capex.guidance');
    expect(metricOf('谷歌2024年的资本开支为525亿美元，2025年给出了750亿美元的指引。', '750亿美元')?.value).toBe('capex.guidance');
  });

  it('a table row whose label is a plan, under a heading naming capex', () => {
    const text = '# 谷歌资本开支\n\n| 口径 | 金额 |\n|---|---|\n| 2025年计划 | 750亿美元 |\n';
    expect(metricOf(text, '750亿美元')?.value).toBe('capex.guidance');
  });

  it('a contradiction read so is never an error: the measure came from the context', () => {
    const text = 'Alphabet put $52.5 billion into capital expenditure in 2024. For 2025 the company now expects about $40 billion.';
    const findings = analyze(text, { facts: bundledFacts(), options: sanitizeOptions({ documentDate: DATE }) }).findings.filter((f) => text.slice(f.start, f.end) === '$40 billion');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.severity !== 'error')).toBe(true);
  });

  it('near misses stay unread', () => {
    // The forecast word heads another phrase: the figure after the colon is dated by its own words.
    expect(metricOf('谷歌2024年的资本开支为525亿美元。去年的指引一路上调：2月是750亿美元。', '750亿美元')?.value).not.toBe('capex.guidance');
    // A paragraph about revenue: revenue has no forecast metric of its own, so no guidance is read.
    expect(metricOf('Alphabet\'s revenue was $350 billion in 2024. For 2025 the company now expects about $75 billion.', '$75 billion')?.value).not.toBe('capex.guidance');
    // Two measures named before: neither is sure.
    expect(metricOf('谷歌2024年的资本开支为525亿美元，研发费用为490亿美元。2025年指引约750亿美元。', '750亿美元')?.value).not.toBe('capex.guidance');
  });
});

describe('"capex" names capital expenditure (data/metrics.yaml names), so a paragraph can carry it', () => {
  it('a later sentence naming only its owner takes it', () => {
    expect(metricOf('Capex kept climbing across the sector. Alphabet\'s $32.3 billion in 2023 was a record.', '$32.3 billion')?.value).toBe('capex');
  });
});
