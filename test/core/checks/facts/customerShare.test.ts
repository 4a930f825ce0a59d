/**
 * A customer's share of a supplier's revenue is filed under the supplier with the customer as
 * counterparty. A share claim about the customer is judged against it when the supplier is named around
 * the claim (paragraph or headings) and the customer itself is the share. Bundled facts: Microsoft was
 * 35% of CoreWeave's 2023 revenue and 62% of its 2024 revenue.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

const DATE = '2025-04-05';

describe("a customer's share of the supplier's revenue", () => {
  it('puts the previous year\'s share in the wrong year (English)', () => {
    expect(flagged("# CoreWeave's customers\n\nMicrosoft was 35% of revenue in 2024.", DATE)).toEqual(['35% fact.wrong-period']);
  });

  it('reads "last year" as the period, not as a comparison with an earlier figure', () => {
    expect(flagged("# CoreWeave's customers\n\nMicrosoft made up 35% of revenue last year.", DATE)).toEqual(['35% fact.wrong-period']);
  });

  it('still lets a comparison quote the earlier share on purpose', () => {
    expect(flagged("# CoreWeave's customers\n\nMicrosoft made up 62% of revenue last year, up from 35%.", DATE)).toEqual([]);
  });

  it('and in Chinese', () => {
    expect(flagged('# CoreWeave的客户\n\n2024年,微软占营收的35%。', DATE)).toEqual(['35% fact.wrong-period']);
  });

  it('supports the right share', () => {
    expect(flagged("# CoreWeave's customers\n\nMicrosoft was 62% of revenue in 2024.", DATE)).toEqual([]);
    expect(flagged('# CoreWeave的客户\n\n2024年,微软占营收的62%。', DATE)).toEqual([]);
  });

  it('says nothing when the supplier is not named: whose revenue would it be?', () => {
    expect(flagged('# Cloud customers\n\nMicrosoft was 35% of revenue in 2024.', DATE)).toEqual([]);
  });

  it("says nothing about a part of the customer's own business", () => {
    expect(flagged("# CoreWeave's customers\n\nMicrosoft's cloud was 35% of revenue in 2024.", DATE)).toEqual([]);
    expect(flagged('# CoreWeave的客户\n\n2024年,微软的云业务占营收的35%。', DATE)).toEqual([]);
  });
});
