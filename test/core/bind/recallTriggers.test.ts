/**
 * Metric binding: a longer trigger that cannot measure the number ("of revenue", a share) does not hide
 * the shorter one inside it that can; "also"/"也" carries the sentence's metric to another period's
 * figure; count metrics admit bare numbers ("300万" of paying users); 付费商业用户 names paid users.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

function metricOf(text: string, figure: string, date = '2025-03-01'): string | undefined {
  return analyzedClaim(text, figure, date)?.metric?.value;
}

describe('metric triggers', () => {
  it('reads "$12.6 billion of revenue" as revenue, not as a share of revenue', () => {
    expect(metricOf('AMD had $12.6 billion of revenue in 2024.', '$12.6 billion')).toBe('revenue');
    expect(metricOf('Data center was 49% of revenue at AMD.', '49%')).toBe('share-of-revenue');
  });

  it('carries the metric to a figure that is "also" one (Chinese and English)', () => {
    expect(metricOf('2023财年英伟达数据中心收入已经达到475亿美元,第三财季单季也有184亿美元。', '184亿美元', '2024-03-01')).toBe('revenue.datacenter');
    expect(metricOf("Nvidia's data center revenue was $47.5 billion in fiscal 2024, and the fourth quarter alone also brought $18.4 billion.", '$18.4 billion', '2024-03-01')).toBe(
      'revenue.datacenter',
    );
  });

  it('reads "people every week" as weekly users', () => {
    expect(metricOf('ChatGPT now serves 400 million people every week.', '400 million people')).toBe('users.weekly');
    expect(metricOf('By its own count, ChatGPT reached 400 million users every week in February.', '400 million users')).toBe('users.weekly');
    // Every week, but not people using it: no measure of users.
    expect(metricOf('OpenAI ships about 3 new features every week.', '3')).not.toBe('users.weekly');
  });

  it('reads paid subscriptions (付费订阅) as paying users and monthly tokens as tokens processed', () => {
    expect(metricOf('GitHub Copilot的付费订阅在2024年底约为180万。', '180万')).toBe('users.paid');
    expect(metricOf('GitHub Copilot had about 1.8 million paid subscriptions at the end of 2024.', '1.8 million')).toBe('users.paid');
    expect(metricOf("Google's monthly tokens reached 480 trillion in May 2025.", '480 trillion')).toBe('usage.tokens');
    // A price of the subscription is money, which no count of users measures.
    expect(metricOf('ChatGPT的付费订阅每月20美元。', '20美元')).not.toBe('users.paid');
  });

  it('lets a bare number be a count of users or downloads', () => {
    expect(metricOf('ChatGPT的付费商业用户在6月达到300万。', '300万')).toBe('users.paid');
    expect(metricOf("ChatGPT's paying business users reached 3 million in June.", '3 million')).toBe('users.paid');
  });

  it('does not carry a metric across a clause without a continuation word', () => {
    expect(metricOf('英伟达数据中心收入为475亿美元,员工人数为3万。', '3万', '2024-03-01')).toBeUndefined();
  });
});

function periodOf(text: string, figure: string, date = '2025-03-01'): string | undefined {
  return analyzedClaim(text, figure, date)?.period?.value.label;
}

describe('a period in a later clause with a figure of its own is that figure\'s', () => {
  it('Chinese', () => {
    expect(periodOf('SK海力士2024年营收66.19万亿韩元;营业利润23.47万亿韩元,而2023年为亏损7.7万亿韩元。', '23.47万亿韩元')).toBe('2024');
    expect(periodOf('SK海力士2024年营收66.19万亿韩元;营业利润23.47万亿韩元,而2023年为亏损7.7万亿韩元。', '7.7万亿韩元')).toBe('2023');
  });

  it('English', () => {
    expect(periodOf('In 2024 AMD had revenue of $25.8 billion; its data center unit made $12.6 billion, while in 2023 it made $6.5 billion.', '$12.6 billion')).toBe('2024');
  });
});

describe('a clause that is only a period and a number continues the measure before it', () => {
  it('Chinese', () => {
    expect(metricOf('谷歌2023年资本开支323亿美元,2024年525亿美元。', '525亿美元')).toBe('capex');
  });

  it('English', () => {
    expect(metricOf('Alphabet capex was $32.3 billion in 2023; in 2024, $52.5 billion.', '$52.5 billion')).toBe('capex');
  });

  it('but not a clause with words of its own', () => {
    expect(metricOf('谷歌2023年资本开支323亿美元,员工人数2024年18万。', '18万')).toBeUndefined();
  });

  it('with a copula linking the period to the figure (Chinese)', () => {
    expect(metricOf('微软2024财年资本开支为557亿美元,2023财年为282亿美元。', '282亿美元')).toBe('capex');
    expect(metricOf('该应用累计下载量在3月10日达到500万次,3月3日时为200万次。', '200万次')).toBe('downloads');
  });

  it('with a copula linking the period to the figure (English)', () => {
    expect(metricOf('Alphabet capex was $52.5 billion in 2024; 2023 was $32.3 billion.', '$32.3 billion')).toBe('capex');
  });

  it('but not a copula clause that names its own subject or a part of the whole', () => {
    expect(metricOf('微软2024财年资本开支为557亿美元,员工为22万人。', '22万人')).toBeUndefined();
    expect(metricOf('微软2024财年营收为2451亿美元,其中云业务为1051亿美元。', '1051亿美元')).not.toBe('revenue');
  });
});
