/**
 * "call AMD a $12.6 billion revenue company", "which makes SK hynix a $66 billion-revenue company": the
 * name right after a verb of naming and right before the article is the company the sum describes, as
 * after a copula ("Nvidia is a $2 trillion company"), so it owns the figure (bind/entities.ts
 * describedCompany). Without it, "a … company" read as another company bound no one.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const DATE = '2025-03-01';
const ownerOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.entity?.value;

describe('a company named as "a $N company" owns the sum', () => {
  it('en: call X a …, makes X a …', () => {
    expect(ownerOf('Some readers ask why we do not simply call AMD a $12.6 billion revenue company.', '$12.6 billion')).toBe('amd');
    expect(ownerOf('Revenue of 66.19 trillion won makes SK hynix a $66 billion-revenue company.', '$66 billion')).toBe('sk-hynix');
  });

  it('near miss: a company that buys "a $4 billion startup" does not own its worth', () => {
    expect(ownerOf('Microsoft bought a $4 billion startup last year.', '$4 billion')).toBeUndefined();
  });
});
