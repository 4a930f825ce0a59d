/**
 * "N points" and "N pts" after a number are percentage points (the recognizer's lexicon), so a segment's
 * contribution to growth written without "percentage" binds as one: "AI supplied 7 points". In "P of G
 * points" the G points are the whole growth, not a contribution (bind/pointsWhole.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const claimOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-12-01');

describe('bare points of growth', () => {
  it('reads "N points" as percentage points of growth', () => {
    const c = claimOf('In the March 2024 quarter Azure grew 31% and AI services contributed 7 points.', '7 points');
    expect(c?.quantity.kind).toBe('points');
    expect(c?.metric?.value).toBe('growth-contribution.points');
    expect(c?.verdict).toBe('supported');
  });

  it('checks a wrong quarter’s points', () => {
    const c = claimOf('In the March 2024 quarter Azure grew 31% and AI services contributed 8 points.', '8 points');
    expect(c?.metric?.value).toBe('growth-contribution.points');
    expect(c?.verdict).toBe('wrong-period');
  });

  it('reads "pts" in a table column', () => {
    const table = '# Azure growth\n\n| Quarter | Azure growth | AI contribution |\n|---|---|---|\n| Apr–Jun 2024 | 29% | 8 pts |\n';
    const c = claimOf(table, '8 pts');
    expect(c?.quantity.kind).toBe('points');
    expect(c?.metric?.value).toBe('growth-contribution.points');
    expect(c?.verdict).toBe('supported');
  });

  it('leaves the whole of "P of G points" unbound', () => {
    const text = 'In the March 2024 quarter AI was 7 of Azure’s 31 points, under a quarter of the growth.';
    expect(claimOf(text, '31 points')?.metric).toBeUndefined();
    expect(claimOf('In that quarter AI was 7 of 31 points.', '31 points')?.metric).toBeUndefined();
  });
});
