/**
 * "FY25 Q4" is one label: a quarter after a fiscal year only with at most a space each side of the
 * mark. Table cells mask their pipes to spaces, so "| Q4 FY25 | Q4 FY24 |" must not read "FY25 | Q4"
 * as one period and leave the next column bare "FY24" (the whole year). With the bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../helpers/draftFindings';

const DATE = '2025-02-28';
const table = (header: string, a: string, b: string) => `| Metric | ${header} |\n|---|---|---|\n| Nvidia revenue | ${a} | ${b} |\n`;

describe('fiscal quarters in adjacent table columns', () => {
  it.each([
    ['Q4 FY25 | Q4 FY24'],
    ['Q4 FY2025 | Q4 FY2024'],
    ['FY25 Q4 | FY24 Q4'],
    ['FY2025-Q4 | FY2024-Q4'],
  ])('reads each column as its own quarter: %s', (header) => {
    expect(draftFindings(table(header, '$39.3B', '$22.1B'), DATE)).toEqual([]);
  });

  it('still finds figures put in the wrong column', () => {
    expect(draftFindings(table('Q4 FY25 | Q4 FY24', '$22.1B', '$39.3B'), DATE)).toEqual(['$22.1B fact.wrong-period warning', '$39.3B fact.wrong-period warning']);
  });

  it('still reads "FY25 Q4" and "FY2025/Q4" in prose', () => {
    expect(draftFindings('Nvidia revenue was $22.1B in FY25 Q4.', DATE)).toEqual(['$22.1B fact.wrong-period warning']);
    expect(draftFindings('Nvidia revenue was $39.3B in FY2025/Q4.', DATE)).toEqual([]);
  });
});
