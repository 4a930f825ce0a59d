/**
 * A table column whose header names a total ("Monthly cost at our load", "Annual bill", 月度费用) holds
 * amounts, whatever the caption above says the table lists: its cells are not judged as per-unit prices
 * (jobCost.inTotalColumn). A header with a denominator, or naming the price itself, is still a rate.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';
import { headedAsTotal } from '../../../../server/src/core/checks/facts/jobCost';

const DATE = '2025-09-01';

describe('headers naming a total', () => {
  it.each(['Monthly cost at our load', 'Annual bill', 'Total spend', 'Budget', 'Savings vs. today', 'Cost per month', '月度费用', '每月成本', '预算'])('%s', (h) =>
    expect(headedAsTotal(h)).toBe(true),
  );
});

describe('headers naming a rate', () => {
  it.each(['Input cost', 'Output', 'Cost per 1M tokens', 'Total ($/1M)', 'Price', '每百万token费用', '输出价格'])('%s', (h) =>
    expect(headedAsTotal(h)).toBe(false),
  );
});

const table = (header: string, cell: string) =>
  ['## Prices we compared (per million tokens, input / output)', '', `| Model | Input | Output | ${header} |`, '|---|---|---|---|', `| OpenAI o3 | $10 | $40 | ${cell} |`, ''].join('\n');

describe('a total column under a caption of per-million prices', () => {
  it('is not read as a thousandfold price', () => {
    expect(draftFindings(table('Monthly cost at our load', '$40,000'), DATE).filter((f) => f.startsWith('$40,000'))).toEqual([]);
    expect(draftFindings(table('Annual bill', '$40,000'), DATE).filter((f) => f.startsWith('$40,000'))).toEqual([]);
  });

  it('near miss: a price column keeps its slip of scale', () => {
    expect(draftFindings(table('Output price', '$40,000'), DATE).filter((f) => f.startsWith('$40,000'))).toEqual(['$40,000 fact.wrong-scale warning']);
  });
});
