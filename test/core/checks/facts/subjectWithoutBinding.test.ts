/**
 * A finding on a figure that bound no metric (judged by the one fact it singles out) names the deciding
 * facts' measure in its message, not a bare company ("Baidu is Q4 2023: ¥656M"). Bundled facts: Baidu's
 * incremental AI revenue in Q4 2023 was about ¥656M.
 */
import { describe, expect, it } from 'vitest';
import { draftAnalysis } from '../../../helpers/draftFindings';

describe('the subject of a message when the claim bound no metric', () => {
  it('names the deciding facts\' measure', () => {
    // A figure the writer sets against the right one binds no metric of its own. (A figure quoted as
    // someone "wrote it", 写成, now takes the earlier figure's measure: bind/misquotedFigure.ts.)
    const analysis = draftAnalysis('百度在2023年第四季度从文心一言获得约6.6亿元的增量收入，不是6.6亿美元。', '2024-03-01');
    const metricFree = analysis.findings.filter((f) => f.check === 'fact.wrong-currency' && !analysis.claims.find((c) => c.quantity.start === f.start)?.metric);
    expect(metricFree.length).toBeGreaterThan(0);
    for (const f of metricFree) expect(f.message).not.toMatch(/百度是|Baidu is/);
    expect(metricFree[0]!.message).toMatch(/Baidu \S.*revenue is/);
  });
});
