/**
 * A publisher is the source of a figure, not its subject (bind/publisherSubject.ts): an organisation
 * the fact base records nothing of the figure's metric for is set aside, and the row's label, the
 * sentence's other names or the heading say whose the figure is. An organisation that does hold the
 * metric keeps it, and so does one that is the subject of the number's own clause or is credited with
 * estimating it (the judge checks that credit: anotherEstimator.ts). Without facts (a hand-built
 * knowledge) binding is as written. Bundled facts: OpenAI's run-rates (about $5.5B at December 2024,
 * $10B at June 2025), HBM's share of DRAM revenue (2.6% 2022, 8.4% 2023, 20.1% 2024), the IEA's
 * data-centre electricity, the AI Index's survey shares.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim, bind, claimOf, qAt } from './helpers';
import { flagged } from '../../helpers/flagged';

const entityOf = (text: string, figure: string, date = '2025-09-30') => {
  const e = analyzedClaim(text, figure, date)?.entity;
  return e && `${e.value} (${e.how})`;
};

const TIMELINE_EN = "# How OpenAI's annualized revenue grew\n\n| Month | Run-rate | Reported by |\n|---|---|---|\n| Jun 2025 | $10B run-rate | Reuters |\n| Dec 2024 | $10B run-rate | CNBC |";
const TIMELINE_ZH = '# OpenAI年化收入时间线\n\n| 月份 | 年化收入 | 报道媒体 |\n|---|---|---|\n| 2025年6月 | 100亿美元 | 路透社 |\n| 2024年12月 | 100亿美元 | 美国消费者新闻与商业频道 |';

describe('a publisher named beside a figure is not its subject', () => {
  it('a newsroom in a table row leaves the figure to the company the heading names (en, zh)', () => {
    expect(entityOf(TIMELINE_EN, '$10B')).toBe('openai (context)');
    expect(entityOf(TIMELINE_ZH, '100亿美元')).toBe('openai (context)');
  });

  it('so a run-rate given the wrong month is told, and the right month is not (en, zh)', () => {
    expect(flagged(TIMELINE_EN, '2025-09-30')).toEqual(['$10B fact.wrong-period']);
    expect(flagged(TIMELINE_ZH, '2025-09-30')).toEqual(['100亿美元 fact.wrong-period']);
  });

  it("a research firm in a row's cell leaves the figure to the thing the row label names", () => {
    const row = (figure: string) => `| Line | Figure |\n|---|---|\n| HBM share of DRAM revenue, 2024 (TrendForce) | ${figure} |`;
    expect(entityOf(row('20.1%'), '20.1%', '2025-03-01')).toBe('hbm (explicit)');
    expect(flagged(row('20.1%'), '2025-03-01')).toEqual([]);
    expect(flagged(row('8.4%'), '2025-03-01')).toEqual(['8.4% fact.wrong-period']);
  });
});

describe('near misses: the organisation stays the subject', () => {
  it('when the fact base records that metric for it (en, zh)', () => {
    expect(entityOf('According to the IEA, data centres consumed about 415 TWh of electricity in 2024.', '415', '2025-06-01')).toBe('iea (sentence)');
    expect(entityOf('斯坦福AI指数显示，2024年使用AI的组织比例为78%。', '78%', '2025-06-01')).toBe('stanford-ai-index (sentence)');
  });

  it('when a preposition credits it and nothing else is the subject ("per the", "according to", 根据)', () => {
    expect(entityOf('Per the AI Index, 78% of organisations said they used AI in 2024.', '78%', '2025-06-01')).toBe('stanford-ai-index (sentence)');
    expect(entityOf('According to IEA, data centres consumed about 415 TWh of electricity in 2024.', '415', '2025-06-01')).toBe('iea (sentence)');
    expect(entityOf('根据斯坦福AI指数，2024年使用AI的组织比例为78%。', '78%', '2025-06-01')).toBe('stanford-ai-index (sentence)');
  });

  it('when it is the subject of the number’s own clause: a misplaced credit stays checkable', () => {
    expect(entityOf('In a note in June 2024, Goldman Sachs asked "AI\'s $600 billion question".', '$600 billion', '2025-01-01')).toBe('goldman-sachs (explicit)');
  });

  it('when the name found instead is another estimator, not a company', () => {
    expect(entityOf('Goldman Sachs estimates that generative AI could lift global GDP by 7% over a decade.', '7%', '2025-01-01')).toBe('goldman-sachs (sentence)');
  });

  it('when the knowledge has no facts to say what the organisation records', () => {
    const text = '| Month | Run-rate | Source |\n|---|---|---|\n| Dec 2023 | $2B | The Information |';
    const figure = qAt(text, '$2B', 'money');
    expect(claimOf(bind(text, [figure], '2024-06-01'), figure).entity?.value).toBe('the-information');
  });
});

describe('a credited publisher estimating a company’s figure', () => {
  // Bundled: Microsoft's AI revenue in the September 2023 quarter, about $400 million, an estimate the WSJ reported.
  const about = (source: string) => `Microsoft does not break out its AI sales. The best guess for the September 2023 quarter came from analysts cited by ${source}: roughly $400 million of AI revenue.`;
  const estimated = (source: string) => `Microsoft does not break out its AI sales. For the September 2023 quarter ${source} then estimated AI revenue at roughly $400 million.`;

  it('leaves the figure to the company the paragraph names, with the publisher as its credit', () => {
    expect(entityOf(about('Reuters'), '$400 million', '2024-06-01')).toBe('microsoft (context)');
    expect(analyzedClaim(about('Reuters'), '$400 million', '2024-06-01')?.attribution?.value).toBe('Reuters');
    expect(entityOf(estimated('Reuters'), '$400 million', '2024-06-01')).toBe('microsoft (context)');
  });

  it('in Chinese too: 据X估算, X随后估算', () => {
    const zh = (credit: string) => `微软没有单独披露AI收入。${credit}，2024财年第一季度的AI收入约为4亿美元。`;
    expect(entityOf(zh('据路透社估算'), '4亿美元', '2024-06-01')).toBe('microsoft (context)');
    expect(flagged(zh('据路透社估算'), '2024-06-01')).toEqual(['4亿美元 fact.misattributed']);
    expect(flagged(zh('路透社随后估算'), '2024-06-01')).toEqual(['4亿美元 fact.misattributed']);
    expect(flagged(zh('据《华尔街日报》估算'), '2024-06-01')).toEqual([]);
  });

  it('so a credit to the wrong publisher is told, and the right one is not', () => {
    expect(flagged(about('Reuters'), '2024-06-01')).toEqual(['$400 million fact.misattributed']);
    expect(flagged(estimated('Reuters'), '2024-06-01')).toEqual(['$400 million fact.misattributed']);
    expect(flagged(about('the Wall Street Journal'), '2024-06-01')).toEqual([]);
    expect(flagged(estimated('the Wall Street Journal'), '2024-06-01')).toEqual([]);
  });
});
