/**
 * A price set at a named event is a series per kind of event (the metric's `eventQualifiers`,
 * staleSeries.ts): an IPO price is not made out of date by the first trade of the next day, which is
 * another event's price, but an event's price is by a newer price of the same event. Bundled facts:
 * CoreWeave's IPO priced at $40 a share (2025-03-27, ipo-price) and its first trade at $39 (2025-03-28,
 * opening).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings, packFindings } from '../../../helpers/draftFindings';

const DATE = '2025-09-15';

/** A later opening price of CoreWeave (invented, test only): the same event kind as the first trade. */
const PACK = `facts:
  - id: TEST-CRWV-OPEN-LATER
    entity: coreweave
    metric: share-price
    value: 52
    unit: USD
    per: { amount: 1, unit: share }
    period: { asOf: 2025-05-02, label: 2025-05-02 }
    qualifiers: [reported, opening]
    sources:
      - publisher: Test note
        url: https://example.com/note
        date: 2025-05-02
        quote: opened at $52
    confidence: high
    fromMemory: false
`;

const withPack = (text: string): string[] => packFindings(PACK, text, DATE);

describe("an event's share price", () => {
  it('an IPO price is not made stale by the later first trade (English and Chinese)', () => {
    expect(draftFindings('CoreWeave set its offering at $40 a share and raised about $1.5 billion.', DATE)).toEqual([]);
    expect(draftFindings('CoreWeave priced at $40 per share.', DATE)).toEqual([]);
    expect(draftFindings('CoreWeave的发行价为每股40美元。', DATE)).toEqual([]);
  });

  it('near miss: an older price of the same event kind is still stale', () => {
    expect(withPack('CoreWeave shares opened at $39.')).toEqual(['$39 fact.stale']);
  });
});
