/**
 * A period carried from an earlier sentence of the paragraph must be a period there: the number of a
 * count ("2048 GPUs", "2048块H800") is no year, in the number's own sentence or an earlier one.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const DATE = '2025-03-01';

describe('a count in an earlier sentence is not the year carried on', () => {
  it('English', () => {
    expect(analyzedClaim('The lab ran 2048 GPUs for two months. The bill came to $5.58 million.', '$5.58 million', DATE)?.period).toBeUndefined();
  });

  it('Chinese', () => {
    expect(analyzedClaim('该实验室用2048块GPU训练了两个月。账单共计558万美元。', '558万美元', DATE)?.period).toBeUndefined();
  });

  it('while a year written there is still carried on', () => {
    expect(analyzedClaim('The lab grew fast in 2024. The bill came to $5.58 million.', '$5.58 million', DATE)?.period).toMatchObject({ value: { start: '2024-01-01', end: '2024-12-31' }, how: 'context' });
    expect(analyzedClaim('该实验室2024年扩张很快。账单共计558万美元。', '558万美元', DATE)?.period).toMatchObject({ value: { start: '2024-01-01', end: '2024-12-31' }, how: 'context' });
  });
});
