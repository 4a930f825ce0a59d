/**
 * A table's corner cell naming a segment ("| AMD Data Center |") makes each row's revenue the segment's
 * (bind/cornerSegment.ts), and each quarter header ("| Q3 2024 | Q4 2024 |") dates its own column: the
 * period patterns do not read across the cell walls ("2024 | Q4" is no year-first quarter; bind/periodBinding.ts).
 * With the bundled facts (AMD's Data Center segment: $3.5B in Q3 2024, $3.86B in Q4 2024).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

const DATE = '2025-03-01';
const segmentTable = (corner: string, rows: string) =>
  `## How AMD's quarters went\n\nA note on the quarters.\n\n| ${corner} | Q3 2024 | Q4 2024 |\n|---|---|---|\n${rows}\n`;

describe('quarter headers date their own columns', () => {
  it('gives each column its own quarter', () => {
    const text = '| Metric | Q1 2025 | Q2 2025 | Q3 2025 |\n|---|---|---|---|\n| Sales | $1.1B | $1.2B | $1.3B |\n';
    const labels = ['$1.1B', '$1.2B', '$1.3B'].map((f) => flaggedClaim(text, f, DATE).claim?.period?.value.label);
    expect(labels).toEqual(['Q1 2025', 'Q2 2025', 'Q3 2025']);
  });

  it('reads a month under an ending-month header (截止月份) as the quarter it closes', () => {
    const text = '| 英伟达财季 | 截止月份 | 营收 |\n|---|---|---|\n| 2025财年第二季度 | 2024年7月 | 300亿美元 |\n';
    expect(flaggedClaim(text, '300亿美元', DATE).claim?.period?.value).toMatchObject({ start: '2024-05-01', end: '2024-07-31' });
  });
});

describe('a corner cell naming a segment qualifies the row\'s revenue', () => {
  itIsSilent(
    [
      [segmentTable('AMD Data Center', '| Sales | $3.5B | $3.86B |'), '$3.86B'],
      [segmentTable('AMD Data Center', '| Sales | $3.5B | $3.86B |'), '$3.5B'],
      [segmentTable('Data Center segment', '| Revenue | $3.5B | $3.86B |'), '$3.86B'],
    ],
    DATE,
  );

  it('binds the segment\'s metric and each column\'s quarter', () => {
    const { claim } = flaggedClaim(segmentTable('AMD Data Center', '| Sales | $3.5B | $3.86B |'), '$3.86B', DATE);
    expect(claim?.metric?.value).toBe('revenue.datacenter');
    expect(claim?.period?.value.label).toBe('Q4 2024');
  });

  it('still flags a segment figure put under the wrong quarter', () => {
    expect(flaggedClaim(segmentTable('AMD Data Center', '| Sales | $3.86B | $4.9B |'), '$3.86B', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('leaves the row\'s metric alone under a corner that names no part of it', () => {
    for (const corner of ['AMD', 'Metric', '']) {
      expect(flaggedClaim(segmentTable(corner, '| Revenue | $6.8B | $7.7B |'), '$7.7B', DATE).claim?.metric?.value).toBe('revenue');
    }
  });
});

describe('a section heading naming a segment qualifies a bare revenue column', () => {
  const underHeading = (heading: string, column: string) =>
    `## ${heading}\n\nHow the unit did.\n\n| Period | ${column} |\n|---|---|\n| Q3 2024 | $3.5B |\n| Q4 2024 | $3.86B |\n`;

  itIsSilent([[underHeading('Segment detail (Data Center)', 'Revenue'), '$3.86B']], DATE);

  it('binds the segment\'s metric from the heading', () => {
    expect(flaggedClaim(underHeading('Segment detail (Data Center)', 'Sales'), '$3.86B', DATE).claim?.metric?.value).toBe('revenue.datacenter');
  });

  it('leaves a label with words of its own, or a heading naming no segment, alone', () => {
    expect(flaggedClaim(underHeading('Segment detail (Data Center)', 'Revenue, whole company'), '$3.86B', DATE).claim?.metric?.value).not.toBe('revenue.datacenter');
    expect(flaggedClaim(underHeading('AMD by quarter', 'Revenue'), '$3.86B', DATE).claim?.metric?.value).toBe('revenue');
  });
});

describe('a whole-company label under a segment heading', () => {
  it('stays the company\'s revenue', () => {
    const text = '## Segment detail (Data Center)\n\nHow the unit did.\n\n| Period | Total revenue |\n|---|---|\n| Q4 2024 | $7.7B |\n';
    expect(flaggedClaim(text, '$7.7B', DATE).claim?.metric?.value).not.toBe('revenue.datacenter');
  });
});

describe('a segment with a column of its own under a segment heading', () => {
  it('keeps the bare revenue column the company\'s', () => {
    const text = '## Data Center carried the year\n\nBy quarter.\n\n| Period | Revenue | Data Center |\n|---|---|---|\n| Q4 2024 | $7.7B | $3.86B |\n';
    expect(flaggedClaim(text, '$7.7B', DATE).claim?.metric?.value).toBe('revenue');
  });
});

describe('a document title naming a segment', () => {
  it('does not make a table\'s bare revenue the segment\'s', () => {
    const text = '# AMD in 2024: Data Center runs away\n\nBy quarter.\n\n| Period | Revenue |\n|---|---|\n| Q4 2024 | $7.7B |\n';
    expect(flaggedClaim(text, '$7.7B', DATE).claim?.metric?.value).toBe('revenue');
  });
});
