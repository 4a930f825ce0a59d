/**
 * "The segment" (the unit, that division) as the subject of a figure's clause is the segment just named:
 * the clause's general measure word is that segment's narrower metric (bind/segmentAnaphor.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const DATE = '2024-11-25';
const metric = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.metric?.value;

describe('a unit pointed back at takes the segment just named', () => {
  it('"the segment made" after a segment named in the sentence before', () => {
    expect(metric('Nvidia data center revenue led again. For context, the segment made $26.3 billion in the second quarter of fiscal 2025.', '$26.3 billion')).toBe('revenue.datacenter');
  });

  it('near miss: with no segment named before, the general word stays', () => {
    expect(metric('Nvidia led again. For context, the segment made $26.3 billion in the second quarter of fiscal 2025.', '$26.3 billion')).toBe('revenue');
  });

  it('near miss: the company as subject keeps company revenue', () => {
    expect(metric('Nvidia data center revenue led again. For context, Nvidia made $30 billion in the second quarter of fiscal 2025.', '$30 billion')).toBe('revenue');
  });
});
