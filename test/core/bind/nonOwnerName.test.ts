/**
 * Names beside a figure that never own it (bind/nonOwnerName.ts): an investor written as a hyphenated
 * modifier of the round ("a SoftBank-led round") and an event ("at GTC").
 */
import { describe, expect, it } from 'vitest';
import { isNonOwnerName } from '../../../server/src/core/bind/nonOwnerName';
import { analyzedClaim } from './helpers';

const DATE = '2024-06-01';
const ownerOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.entity?.value;

describe('isNonOwnerName', () => {
  it('reads a hyphenated investor modifier and an event, not a plain name', () => {
    const t = 'a SoftBank-led round';
    expect(isNonOwnerName(t, { start: 2, end: 10, entity: 'softbank', kind: 'company' })).toBe(true);
    expect(isNonOwnerName('SoftBank led it', { start: 0, end: 8, entity: 'softbank', kind: 'company' })).toBe(false);
    expect(isNonOwnerName('at GTC', { start: 3, end: 6, entity: 'gtc', kind: 'event' })).toBe(true);
  });
});

describe('the owner of a figure beside such a name', () => {
  it('passes over the round\'s lead investor', () => {
    expect(ownerOf('## Mistral\n\nIn the spring it closed a SoftBank-led round of $600 million.', '$600 million')).not.toBe('softbank');
  });

  it('passes over the event to the company named in the sentence', () => {
    expect(ownerOf('At GTC on March 18 the chief executive said Nvidia had booked $90 billion of orders.', '$90 billion')).toBe('nvidia');
    expect(ownerOf('The chip, shown at GTC in March: 90 billion transistors on one die.', '90 billion transistors')).not.toBe('gtc');
  });

  it('near miss: an investor that is the subject still owns its figure', () => {
    expect(ownerOf('SoftBank invested $2 billion in the lab.', '$2 billion')).toBe('softbank');
  });
});
