/**
 * A date written after an exchange rate's figure ("the H.10 rate of 7.2993 on December 31, 2024", "an
 * average of 7.1957 for 2024") dates that figure and no other (bind/fxRateDate.ts), and a day whose own
 * comma ("December 31, 2024") a clause edge cuts is still the clause's date (periodBinding.ts). With the
 * bundled USD/CNY facts (H.10 on 2024-12-31: 7.2993; 2024 average: 7.1957) and GPT-4 Turbo's $30 output price.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

const DATE = '2025-03-15';

describe("a rate's date written after its figure", () => {
  it('dates the rate and judges it', () => {
    const wrong = flaggedClaim('Converted at the H.10 rate of 7.5993 on December 31, 2024, the RMB 76.7 billion is about $10.1 billion.', '7.5993', DATE);
    expect(wrong.claim?.period?.value.start).toBe('2024-12-31');
    expect(wrong.verdicts).toEqual(['contradicted']);
    expect(flaggedClaim('The yuan-dollar exchange rate was 7.5993 on December 31, 2024.', '7.5993', DATE).verdicts).toEqual(['contradicted']);
    expect(flaggedClaim('The yuan-dollar exchange rate stood at 7.5993 as of December 31, 2024.', '7.5993', DATE).verdicts).toEqual(['contradicted']);
  });

  itIsSilent(
    [
      ['Converted at the H.10 rate of 7.2993 on December 31, 2024, the RMB 76.7 billion is about $10.5 billion.', '7.2993'],
      ['The yuan-dollar exchange rate was 7.2993 on December 31, 2024.', '7.2993'],
      ['The yuan-dollar exchange rate was 7.1957 on average in 2024.', '7.1957'],
    ],
    DATE,
  );

  it('does not date the other figures of the sentence', () => {
    const text = 'GPT-4 Turbo charges $30 per million output tokens, about 218 yuan at an average rate of 7.28 for December 2024.';
    expect(flaggedClaim(text, '$30', DATE).claim?.period?.value.start).not.toBe('2024-12-01');
    const day = 'Converted at the H.10 rate of 7.2993 on December 31, 2024, the firm\'s capex of RMB 76.7 billion is about $10.5 billion.';
    expect(flaggedClaim(day, '$10.5 billion', DATE).claim?.period?.value.start).not.toBe('2024-12-31');
  });
});

describe('a day cut by its own comma', () => {
  it('still dates the figure of its clause when it is no rate', () => {
    const { claim } = flaggedClaim('GPT-4 Turbo launched on November 6, 2023 at $30 per million output tokens.', '$30', DATE);
    expect(claim?.period?.value.start).toBe('2023-11-06');
  });
});
