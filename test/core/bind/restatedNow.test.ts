/**
 * A sentence that restates the one before it ("In other words", 换句话说) speaks of that sentence's
 * moment: its "now" is not the document's date, and a flow in it carries the earlier period (context).
 * With the bundled data and the real recogniser.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

function periodOf(text: string, figure: string, date = '2026-02-12'): string | undefined {
  const p = analyzedClaim(text, figure, date)?.period;
  return p ? `${p.value.start}..${p.value.end} ${p.how}` : undefined;
}

const Q4_2024 = '2024-10-01..2024-12-31 context';

describe('a restatement’s "now" is the restated sentence’s period', () => {
  it('"In other words" after a quarter', () => {
    const text = "By the December 2024 quarter Microsoft's AI business had passed an annual run-rate of $13 billion. In other words, AI services now make up about 13% of Azure revenue.";
    expect(periodOf(text, '13%')).toBe(Q4_2024);
  });

  it('"Put differently" after a fiscal year', () => {
    const text = "Nvidia's revenue was $60.9 billion in fiscal 2024. Put differently, data center now brings in 78% of Nvidia's revenue.";
    expect(periodOf(text, '78%', '2024-03-05')).toBe('2023-02-01..2024-01-31 context');
  });

  it('"That is" after a quarter written "Q3 2024"', () => {
    const text = "Amazon's revenue was $158.9 billion in Q3 2024. That is, AWS now earns about 17% of Amazon's revenue.";
    expect(periodOf(text, '17%', '2024-12-01')).toBe('2024-07-01..2024-09-30 context');
  });

  it('in Chinese: 换句话说, 目前', () => {
    const text = '2024年第四季度,微软AI业务的年化收入超过130亿美元。换句话说,AI服务目前占Azure收入的约13%。';
    expect(periodOf(text, '13%')).toBe(Q4_2024);
  });

  it('in Chinese: 也就是说, 现在', () => {
    const text = '英伟达2024财年营收为609亿美元。也就是说,数据中心现在占英伟达营收的78%。';
    expect(periodOf(text, '78%', '2024-03-05')).toBe('2023-02-01..2024-01-31 context');
  });
});

describe('near misses', () => {
  it('no restatement cue: "now" is now, and a flow stated now stays undated', () => {
    const text = "By the December 2024 quarter Microsoft's AI business had passed an annual run-rate of $13 billion. AI services now make up about 13% of Azure revenue.";
    expect(periodOf(text, '13%')).toBeUndefined();
    expect(periodOf('2024年第四季度,微软AI业务的年化收入超过130亿美元。AI服务目前占Azure收入的约13%。', '13%')).toBeUndefined();
  });

  it('a consequence drawn ("This means") is not a restatement', () => {
    const text = "By the December 2024 quarter Microsoft's AI business had passed an annual run-rate of $13 billion. This means AI services now make up about 13% of Azure revenue.";
    expect(periodOf(text, '13%')).toBeUndefined();
  });

  it('a restatement with no earlier period has nothing to carry', () => {
    expect(periodOf("Microsoft's AI business is growing. In other words, AI services now make up about 13% of Azure revenue.", '13%')).toBeUndefined();
  });

  it('a level stated now keeps the document’s date', () => {
    const text = 'Nvidia’s market value first passed $2 trillion on 23 February 2024. In other words, Nvidia is now worth about $2.1 trillion.';
    expect(analyzedClaim(text, '$2.1 trillion', '2024-03-05')?.period?.how).toBe('document');
  });
});
