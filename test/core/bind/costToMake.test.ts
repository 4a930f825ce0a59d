/**
 * A cost of making is not a selling price (bind/costToMake.ts): "cost about $X to make" splits the
 * trigger "cost to make" around the figure, and "造一块…的成本约X" reads as 制造成本. Bundled facts: the
 * H100's estimated unit price of $25,000–30,000 and its estimated manufacturing cost of $3,320 (2023).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

const DATE = '2024-06-01';
const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.metric?.value;

describe('a cost to make, build or produce binds the manufacturing cost', () => {
  it('"cost about $X to make" is not the unit price (en)', () => {
    expect(metricOf('In 2023 buyers paid about $27,000 for an H100, though the part cost about $3,320 to make.', '$3,320')).toBe('cost.unit');
  });

  it('"costs roughly $X to build" and "to manufacture" (en)', () => {
    expect(metricOf('In 2023 each H100 costs roughly $3,300 to build.', '$3,300')).toBe('cost.unit');
    expect(metricOf('An H100 cost Nvidia some $3,320 to manufacture in 2023.', '$3,320')).toBe('cost.unit');
  });

  it('造一块…的成本约X and 制造成本约X (zh)', () => {
    expect(metricOf('据估算，2023年造一块H100的成本约3320美元。', '3320美元')).toBe('cost.unit');
    expect(metricOf('2023年H100售价约2.7万美元，制造成本约3320美元。', '3320美元')).toBe('cost.unit');
  });

  it('a build or production cost written as a noun binds the manufacturing cost (en)', () => {
    expect(metricOf('Analysts put the selling price near $27,000, against a build cost of about $3,320 in 2023.', '$3,320')).toBe('cost.unit');
    expect(metricOf('In 2023 the production cost of an H100 was roughly $3,300.', '$3,300')).toBe('cost.unit');
  });

  it('"cost $X" with no verb of making after it stays a price', () => {
    expect(metricOf('In 2023 an H100 cost about $27,000.', '$27,000')).toBe('unit-price');
    expect(metricOf('In 2023 an H100 cost about $27,000 to buy.', '$27,000')).toBe('unit-price');
  });

  it('a cost to make ten times too large is checked against the cost, not the price', () => {
    const { claim, verdicts } = flaggedClaim('In 2023 each H100 cost about $33,200 to make.', '$33,200', DATE);
    expect(claim?.metric?.value).toBe('cost.unit');
    expect(verdicts).toEqual(['wrong-scale']);
  });

  itIsSilent(
    [
      ['In 2023 buyers paid about $27,000 for an H100, though the part cost about $3,320 to make.', '$3,320'],
      ['In 2023 each H100 costs roughly $3,300 to build.', '$3,300'],
      ['据估算，2023年造一块H100的成本约3320美元。', '3320美元'],
    ],
    DATE,
  );
});
