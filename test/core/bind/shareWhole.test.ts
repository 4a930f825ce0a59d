/**
 * The whole a share is taken of keeps its own measure: in "<part> was P% of the $Y quarter" the part's
 * measure word does not bind $Y (bind/shareWhole.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flagged } from '../../helpers/flagged';

const DATE = '2025-03-01';
const metric = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.metric?.value;

describe('the whole of a share is not the part\'s measure', () => {
  const text = 'Nvidia had a strong fiscal 2024. Data center was 80% of the $59 billion year.';
  it('the part\'s word does not bind the whole', () => {
    expect(metric(text, '$59 billion')).not.toBe('revenue.datacenter');
  });
  it('no mismatch is raised against the part\'s record', () => {
    expect(flagged(text, DATE).filter((f) => f.startsWith('$59 billion'))).toEqual([]);
  });
  it('a measure word after the whole still binds it', () => {
    expect(metric('Nvidia had a strong fiscal 2024. Data center was 80% of the $59 billion of revenue.', '$59 billion')).toBe('revenue');
  });
});

describe('near misses: the part keeps its word', () => {
  it('an amount that is not the whole of a share', () => {
    expect(metric('Nvidia had a strong fiscal 2024. Data center revenue was $47 billion, 80% of the total.', '$47 billion')).toBe('revenue.datacenter');
  });
});
