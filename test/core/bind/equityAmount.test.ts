/**
 * An amount written as so much of a company's equity, shares or stock is an equity investment, not the
 * contract or commitment an earlier word of the sentence measures (bind/equityAmount.ts). Bundled facts:
 * OpenAI's CoreWeave contract, $11.9 billion (March 2025), expanded by about $4 billion in May 2025, and
 * the $350 million of CoreWeave equity OpenAI took with it.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';
import { writtenAsEquity } from '../../../server/src/core/bind/equityAmount';
import type { Quantity } from '../../../server/src/core/model';

const DATE = '2025-09-20';

describe('an equity amount is not the contract measured before it', () => {
  it('"…, and OpenAI also took $350 million of CoreWeave equity"', () => {
    const text = "OpenAI's commitment stands at $11.9 billion over five years, and OpenAI also took $350 million of CoreWeave equity.";
    const { claim, verdicts } = flaggedClaim(text, '$350 million', DATE);
    expect(claim).toBeDefined();
    expect(claim?.metric).toBeUndefined();
    expect(verdicts).toEqual([]);
    // The contract itself is still judged: the May expansion makes $11.9 billion out of date.
    expect(flaggedClaim(text, '$11.9 billion', DATE).verdicts).toEqual(['stale']);
  });
  it('"a $350 million stake", "$350 million in CoreWeave stock"', () => {
    for (const text of [
      "OpenAI's commitment stands at $11.9 billion over five years, and OpenAI also took a $350 million stake.",
      "OpenAI's commitment stands at $11.9 billion over five years, plus $350 million in CoreWeave stock.",
    ]) expect(flaggedClaim(text, '$350 million', DATE).verdicts).toEqual([]);
  });
  // Chinese does not carry the commitment onto the second clause's figure today; kept as a guard.
  it('Chinese: "…，OpenAI还拿到了3.5亿美元的CoreWeave股权"', () => {
    expect(flaggedClaim('OpenAI的承诺金额为五年119亿美元，OpenAI还拿到了3.5亿美元的CoreWeave股权。', '3.5亿美元', DATE).verdicts).toEqual([]);
  });
  it('near miss: the bare amount still takes the commitment, and is flagged as before', () => {
    const text = "OpenAI's commitment stands at $11.9 billion over five years, and OpenAI also took $350 million.";
    expect(flaggedClaim(text, '$350 million', DATE).verdicts).toEqual(['stale']);
  });
});

describe('the wording of an equity amount', () => {
  const at = (text: string, figure: string): boolean => {
    const start = text.indexOf(figure);
    const q = { start, end: start + figure.length, kind: 'money', text: figure } as Quantity;
    return writtenAsEquity(text, q, { start: 0, end: text.length });
  };
  it.each([
    ['OpenAI also took $350 million of CoreWeave equity.', '$350 million'],
    ["OpenAI also took $350 million of CoreWeave's shares.", '$350 million'],
    ['OpenAI另获得3.5亿美元的CoreWeave股权。', '3.5亿美元'],
    ['OpenAI以3.5亿美元入股CoreWeave。', '3.5亿美元'],
    ['OpenAI入股3.5亿美元。', '3.5亿美元'],
  ])('%s', (text, figure) => expect(at(text, figure)).toBe(true));
  it.each([
    ['Apple spent $90 billion of stock buybacks.', '$90 billion'],
    ['Nvidia paid $3 billion of stock-based compensation.', '$3 billion'],
    ['苹果斥资900亿美元的股票回购。', '900亿美元'],
    ['OpenAI also took $350 million in revenue.', '$350 million'],
  ])('near miss, no equity amount: %s', (text, figure) => expect(at(text, figure)).toBe(false));
});
