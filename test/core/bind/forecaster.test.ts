/**
 * "X expects Y to …", "X预计Y…": the forecaster speaks about Y, as "X said" does; Y is the subject.
 */
import { describe, expect, it } from 'vitest';
import { bind, claimOf, qAt } from './helpers';

const entityOf = (text: string, needle: string) => {
  const figure = qAt(text, needle, 'percent');
  return claimOf(bind(text, [figure]), figure).entity?.value;
};

describe('the one who expects is not the subject of what is expected', () => {
  it('English: Microsoft expects Azure to grow 31%', () => {
    expect(entityOf('Microsoft expects Azure to grow 31% next quarter.', '31%')).toBe('azure');
  });

  it('Chinese: 微软预计Azure增长31%', () => {
    expect(entityOf('微软预计Azure下季度增长31%。', '31%')).toBe('azure');
  });

  it('near miss: a company expecting its own figure stays the subject', () => {
    expect(entityOf('Nvidia expects gross margin of 73% next quarter.', '73%')).toBe('nvidia');
    expect(entityOf('英伟达预计下季度毛利率为73%。', '73%')).toBe('nvidia');
  });
});
