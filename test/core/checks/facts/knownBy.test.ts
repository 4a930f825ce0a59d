/**
 * A fact dated "as of" a day records when an event's figure was on record, not when it happened
 * (knownBy.ts): a valuation "as of 2024-05-13" from a round that closed late 2023 does not make "at the
 * end of 2023" another period. Facts dated by the event
 * itself keep today's wrong-period check.
 * Bundled facts: 01.AI valued at nearly $1B as of 2024-05-13; MiniMax's round of at least $600M (2024-03-05).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const informationToo = ['error', 'warning', 'information'] as const;

describe('an event known as of a date is not placed elsewhere by that date', () => {
  it('a valuation stated for a date before the "as of" day (English and Chinese)', () => {
    expect(draftFindings('01.AI was valued at nearly $1 billion at the end of 2023.', '2026-01-12', informationToo)).toEqual([]);
    expect(draftFindings('零一万物2023年底估值近10亿美元。', '2026-01-12', informationToo)).toEqual([]);
    expect(draftFindings('| 公司 | 时间 | 估值 |\n|---|---|---|\n| 零一万物 | 2023年底 | 近10亿美元 |', '2026-01-12', informationToo)).toEqual([]);
  });

  it('near miss: an event fact dated by the event itself still places a misdated claim', () => {
    expect(draftFindings('In March 2023, MiniMax raised at least $600 million in a round led by Alibaba.', '2025-06-01')).toEqual([
      '$600 million fact.wrong-period warning',
    ]);
  });
});

describe('"the first half of that year" is the half of the year just named', () => {
  it('reads the year from the date before it', () => {
    const text = 'In its IPO filing at the end of September 2024, Cerebras said G42 had made up 87% of its revenue in the first half of that year.';
    expect(draftFindings(text, '2025-09-22', informationToo)).toEqual([]);
    expect(draftFindings(text.replace('that year', 'the same year'), '2025-09-22', informationToo)).toEqual([]);
  });

  it('near miss: a wrong share in that half is still found', () => {
    expect(draftFindings('In its IPO filing at the end of September 2024, Cerebras said G42 had made up 97% of its revenue in the first half of that year.', '2025-09-22')).toEqual(['97% fact.value-mismatch error']);
  });
});
