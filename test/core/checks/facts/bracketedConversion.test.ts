/**
 * An amount in brackets right after an amount in another currency is its conversion, not a figure of its
 * own in the currency the record keeps (checks/facts/bracketedConversion.ts). Bundled facts: Mistral AI's
 * December 2023 round, €385M.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2024-03-01';
const currencyFindings = (text: string) => draftFindings(text, DATE).filter((f) => f.includes('fact.wrong-currency'));

describe('a bracketed conversion after an amount in another currency', () => {
  it('is not read back as a figure in the original currency', () => {
    expect(currencyFindings('2023年12月，Mistral AI的A轮融资额为3.85亿欧元（约4.2亿美元），由a16z领投。')).toEqual([]);
    expect(currencyFindings('In December 2023 Mistral AI raised €385 million (about $420 million) in its Series A.')).toEqual([]);
  });

  it('near miss: the same digits written alone in the wrong currency are still a swapped currency', () => {
    expect(currencyFindings('2023年12月，Mistral AI的A轮融资额约为3.85亿美元，由a16z领投。')).toEqual(['3.85亿美元 fact.wrong-currency warning']);
  });
});
