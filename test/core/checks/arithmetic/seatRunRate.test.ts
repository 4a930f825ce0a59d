/**
 * seatRunRate.ts: a per-seat price applied to a seat count across the sentences of one paragraph, with
 * the run rate it comes to (× 12 from a monthly price to a yearly amount). Look-alikes with two counts or
 * two prices to choose from, a price that is not per seat, or an amount without a cadence are not read.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../arithmetic/harness';

function read(text: string) {
  const { findings, relations } = check(text);
  const flagged = findings.filter((f) => (f.severity === 'warning' || f.severity === 'error') && f.check === 'arith.product').map((f) => f.text);
  const products = relations.filter((r) => r.check === 'arith.product');
  return { flagged, products };
}

describe('seat price × seat count', () => {
  it.each<[string, string, string[], string[]]>([
    // [name, text, flagged, consistent]
    ['count before, price as basis, wrong', 'Acme Notes reported 20,000 paid seats last quarter. At the $25 per user per month list price, that is about $8 million a year.', ['$8 million'], []],
    ['count before, price as basis, right', 'Acme Notes reported 20,000 paid seats last quarter. At the $25 per user per month list price, that is about $6 million a year.', [], ['$6 million']],
    ['monthly amount at a monthly price', 'Acme Notes reported 20,000 paid seats last quarter. At the $25 per user per month list price, that would be $500,000 a month.', [], ['$500,000']],
    ['price before, count then amount, wrong', 'The assistant costs $40 per seat per month. For all 250 of us that is $150,000 a year.', ['$150,000'], []],
    ['price before, count then amount, right', 'The assistant costs $40 per seat per month. For all 250 of us that is $120,000 a year.', [], ['$120,000']],
    ['zh one sentence, wrong', '某办公助手付费席位200万，按每人每月20美元的标价，年化收入约6亿美元。', ['6亿美元'], []],
    ['zh one sentence, right', '某办公助手付费席位200万，按每人每月20美元的标价，年化收入约4.8亿美元。', [], ['4.8亿美元']],
    ['zh both pointed back at, wrong', '某办公助手的付费席位达到200万个。它的定价为每用户每月20美元。按这个标价粗算，这些席位年化收入约3亿美元。', ['3亿美元'], []],
  ])('%s', (_name, text, flagged, consistent) => {
    const { flagged: got, products } = read(text);
    expect(got).toEqual(flagged);
    for (const t of consistent) expect(products.some((r) => r.text === t && r.consistent), t).toBe(true);
  });

  it.each<[string, string]>([
    ['two seat counts before', 'Acme Notes has 20,000 paid seats and 5,000 trial users. At the $25 per user per month list price, that is about $9 million a year.'],
    ['a price per token, not per seat', 'Acme Notes reported 20,000 paid seats. At the $25 per million tokens list price, that is about $9 million a year.'],
    ['an amount without a cadence', 'The assistant costs $40 per seat per month. For all 250 of us that is $150,000.'],
    ['two seat prices before', 'The assistant costs $40 per seat per month and the add-on $10 per seat per month. For all 250 of us that is $150,000 a year.'],
    ['zh no pointing back', '某办公助手的付费席位达到200万个。它的定价为每用户每月20美元。公司全年收入约3亿美元。'],
  ])('not read: %s', (_name, text) => {
    expect(read(text).flagged).toEqual([]);
  });
});
