import { describe, expect, it } from 'vitest';
import { pointsWorth } from '../../../server/src/core/bind/pointsWorth';
import type { BindingKnowledge } from '../../../server/src/core/bind/knowledge';

const kb = {
  metrics: new Map([['revenue.ai', { id: 'revenue.ai', names: { en: [], zh: [] }, kinds: ['money', 'percent'], periodKind: 'duration', triggers: { en: ['AI revenue'], zh: ['AI收入'] } }]]),
} as unknown as BindingKnowledge;

function metricOf(text: string, figure: string, sentenceStart: string): string | undefined {
  const start = text.indexOf(figure);
  const s = text.indexOf(sentenceStart);
  return pointsWorth(text, { kind: figure.includes('%') ? 'percent' : 'money', start, end: start + figure.length } as never, { start: s, end: text.length }, { start: 0, end: text.length }, kb)?.value;
}

describe('pointsWorth', () => {
  it('reads money that contributed growth points were worth as the contributor revenue', () => {
    const text = 'AI added 5 points to the cloud unit’s growth. A broker said those points were worth about $250 million.';
    expect(metricOf(text, '$250 million', 'A broker')).toBe('revenue.ai');
  });
  it('reads "translated the points into" and 这N个百分点约合', () => {
    expect(metricOf('AI contributed 4 points of growth. An analyst translated the 4 points into $300 million.', '$300 million', 'An analyst')).toBe('revenue.ai');
    const zh = 'AI贡献了4个百分点的增长。有券商估算，第二季度这4个百分点约合3亿美元。';
    const at = zh.indexOf('第二季度');
    const sentence = { start: zh.indexOf('有券商'), end: zh.length };
    const q = { kind: 'money', start: zh.indexOf('3亿美元'), end: zh.indexOf('3亿美元') + 4 } as never;
    expect(pointsWorth(zh, q, sentence, { start: 0, end: zh.length }, kb, [{ start: at, end: at + 4 }])?.value).toBe('revenue.ai');
    // Its sentence names no period: the points' quarter is in a sentence before, left alone.
    expect(pointsWorth(zh, q, sentence, { start: 0, end: zh.length }, kb, [])).toBeUndefined();
  });
  it('reads points pointed back at through a heading that names them as the contributor points', () => {
    const text = '## The AI points\n\nA bank put the spending behind those two points at $250 million.';
    expect(metricOf(text, '$250 million', 'A bank')).toBe('revenue.ai');
  });
  it('leaves a percent, a price per point and points that are no contribution unbound', () => {
    expect(metricOf('AI added 5 points of growth. Those points were worth 2%.', '2%', 'Those')).toBeUndefined();
    expect(metricOf('AI贡献了4个百分点的增长。每个百分点约合1亿美元。', '1亿美元', '每个')).toBeUndefined();
    expect(metricOf('The index fell 40 points. Those points were worth $90 million to the fund.', '$90 million', 'Those')).toBeUndefined();
  });
});
