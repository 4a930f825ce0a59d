/**
 * A figure its own clause states as a forecast ("预计", "expected") is the metric's guidance even for a
 * period over by the document's date: an early revision that a later one replaced is out of date, not
 * the actual figure's wrong metric. Bundled facts: Meta's 2024 capex guidance ($30–37B given in
 * February 2024, raised to $35–40B in April) and its actual 2024 capex ($39.23B).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

const date = '2025-03-01';

describe('a figure stated as a forecast is judged as the guidance', () => {
  it('an early revision, since raised, is out of date (Chinese)', () => {
    expect(flagged('据公司指引,Meta预计2024年资本开支为300亿至370亿美元。', date)).toEqual(['300亿至370亿美元 fact.stale']);
  });

  it('and in English', () => {
    expect(flagged('Meta expected 2024 capital expenditure of $30 billion to $37 billion.', date)).toEqual([
      '$30 billion to $37 billion fact.stale',
    ]);
  });

  it('the revision in force is supported, not the actual figure’s wrong metric', () => {
    expect(flagged('Meta预计2024年资本开支为350亿至400亿美元。', date)).toEqual([]);
    expect(flagged('Meta expected 2024 capital expenditure of $35 billion to $40 billion.', date)).toEqual([]);
  });

  it('the actual figure with a forecast word is still judged as written', () => {
    expect(flagged('Meta预计2024年资本开支为392.3亿美元。', date)).toEqual([]);
  });

  it('a forecast word after the figure does not make it a forecast', () => {
    expect(flagged('Meta 2024年资本开支为300亿至370亿美元,低于预期。', date)).not.toContain('300亿至370亿美元 fact.stale');
  });
});
