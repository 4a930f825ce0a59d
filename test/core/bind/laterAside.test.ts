/**
 * A name inside a bracketed aside after a figure, where the aside holds a figure of its own, is the
 * aside's subject, not the owner of the figure before it (bind/laterAside.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const SMALLER = 'Microsoft is the smaller cloud. Sales were $30 billion in 2024';

describe('whose figure it is, with a bracketed aside after it', () => {
  it.each([
    ['square brackets of desk arithmetic', `${SMALLER} [Amazon is 3.5x that].`, '$30 billion', 'microsoft'],
    ['round brackets with the other name\'s figure', `${SMALLER} (Amazon: $105 billion).`, '$30 billion', 'microsoft'],
    ['the aside\'s own figure keeps its name', `${SMALLER} (Amazon: $105 billion).`, '$105 billion', 'amazon'],
    ['near miss: an aside with no figure may name the owner', 'Sales were $30 billion in 2024 (Microsoft cloud only).', '$30 billion', 'microsoft'],
    ['near miss: a name before the figure', 'Amazon [the leader] booked $105 billion in 2024.', '$105 billion', 'amazon'],
  ])('%s', (_, text, figure, owner) => {
    expect(analyzedClaim(text, figure, '2025-09-01')?.entity?.value).toBe(owner);
  });
});
