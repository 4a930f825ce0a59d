/**
 * Guidance revised over time: each revision is its own fact with the month it was given (`issued`). A
 * figure that repeats a revision replaced by the draft's date is out of date; one the sentence dates,
 * compares or that is the latest is not; spending stated for a year not yet over is judged as the plan.
 * Bundled facts (Meta and Alphabet capex guidance for 2024 and 2025, Amazon's for 2025).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

describe('a revised guidance', () => {
  it('calls a superseded revision stale (English)', () => {
    expect(flagged('Meta: 2025 capex guidance of $60–65 billion, most of it for AI.', '2025-08-01')).toEqual(['$60–65 billion fact.stale']);
  });

  it('and in Chinese, for a range that repeats the old revision\'s ends', () => {
    expect(flagged('Meta的2024年资本开支指引为300亿至370亿美元。', '2024-09-15')).toEqual(['300亿至370亿美元 fact.stale']);
  });

  it('supports the latest revision, in both languages', () => {
    expect(flagged('Meta: 2025 capex guidance of $66–72 billion, most of it for AI.', '2025-08-01')).toEqual([]);
    expect(flagged('Meta的2024年资本开支指引为350亿至400亿美元。', '2024-09-15')).toEqual([]);
  });

  it('leaves a revision alone when the sentence says when it was given, or compares revisions', () => {
    expect(flagged('In January, Meta guided 2025 capex of $60–65 billion.', '2025-08-01')).toEqual([]);
    expect(flagged('Meta raised its 2025 capex guidance from $60–65 billion to $66–72 billion.', '2025-08-01')).toEqual([]);
  });

  it('does not count a revision given after the draft, or possibly after it (the draft\'s own month)', () => {
    expect(flagged('Meta: 2025 capex guidance of $60–65 billion, most of it for AI.', '2025-03-01')).toEqual([]);
    expect(flagged('Alphabet plans about $75 billion of capex this year.', '2025-07-15')).toEqual([]);
  });
});

describe('spending for a year not yet over is a plan', () => {
  it('is judged against the guidance: an old plan is stale', () => {
    expect(flagged('Alphabet plans about $75 billion of capex this year.', '2025-08-01')).toEqual(['$75 billion fact.stale']);
  });

  it('is supported by the plan in force, and a year-to-date figure is not contradicted by the plan', () => {
    expect(flagged('Alphabet plans about $75 billion of capex this year.', '2025-03-01')).toEqual([]);
    expect(flagged("Meta's capex in 2025 was $30 billion through June.", '2025-08-01')).toEqual([]);
  });
});

describe('revisions filed with the month each was given (Amazon 2025: ~$100B in February, >$118B in July, ~$125B in October)', () => {
  it('call the February plan stale in November (English)', () => {
    expect(flagged("Amazon's capex plan for 2025 is about $100 billion.", '2025-11-05')).toEqual(['$100 billion fact.stale']);
  });

  it('and in Chinese', () => {
    expect(flagged('亚马逊今年的资本开支计划约1000亿美元。', '2025-11-05')).toEqual(['1000亿美元 fact.stale']);
  });

  it('not in March, when it was the plan in force, nor when the sentence dates it', () => {
    expect(flagged('亚马逊今年的资本开支计划约1000亿美元。', '2025-03-15')).toEqual([]);
    expect(flagged('In February, Amazon expected capital expenditure of roughly $100 billion for 2025.', '2025-11-05')).toEqual([]);
  });
});

describe('guidance is superseded only by a later guidance for the same guided year', () => {
  // Meta's 2024 capex guidance: $30–37B (February 2024), $35–40B (April 2024); its 2025 guidance: $60–65B (January 2025).
  it('an undated last revision for 2024 is not made stale by the 2025 guidance (English and Chinese)', () => {
    expect(flagged('Meta later lifted its capex guidance to $35-40 billion.', '2025-02-20')).toEqual([]);
    expect(flagged('Meta随后把资本开支指引上调至350亿至400亿美元。', '2025-02-20')).toEqual([]);
  });

  it('near miss: an earlier revision for 2024 is still out of date, by the later 2024 revision', () => {
    expect(flagged('Meta guided capex to $30-37 billion.', '2025-02-20')).toEqual(['$30-37 billion fact.stale']);
    expect(flagged('Meta的资本开支指引为300亿至370亿美元。', '2025-02-20')).toEqual(['300亿至370亿美元 fact.stale']);
  });
});
