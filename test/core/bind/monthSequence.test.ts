/**
 * A month and year start a sequence of dates that reads forward: a year-less month after it that comes
 * earlier in the calendar ("by July 2025 … in January") is the next year's, when that month had begun by
 * the document's date. A look back ("up from … in January") keeps the anchor's year, and so does a next
 * month that had not yet begun. The year is then inferred (warning at most).
 * Bundled facts: GitHub Copilot's 4.7 million paid subscribers, January 2026.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { draftFindings } from '../../helpers/draftFindings';

const DATE = '2026-02-12';

function periodOf(text: string, figure: string, date = DATE): [string | undefined, boolean] {
  const p = analyzedClaim(text, figure, date)?.period;
  return [p?.value.label, p?.inferred === true];
}

describe('a year-less month earlier in the calendar than the month and year before it', () => {
  it('is the next year\'s, once that month has begun (English and Chinese)', () => {
    const en = 'GitHub Copilot counted 20 million all-time users by July 2025 and 4.7 million paid subscribers in January.';
    expect(periodOf(en, '4.7 million paid subscribers')).toEqual(['Jan 2026', true]);
    expect(draftFindings(en, DATE)).toEqual([]);
    const zh = 'GitHub Copilot截至2025年7月累计用户两千万,1月付费订阅用户达到470万。';
    expect(periodOf(zh, '470万')).toEqual(['Jan 2026', true]);
    expect(draftFindings(zh, DATE)).toEqual([]);
  });
});

describe('near misses: the anchor\'s year stays', () => {
  it('when the next such month had not begun by the document\'s date', () => {
    const en = 'GitHub Copilot counted 20 million all-time users by July 2025 and 4.7 million paid subscribers in January.';
    expect(periodOf(en, '4.7 million paid subscribers', '2025-12-01')).toEqual(['Jan 2025', false]);
  });

  it('when the sentence looks back from the dated figure', () => {
    const en = 'GitHub Copilot reached 20 million all-time users in July 2025, up from 15 million in January.';
    expect(periodOf(en, '15 million')).toEqual(['Jan 2025', false]);
    const zh = 'GitHub Copilot在2025年7月累计用户达到2500万,比1月的1500万有所增长。';
    expect(periodOf(zh, '1500万')).toEqual(['Jan 2025', false]);
  });

  it('when the month comes later in the calendar than the anchor\'s', () => {
    const en = 'GitHub Copilot counted 15 million all-time users in April 2025 and 20 million in July.';
    expect(periodOf(en, '20 million')).toEqual(['Jul 2025', false]);
  });
});
