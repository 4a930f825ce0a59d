/**
 * "data-center GPU" before a word for its money (sales, outlook, forecast, guidance, business, line) names
 * the GPU product line's revenue (revenue.ai), not the data-center segment the shorter trigger
 * "data-center" names: a column "Data-center GPU outlook" of guided amounts is GPU revenue. The GPU
 * line's shipments or share are neither.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, '2024-11-01')?.metric?.value;

describe('data-center GPU + a money word is the GPU line', () => {
  it('in prose', () => {
    expect(metricOf('AMD now expects data-center GPU sales of more than $5 billion for 2024.', '$5 billion')).toBe('revenue.ai');
    expect(metricOf("AMD's data center GPU forecast for 2024 rose to $4.5 billion in July.", '$4.5 billion')).toBe('revenue.ai');
    expect(metricOf('The data-center GPU business brought in over $1 billion in the second quarter at AMD.', '$1 billion')).toBe('revenue.ai');
  });

  it('as a table column', () => {
    const table = ['# AMD guidance', '', '| Call | Calendar-2024 data-center GPU outlook |', '|---|---|', '| Jan 2024 | >$3.5B |', '| Apr 2024 | >$4B |'].join('\n');
    expect(metricOf(table, '$4B')).toBe('revenue.ai');
  });

  it('not the segment, nor the GPU line’s share or shipments', () => {
    expect(metricOf("AMD's data-center revenue was $3.5 billion in the third quarter.", '$3.5 billion')).toBe('revenue.datacenter');
    expect(metricOf("Nvidia's share of data-center GPU shipments in 2023 was 98%.", '98%')).not.toBe('revenue.ai');
  });
});
