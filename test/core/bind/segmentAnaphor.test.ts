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

describe('a unit as the possessor of the figure is the segment just named', () => {
  it('"the segment\'s $X" after a fronted date, measured by a later share of revenue', () => {
    expect(metric('Nvidia data center revenue led again. In fiscal 2023 the segment\'s $15 billion was already 55% of revenue.', '$15 billion')).toBe('revenue.datacenter');
  });

  it('"that division\'s revenue of $X"', () => {
    expect(metric('Nvidia data center revenue led again. A year earlier that division\'s revenue was $15 billion.', '$15 billion')).toBe('revenue.datacenter');
  });

  it('near miss: a company\'s possessive keeps the general word', () => {
    expect(metric('Nvidia data center revenue led again. In fiscal 2023 the company\'s $27 billion was 100% of revenue.', '$27 billion')).toBe('revenue');
  });
});
