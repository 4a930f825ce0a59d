/**
 * A target or guidance of a later moment, stated at some date, is what a claim dated then (or a couple
 * of months later, as loose relative dates run) names: "a year ago the target was …" is not the wrong
 * period (checks/facts/planAnnounced.ts). Bundled facts: Meta's target of 350,000 H100s by the end of
 * 2024, stated in January 2024.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../../server/src/core/model';
import { announcedWithin } from '../../../../server/src/core/checks/facts/planAnnounced';
import { draftFindings } from '../../../helpers/draftFindings';

const fact = (qualifiers: string[], date: string) =>
  ({ qualifiers, period: { start: '2024-12-31', end: '2024-12-31' }, sources: [{ date }] }) as unknown as Fact;
const day = (d: string) => ({ start: d, end: d, label: d });

describe('a target is dated by when it was stated', () => {
  it('"a year ago" the target stated then (en, zh)', () => {
    expect(draftFindings('A year ago Meta’s target was 350,000 H100s; now it counts more than a million GPUs.', '2025-02-12')).toEqual([]);
    expect(draftFindings('A year ago the target was 350,000 H100s for Meta.', '2025-02-12')).toEqual([]);
    expect(draftFindings('一年前，Meta的目标是到年底拥有35万块H100。', '2025-02-20')).toEqual([]);
  });

  it('from the statement\'s month to a couple of months later, for a target, guidance or projection', () => {
    expect(announcedWithin(day('2024-02-12'), fact(['target', 'company-stated'], '2024-01'))).toBe(true);
    expect(announcedWithin(day('2024-01-05'), fact(['guidance'], '2024-01-18'))).toBe(true);
    expect(announcedWithin(day('2024-03-20'), fact(['projection'], '2024-01'))).toBe(true);
  });

  it('near miss: not before the statement, not long after it, not for a reported figure, not a long period', () => {
    expect(announcedWithin(day('2023-12-31'), fact(['target'], '2024-01'))).toBe(false);
    expect(announcedWithin(day('2024-06-12'), fact(['target'], '2024-01'))).toBe(false);
    expect(announcedWithin(day('2024-02-12'), fact(['reported'], '2024-01'))).toBe(false);
    expect(announcedWithin({ start: '2024-01-01', end: '2024-12-31', label: '2024' }, fact(['target'], '2024-01'))).toBe(false);
  });
});
