/**
 * 比 in a word for a share (比例, 比重, 比率, 占比) is no comparison: the share after it is the period's
 * figure, not a baseline an earlier period owns; 比 meaning "than" still makes one.
 */
import { describe, expect, it } from 'vitest';
import { isBaseline } from '../../../server/src/core/bind/changeBase';
import { periodSpanOf } from './helpers';

function baseline(text: string, figure: string): boolean {
  const at = text.indexOf(figure);
  return isBaseline(text, { start: at, end: at + figure.length }, { start: 0, end: text.length });
}

describe('a share word is no comparison', () => {
  it.each([
    ['腾讯广告收入比例为18%', '18%'],
    ['海外业务比重升至35%', '35%'],
    ['企业客户占比达42%', '42%'],
    ['坏账比率为1.2%', '1.2%'],
  ])('%s', (text, figure) => {
    expect(baseline(text, figure)).toBe(false);
  });

  it.each([
    ['收入比上年的120亿元', '120亿元'],
    ['利润较去年同期的8亿元', '8亿元'],
  ])('比 or 较 meaning "than" still starts a comparison: %s', (text, figure) => {
    expect(baseline(text, figure)).toBe(true);
  });
});

describe('the share takes the sentence period', () => {
  it('after a comma', () => {
    expect(periodSpanOf('2023年三季度，腾讯广告收入比例为18%。', '18%', '2023-12-01')).toBe('2023-07-01..2023-09-30');
  });
});
