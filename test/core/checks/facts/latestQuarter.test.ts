/**
 * "The latest quarter" (最新一个季度) names no quarter of its own: it is whichever was last reported by
 * the document's date. A figure of an older quarter said of it is out of date (stale), not a figure of
 * the quarter named in an earlier sentence; and a present marker does not count as a date that would
 * excuse the old figure. Bundled facts (Alibaba Cloud: 334亿元 to June 2025, 398亿元 to September 2025).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';
import { findPeriods } from '../../../../server/src/core/bind/index';

const DATE = '2025-12-01';

describe('the latest quarter', () => {
  it('is a present marker, not a quarter', () => {
    for (const text of ['最新一个季度', '最近一个季度', 'the most recent quarter', 'its latest reported quarter']) {
      expect(findPeriods(text, { start: 0, end: text.length }, { documentDate: DATE }).map((p) => p.period.start)).toEqual([DATE]);
    }
  });

  it('an older quarter\'s figure said of it is stale (Chinese and English)', () => {
    expect(draftFindings('截至9月的季度已经公布。在最新一个季度里,阿里云实现收入334亿元,稳居国内第一。', DATE)).toEqual(['334亿元 fact.stale warning']);
    expect(draftFindings('Alibaba Cloud booked revenue of RMB 33.4 billion in the latest quarter, the most in China.', DATE)).toEqual(['RMB 33.4 billion fact.stale warning']);
  });

  it('the latest figure is not, nor the old one dated by its own quarter', () => {
    expect(draftFindings('在最新一个季度里,阿里云实现收入398亿元,稳居国内第一。', DATE)).toEqual([]);
    expect(draftFindings('Alibaba Cloud booked revenue of RMB 33.4 billion in the June quarter, the most in China.', DATE)).toEqual([]);
  });

  it('nor an old figure quoted in a comparison', () => {
    expect(draftFindings('在最新一个季度里,阿里云收入从334亿元增至398亿元。', DATE)).toEqual([]);
  });
});

describe('the latest quarter named in brackets', () => {
  it('is the quarter in the brackets', () => {
    for (const text of ['最新一个季度(2025年7-9月)', 'the latest quarter (Q3 2025)']) {
      expect(findPeriods(text, { start: 0, end: text.length }, { documentDate: DATE }).map((p) => [p.period.start, p.period.end])).toEqual([['2025-07-01', '2025-09-30']]);
    }
  });
});

describe('the latest quarter\'s words before a figure, with a comparison elsewhere in the sentence', () => {
  it('an older quarter\'s figure is still stale: the growth rate compares the latest quarter, not this figure', () => {
    expect(draftFindings('阿里云最新季度收入334亿元，同比增长26%。', DATE)).toEqual(['334亿元 fact.stale warning']);
    expect(draftFindings('阿里云最近一个季度收入334亿元，环比继续增长。', DATE)).toEqual(['334亿元 fact.stale warning']);
    expect(draftFindings("Alibaba Cloud's latest quarterly revenue, RMB 33.4 billion, is now more than its entire fiscal 2021.", DATE)).toEqual([
      'RMB 33.4 billion fact.stale warning',
    ]);
  });

  it('the latest figure is silent', () => {
    expect(draftFindings('阿里云最新季度收入398亿元，同比增长34%。', DATE)).toEqual([]);
    expect(draftFindings("Alibaba Cloud's latest quarterly revenue, RMB 39.8 billion, is now more than its entire fiscal 2021.", DATE)).toEqual([]);
  });

  it('nor do the words reach past another figure or a baseline', () => {
    expect(draftFindings('在最新一个季度里,阿里云收入398亿元,此前一个季度为334亿元。', DATE)).toEqual([]);
    expect(draftFindings("In the latest quarter, Alibaba Cloud's revenue rose to RMB 39.8 billion from RMB 33.4 billion.", DATE)).toEqual([]);
  });
});
