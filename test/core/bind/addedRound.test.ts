/**
 * A figure added to the dated one as something already there ("on top of", "in addition to", 此外另有) or
 * named right after as an earlier round ("a $225 million first round", "2.25亿美元的首轮") is another round's:
 * the date of the dated round never reaches it (bind/conjunctDate.ts). Bundled facts: Inflection AI raised
 * $1.3B in June 2023.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2024-04-01';

describe('a figure added on top of a dated round is not that round', () => {
  it('en: a clause opening "on top of" after the dated round', () => {
    const text = 'Inflection closed a $1.3 billion round in June 2023, on top of a $225 million first round.';
    const added = flaggedClaim(text, '$225 million', DATE);
    expect(added.claim?.period).toBeUndefined();
    expect(added.verdicts).toEqual([]);
    expect(flaggedClaim(text, '$1.3 billion', DATE).claim?.period?.value.start).toBe('2023-06-01');
  });

  it('en: "in addition to" inside the clause', () => {
    const text = 'Inflection raised $1.3 billion in June 2023 in addition to the $225 million it had raised before.';
    expect(flaggedClaim(text, '$225 million', DATE).verdicts).toEqual([]);
  });

  it('en: an earlier round named right after the figure, in a clause of its own', () => {
    const text = 'In June 2023 Inflection raised $1.3 billion, and its investors had already put in a $225 million seed round.';
    expect(flaggedClaim(text, '$225 million', DATE).verdicts).toEqual([]);
  });

  it('zh: 此外另有 and 的首轮', () => {
    expect(flaggedClaim('Inflection在2023年6月融资13亿美元，此外另有2.25亿美元早先到位。', '2.25亿美元', DATE).verdicts).toEqual([]);
    expect(flaggedClaim('2023年6月，Inflection融资13亿美元，加上2.25亿美元的首轮，累计超过15亿美元。', '2.25亿美元', DATE).verdicts).toEqual([]);
  });

  it('near miss: a figure that is itself the dated round keeps its date and its finding', () => {
    expect(flaggedClaim('Inflection raised $225 million in June 2023, on top of its earlier funding.', '$225 million', DATE).verdicts).toEqual(['contradicted']);
    expect(flaggedClaim('Inflection在2023年6月融资2.25亿美元，由微软领投。', '2.25亿美元', DATE).verdicts).toEqual(['contradicted']);
  });

  it('near miss: "on top of" beside flows that are no rounds leaves the date to the added figure', () => {
    const text = 'In Q2 FY25 Nvidia booked $2.9 billion of gaming revenue, on top of $20 billion of data center revenue.';
    expect(flaggedClaim(text, '$20 billion', '2024-09-10').claim?.period?.value.label).toBe('Q2 FY2025');
  });
});
