/**
 * A clause that only links its figure to the clause before continues that clause's measure
 * (bind/linkedClause.ts): a linking verb opens it ("reaching", 达到), 其中 opens it, or it restates the
 * figure before in another currency ("or about US$28.6 billion", 约合). A hedge alone, a restatement in
 * the same currency, or a clause that names its own subject do not link.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-06-01')?.metric?.value;

describe('a linking verb opens the clause', () => {
  it('English', () => {
    expect(metricOf("Alphabet's capex rose sharply in 2024, reaching about $52.5 billion.", '$52.5 billion')).toBe('capex');
    expect(metricOf("Microsoft's capital expenditure climbed again in the quarter, totalling $22.6 billion.", '$22.6 billion')).toBe('capex');
    expect(metricOf('Nvidia revenue for the year kept climbing, and came to $130.5 billion.', '$130.5 billion')).toBe('revenue');
  });

  it('Chinese', () => {
    expect(metricOf('更值得注意的是腾讯全年资本开支，达到768亿元。', '768亿元')).toBe('capex');
    expect(metricOf('阿里云本季度收入增长明显，高达约296亿元。', '296亿元')).toBe('revenue');
  });

  it('not when the clause names its own subject before the verb', () => {
    expect(metricOf('英伟达营收达到300亿美元，毛利达到200亿美元。', '200亿美元')).not.toBe('revenue');
    expect(metricOf('Nvidia revenue came to $30 billion, its cash reached $40 billion.', '$40 billion')).not.toBe('revenue');
  });

  it('not a figure of another kind', () => {
    expect(metricOf("Alphabet's capex rose in 2024, reaching 40% of its cash flow.", '40%')).not.toBe('capex');
  });
});

describe('其中: a part of the figure before', () => {
  it('continues the measure', () => {
    expect(metricOf('截至1月27日DeepSeek累计下载量达到260万次,其中1月24日时为160万次。', '160万次')).toBe('downloads');
    expect(metricOf('2024年百度营收1331亿元,其中第四季度为341亿元。', '341亿元')).toBe('revenue');
  });

  it('not when the part names another measure', () => {
    expect(metricOf('2024年百度营收1331亿元,其中净利润238亿元。', '238亿元')).toBe('net-income');
  });
});

describe('a restatement in another currency', () => {
  it('English', () => {
    expect(metricOf("TSMC's fourth-quarter revenue came to NT$868.46 billion, or about US$26.9 billion.", 'US$26.9 billion')).toBe('revenue');
    expect(metricOf("Tencent's capex for 2024 was RMB 76.8 billion, i.e. roughly $10.7 billion.", '$10.7 billion')).toBe('capex');
  });

  it('Chinese', () => {
    expect(metricOf('台积电第四季度营收8684.6亿新台币，约合268.8亿美元。', '268.8亿美元')).toBe('revenue');
    expect(metricOf('腾讯2024年资本开支768亿元，折合约107亿美元。', '107亿美元')).toBe('capex');
  });

  it('not in the same currency, and not a bare hedge', () => {
    expect(metricOf('Nvidia revenue was $10 billion, or $2 per share.', '$2')).not.toBe('revenue');
    expect(metricOf("Microsoft was 62% of CoreWeave's revenue, roughly $1.19 billion.", '$1.19 billion')).not.toBe('revenue');
  });
});

describe('the close of the day: the same measure when trading ended', () => {
  const claimOf = (text: string, figure: string) => analyzedClaim(text, figure, '2024-07-01');

  it('Chinese: 收盘 opens the clause', () => {
    const wrong = claimOf('2024年6月5日，英伟达市值首次突破3万亿美元，收盘达到3.51万亿美元。', '3.51万亿美元');
    expect(wrong?.metric?.value).toBe('market-cap');
    expect(wrong?.verdict).toBe('contradicted');
    const right = claimOf('2024年6月5日，英伟达市值首次突破3万亿美元，收盘达到3.01万亿美元。', '3.01万亿美元');
    expect(right?.metric?.value).toBe('market-cap');
    expect(right?.verdict).toBe('supported');
  });

  it('English: "closing at" opens the clause', () => {
    const wrong = claimOf("On June 5, 2024 Nvidia's market value passed $3 trillion for the first time, closing at $3.51 trillion.", '$3.51 trillion');
    expect(wrong?.metric?.value).toBe('market-cap');
    expect(wrong?.verdict).toBe('contradicted');
    const right = claimOf("On June 5, 2024 Nvidia's market value passed $3 trillion for the first time, closing at $3.01 trillion.", '$3.01 trillion');
    expect(right?.verdict).toBe('supported');
  });

  it('not when the clause names its own measure before the close', () => {
    expect(metricOf('2024年6月5日，英伟达市值首次突破3万亿美元，股价收盘报1224美元。', '1224美元')).toBe('share-price');
  });
});

describe('a period the series moves to before the linking verb', () => {
  it('Chinese: 到<period>(更是)达到', () => {
    expect(metricOf('截至9月，豆包的日均token使用量已超过1万亿，到12月又达到4万亿。', '4万亿')).toBe('usage.tokens');
    expect(metricOf('谷歌每月处理的token从5月的480万亿增至7月的980万亿，到10月更是达到1300万亿。', '1300万亿')).toBe('usage.tokens');
  });

  it('a figure off by ten is told, the right one is not', () => {
    const claim = (figure: string) => analyzedClaim(`谷歌每月处理的token在2025年7月为980万亿，到10月更是达到${figure}。`, figure, '2025-12-01');
    expect(claim('130万亿')?.verdict).toBe('wrong-scale');
    expect(claim('1300万亿')?.verdict).toBe('supported');
  });

  it('not when a new subject stands before the verb', () => {
    expect(metricOf('谷歌的月活跃用户在5月为4亿，到10月苹果达到6亿。', '6亿')).toBeUndefined();
  });
});
