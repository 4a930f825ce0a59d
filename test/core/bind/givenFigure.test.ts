/**
 * A figure the credited statement takes as given is not the source's: "Bloomberg reckoned the 3 points
 * of a year ago were worth about $400 million" credits Bloomberg with the worth, not with the 3 points
 * the definite article points back at (attributionScope.ts givenFigure). In English a figure after a
 * definite determiner whose noun phrase is the subject of a verb after it; in Chinese one after a
 * demonstrative (那, 这, 该). Bundled facts: AI added about 3 points to Azure growth in the September 2023
 * quarter (ERP Today) and 6 points in the next (a Bloomberg summary).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

const DATE = '2024-11-05';
/** The heading names the product whose growth the points are of. */
const azure = (sentence: string) => `# Azure and AI\n\n${sentence}`;

describe('a definite back-reference inside a credited clause is not credited', () => {
  itIsSilent(
    [
      [azure('Bloomberg reckoned the 3 points of a year ago were worth about $400 million in the quarter.'), '3 points'],
      [azure('据彭博社估算，一年前的那3个百分点价值约4亿美元。'), '3个百分点'],
      // "these"/"those" point back whatever the phrase's role, an ordinal between or not.
      [azure('Bloomberg, using analysts\' estimates, put the AI revenue behind those first 3 points at about $400 million.'), '3 points'],
      [azure('Bloomberg valued these 3 points at about $400 million.'), '3 points'],
    ],
    DATE,
  );

  it('near miss: a figure the source states is still credited to it', () => {
    expect(flaggedClaim(azure('Bloomberg reckoned that a year ago AI was worth 3 points of Azure growth.'), '3 points', DATE).verdicts).toEqual(['misattributed']);
    expect(flaggedClaim(azure('据彭博社估算，一年前AI贡献了3个百分点，价值约4亿美元。'), '3个百分点', DATE).verdicts).toEqual(['misattributed']);
  });

  it('near miss: a definite object of the reporting verb is what the source reported', () => {
    expect(flaggedClaim(azure('Bloomberg reported the 3 points of growth a year ago.'), '3 points', DATE).verdicts).toEqual(['misattributed']);
  });
});

describe('the base of the writer\'s comparison in a credited sentence is not credited', () => {
  itIsSilent(
    [
      [azure('Bloomberg reckoned AI added 6 points to Azure growth, up from 3 points a quarter earlier.'), '3 points'],
      [azure('Bloomberg reckoned AI added 6 points to Azure growth, versus 3 points a quarter earlier.'), '3 points'],
      [azure('据彭博社估算，AI为Azure增长贡献了6个百分点，是上一季度3个百分点的2倍。'), '3个百分点'],
      [azure('据彭博社估算，AI为Azure增长贡献的百分点比上一季度的3个百分点增加了一倍。'), '3个百分点'],
    ],
    DATE,
  );

  it('near miss: the new figure the comparison starts from is still credited', () => {
    expect(flaggedClaim(azure('Bloomberg reckoned AI added 3 points to Azure growth a year ago, up from 2 points.'), '3 points', DATE).verdicts).toEqual(['misattributed']);
    expect(flaggedClaim(azure('据彭博社估算，一年前AI贡献了3个百分点，是此前2个百分点的1.5倍。'), '3个百分点', DATE).verdicts).toEqual(['misattributed']);
  });
});

describe('the figure an English multiple or fraction is taken of is not credited', () => {
  itIsSilent(
    [
      [azure('Bloomberg reckoned AI added 6 points to Azure growth, twice as much as the 3 points of a quarter earlier.'), '3 points'],
      [azure('Bloomberg reckoned the AI contribution that quarter was 1 point, a third of the 3 points a year earlier.'), '3 points'],
      [azure('Bloomberg reckoned AI added 1.5 points to Azure growth that quarter, half of the 3 points a year earlier.'), '3 points'],
    ],
    DATE,
  );

  it('near miss: a figure the source states before the multiple is still credited', () => {
    expect(flaggedClaim(azure('Bloomberg reckoned that a year ago AI added 3 points, two times the growth of the quarter before.'), '3 points', DATE).verdicts).toEqual(['misattributed']);
  });
});
