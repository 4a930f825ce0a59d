/**
 * What a stake is worth is the holder's asset, not the company's valuation: "its stake is worth $X"
 * binds no valuation, while the company's own worth still does.
 */
import { describe, expect, it } from 'vitest';
import { bind, claimOf, qAt } from './helpers';
import { flagged } from '../../helpers/flagged';

function metricOf(text: string, figure: string): string | undefined {
  const q = qAt(text, figure, 'money');
  return claimOf(bind(text, [q], '2025-11-05'), q).metric?.value;
}

describe('a stake is worth, a company is valued', () => {
  it('binds no valuation to the worth of a stake', () => {
    expect(metricOf("Microsoft's stake in OpenAI, about 27%, is worth roughly $135 billion.", '$135 billion')).toBeUndefined();
    expect(metricOf("Microsoft's stake in OpenAI is now worth roughly $135 billion.", '$135 billion')).toBeUndefined();
    expect(metricOf('Microsoft said its holding was valued at $135 billion.', '$135 billion')).toBeUndefined();
    expect(metricOf('Microsoft holds a 27% stake worth about $135 billion.', '$135 billion')).toBeUndefined();
  });

  it("still reads the company's own worth as its valuation", () => {
    expect(metricOf('OpenAI is worth $300 billion.', '$300 billion')).toBe('valuation');
    expect(metricOf('Microsoft, which holds a stake in OpenAI, says OpenAI is worth $300 billion.', '$300 billion')).toBe('valuation');
  });
});

describe('with the bundled facts', () => {
  it('raises nothing on a correct stake value', () => {
    expect(flagged("Microsoft's stake in OpenAI, about 27%, is worth roughly $135 billion under the recapitalization.", '2025-11-05')).toEqual([]);
  });

  it("still flags a company's wrong worth", () => {
    expect(flagged('After the March round, OpenAI was valued at $135 billion.', '2025-11-05')).toEqual(['$135 billion fact.value-mismatch']);
  });
});

describe("a deal's worth is the deal's value", () => {
  it('binds the deal value, no valuation, to what a contract or deal with a company is worth', () => {
    expect(metricOf("Oracle's contract with OpenAI is reported to be worth about $300 billion over five years.", '$300 billion')).toBe('deal.value');
    expect(metricOf('The deal with OpenAI is worth $38 billion.', '$38 billion')).toBe('deal.value');
    expect(metricOf("CoreWeave's agreement with OpenAI, signed in March, is worth $11.9 billion.", '$11.9 billion')).toBe('deal.value');
  });

  it("still reads a company's worth after a deal as its valuation", () => {
    expect(metricOf('After the deal, OpenAI is worth $300 billion.', '$300 billion')).toBe('valuation');
  });
});
