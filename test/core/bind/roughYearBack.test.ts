/**
 * "a year earlier", 一年前 from a month or a day is a rough distance: a round or a level of about a year
 * before is that figure, not another period's (roughYearBack.ts). Bundled facts: Cohere valued at about
 * $2.2 billion (June 2023) and about $5 billion (talks reported March 2024); $6.8 billion (August 2025).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../helpers/draftFindings';
import { analyzedClaim } from './helpers';

describe('a year back from a month is about a year', () => {
  it.each([
    'In March 2024, Cohere was in talks at a $5 billion valuation, more than double the $2.2 billion of a year earlier.',
    'Cohere was in talks at a $5 billion valuation in March 2024; that would more than double the $2.2 billion valuation of a year earlier.',
    'Cohere一年前的估值约为22亿美元。',
  ])('%s', (text) => {
    expect(draftFindings(text, '2024-08-20')).toEqual([]);
  });

  it('the reading is the computed month, with a window a quarter of the distance either side', () => {
    const claim = analyzedClaim('In March 2024, Cohere was in talks at a $5 billion valuation, more than double the $2.2 billion of a year earlier.', '$2.2 billion', '2024-08-20');
    expect(claim?.period).toMatchObject({ value: { start: '2023-03-01', end: '2023-03-31' }, window: { start: '2022-12-01', end: '2023-06-30' } });
  });

  it('一年前 after a fronted date counts from that date (frameDate.ts), with the same window', () => {
    const claim = analyzedClaim('2024年3月，Cohere以50亿美元估值洽谈融资，一年前的估值约为22亿美元。', '22亿美元', '2024-12-01');
    expect(claim?.period).toMatchObject({ value: { start: '2023-03-01', end: '2023-03-01' }, window: { start: '2022-12-01', end: '2023-06-30' } });
    expect(draftFindings('2024年3月，Cohere以50亿美元估值洽谈融资，一年前的估值约为22亿美元。', '2024-12-01')).toEqual([]);
  });

  it('a level still standing at the computed date is judged there, as before: the window does not make a later figure its own', () => {
    expect(draftFindings('Cohere一年前的估值约为22亿美元。', '2024-12-01')).toEqual([]);
  });
});

describe('near misses', () => {
  it('a figure of much longer ago is still another period\'s', () => {
    expect(draftFindings('In August 2025, Cohere was valued at $6.8 billion, up from $2.2 billion a year earlier.', '2025-10-01')).toEqual(['$2.2 billion fact.wrong-period warning']);
  });

  it('a flow a year back keeps its exact span', () => {
    const claim = analyzedClaim('Revenue in March 2024 was $10 million, against $5 million a year earlier.', '$5 million', '2024-08-20');
    expect(claim?.period?.window).toBeUndefined();
  });
});
