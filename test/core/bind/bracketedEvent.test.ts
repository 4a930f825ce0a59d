/**
 * A date in brackets right after another date that names what happened later ("2024年11月（12月交割）",
 * "in November 2024 (closed in December)") is that event's date; the date outside the brackets stays the
 * figure's (bracketAside.ts datesBracketedEvent). Bundled facts: Perplexity raised $500 million at a $9
 * billion valuation, announced in November 2024.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../helpers/draftFindings';
import { analyzedClaim } from './helpers';

const DATE = '2024-12-20';
const TABLE = ['## Perplexity的融资', '', '| 时间 | 融资额 | 估值 |', '|---|---|---|'];

describe('a bracketed later event does not date the figure', () => {
  it('Chinese table: the period cell\'s own month, not the closing month in brackets', () => {
    const text = [...TABLE, '| 2024年11月（12月交割） | 5亿美元 | 90亿美元 |'].join('\n');
    expect(draftFindings(text, DATE)).toEqual([]);
    expect(analyzedClaim(text, '5亿美元', DATE)?.period?.value).toMatchObject({ start: '2024-11-01', end: '2024-11-30' });
  });

  it('English prose: "in November 2024 (the round closed in December)"', () => {
    const text = 'Perplexity raised $500 million in November 2024 (the round closed in December).';
    expect(draftFindings(text, DATE)).toEqual([]);
    expect(analyzedClaim(text, '$500 million', DATE)?.period?.value).toMatchObject({ start: '2024-11-01', end: '2024-11-30' });
  });
});

describe('near misses', () => {
  it('the closing month written as the row\'s own date is still another period', () => {
    const text = [...TABLE, '| 2024年12月 | 5亿美元 | 90亿美元 |'].join('\n');
    expect(analyzedClaim(text, '5亿美元', DATE)?.period?.value).toMatchObject({ start: '2024-12-01', end: '2024-12-31' });
  });
});
