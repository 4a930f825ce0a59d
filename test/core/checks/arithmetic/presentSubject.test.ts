/**
 * A multiple whose clause names its own present subject ("本轮又是6月的3倍", "目前估值是3月的4倍")
 * compares the present figure (the paragraph's undated like amount of that measure) with the figure of
 * the month or year named, never the amount right before it with an older one (presentSubject.ts).
 * No single present figure or no single figure of the named time, and nothing is said.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2024-12-10');

describe('"本轮又是6月的N倍": this round over the named month', () => {
  it.each<[string, Case]>([
    ['right', { text: '据悉，某AI搜索公司以60亿美元估值完成新一轮融资。今年2月它的估值为5亿美元，7月估值升至20亿美元，本轮又是7月的3倍。', consistent: ['3倍'] }],
    ['wrong', { text: '据悉，某AI搜索公司以60亿美元估值完成新一轮融资。今年2月它的估值为5亿美元，7月估值升至20亿美元，本轮又是7月的5倍。', flagged: ['5倍'] }],
    ['目前, right', { text: '这家公司目前估值80亿美元。今年3月估值为20亿美元，目前是3月的4倍。', consistent: ['4倍'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    // The old reading (20亿 ÷ 5亿 = 4) would call 3倍 wrong.
    ['no present figure in the paragraph', { text: '今年2月某AI搜索公司估值为5亿美元，7月估值升至20亿美元，本轮又是7月的3倍。' }],
    ['two present figures', { text: '据悉，某AI搜索公司以60亿美元估值融资，另有报道称估值为70亿美元。今年2月估值为5亿美元，7月估值升至20亿美元，本轮又是7月的5倍。' }],
    ['no figure of the named month', { text: '据悉，某AI搜索公司以60亿美元估值完成新一轮融资。今年2月估值为5亿美元，7月估值升至20亿美元，本轮又是9月的5倍。' }],
  ])('not flagged: %s', (_, c) => run(c));
});
