/**
 * A bare ¥ in English is the yen's sign and the yuan's: for a company whose figures are kept in yuan
 * (and none in yen) it is the yuan, so a correct figure is not "the wrong currency". A currency written
 * out (JPY, dollars) is still judged as written. Bundled facts: Tencent's Q4 2024 revenue ¥172.4B and
 * 2024 capex ¥76.8B, in yuan.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-06-10';

describe('a bare ¥ for a company reporting in yuan', () => {
  it('is the yuan: the right figure is supported', () => {
    expect(draftFindings("Tencent's capex was ¥76.8 billion in 2024.", DATE)).toEqual([]);
    expect(draftFindings("Tencent's revenue was ¥172.4 billion in the fourth quarter of 2024.", DATE)).toEqual([]);
  });

  it('and a wrong figure is contradicted as a yuan figure', () => {
    expect(draftFindings("Tencent's revenue was ¥150 billion in the fourth quarter of 2024.", DATE)).toEqual(['¥150 billion fact.value-mismatch error']);
  });
});

describe('near misses: a currency written out is judged as written', () => {
  it('JPY and dollars for a yuan figure are the wrong currency', () => {
    expect(draftFindings("Tencent's revenue was JPY 172.4 billion in the fourth quarter of 2024.", DATE)).toEqual(['JPY 172.4 billion fact.wrong-currency warning']);
    expect(draftFindings("Tencent's revenue was $172.4 billion in the fourth quarter of 2024.", DATE)).toEqual(['$172.4 billion fact.wrong-currency warning']);
  });
});
