/**
 * A price the writer states per year is judged per year (yearlyPrice.ts): against a product priced per
 * month it is the yearly sum or an annual plan's price, never the monthly price, so no per-month fact
 * contradicts it. Bundled fact: ChatGPT Pro at $200 a month (from 2024-12-05).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-06-01';
const table = (header: string, cell: string) => `| Plan | ${header} |\n|---|---|\n| ChatGPT Pro | ${cell} |`;

describe('a price stated per year', () => {
  it('is not contradicted by a per-month price (Chinese)', () => {
    expect(draftFindings(table('价格', '每月200美元（年付合计2400美元）'), DATE)).toEqual([]);
    expect(draftFindings(table('价格', '月费200美元（一年2400美元）'), DATE)).toEqual([]);
    expect(draftFindings(table('价格', '每月200美元，按年订阅2400美元'), DATE)).toEqual([]);
  });

  it('is not contradicted by a per-month price (English)', () => {
    expect(draftFindings(table('Subscription price', '$200 a month ($2,400 annually)'), DATE)).toEqual([]);
    expect(draftFindings(table('Subscription price', '$200 a month (annual plan $2,400)'), DATE)).toEqual([]);
  });

  it('is not read as a yearly discount either: an annual plan below twelve months is no contradiction', () => {
    expect(draftFindings(table('Subscription price', '$200 a month ($2,000 billed annually)'), DATE)).toEqual([]);
  });

  it('near miss: a wrong monthly price beside it is still contradicted', () => {
    expect(draftFindings(table('价格', '每月300美元'), DATE)).toEqual(['300美元 fact.value-mismatch error']);
    expect(draftFindings(table('Subscription price', '$300 a month ($3,600 annually)'), DATE)).toEqual(['$300 fact.value-mismatch error']);
  });
});
