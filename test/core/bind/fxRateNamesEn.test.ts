/**
 * An English rate named by its source or kind without the word "rate" ("the December 2024 H.10 average of
 * 7.2807", "the central parity was 7.1884", "7.2993 per dollar") is an exchange-rate claim (data/metrics.yaml fx.rate triggers),
 * bound to the pair its sentence writes. With the bundled USD/CNY facts (December 2024 average 7.2807; PBOC
 * central parity on 2024-12-31: 7.1884).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

const DATE = '2025-03-15';

describe('"per dollar" and "to the dollar" after a bare figure name an exchange rate', () => {
  it('binds the figure to the pair and judges it', () => {
    const { claim } = flaggedClaim('The yuan weakened to 7.5993 per dollar on December 31, 2024.', '7.5993', DATE);
    expect(claim?.metric?.value).toBe('fx.rate');
    expect(claim?.entity?.value).toBe('usd-cny');
    expect(claim?.verdict).toBe('contradicted');
  });

  itIsSilent(
    [
      ['The yuan weakened to 7.2993 to the dollar on December 31, 2024.', '7.2993'],
      ['The fund returned 1.3 per dollar invested in 2024.', '1.3'],
      ['The company lost about $1.35 per dollar of revenue in 2024.', '$1.35'],
    ],
    DATE,
  );
});

describe('"H.10" and "central parity" name an exchange rate', () => {
  it('binds the figure to the pair and judges it', () => {
    const { claim } = flaggedClaim('At the December 2024 H.10 average of 7.5402, RMB 76.7 billion is about $10.2 billion.', '7.5402', DATE);
    expect(claim?.metric?.value).toBe('fx.rate');
    expect(claim?.entity?.value).toBe('usd-cny');
    expect(claim?.verdict).toBe('contradicted');
    const parity = flaggedClaim("The yuan's central parity against the dollar was 7.4884 on December 31, 2024.", '7.4884', DATE);
    expect(parity.claim?.metric?.value).toBe('fx.rate');
    expect(parity.claim?.verdict).toBe('contradicted');
  });

  itIsSilent(
    [
      ['At the December 2024 H.10 average of 7.2807, RMB 76.7 billion is about $10.5 billion.', '7.2807'],
      ['The Fed publishes the H.10 release for 23 currencies every Monday.', '23'],
    ],
    DATE,
  );
});
