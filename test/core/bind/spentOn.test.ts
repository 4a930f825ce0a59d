/**
 * Money spent is measured by what it bought (bind/spentOn.ts): a spending verb right before the figure
 * ("spent", 投入, 花了) and, in the sentence, the purchase words of one metric (`spentOn` in
 * data/metrics.yaml: servers and data centres are capital spending, training is a training cost).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const claimOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-06-01');
const metricOf = (text: string, figure: string) => claimOf(text, figure)?.metric?.value;

describe('spending on servers and data centres is capex', () => {
  it('English: the purchase may follow in another clause', () => {
    const c = claimOf('Alphabet spent about $32.3 billion in 2023, the bulk of it on servers.', '$32.3 billion');
    expect(c?.metric?.value).toBe('capex');
    expect(c?.verdict).toBe('supported');
  });

  it('English: a figure of another year is a wrong period', () => {
    expect(claimOf('In 2023 Alphabet spent $52.5 billion on new data centers.', '$52.5 billion')?.verdict).toBe('wrong-period');
  });

  it('Chinese: 在…上投入', () => {
    const c = claimOf('2024年,谷歌在数据中心和服务器上投入了525亿美元。', '525亿美元');
    expect(c?.metric?.value).toBe('capex');
    expect(c?.verdict).toBe('supported');
    expect(claimOf('2023年,谷歌在服务器上投入了525亿美元。', '525亿美元')?.verdict).toBe('wrong-period');
    // 主要 ("mostly") is no plan (要 alone would be).
    expect(metricOf('2024年,谷歌主要在服务器上投入了525亿美元。', '525亿美元')).toBe('capex');
  });

  it('not without a purchase the base files under one metric', () => {
    expect(metricOf('Alphabet spent $52.5 billion in 2023.', '$52.5 billion')).toBeUndefined();
    expect(metricOf('谷歌2023年一共花了525亿美元。', '525亿美元')).toBeUndefined();
    // Two purchases of two measures name neither.
    expect(metricOf('Alphabet spent $52.5 billion on servers and on training its models.', '$52.5 billion')).toBeUndefined();
  });

  it('not for a plan: a plan is a guidance, filed apart', () => {
    expect(metricOf('Alphabet will spend $75 billion on servers in 2025.', '$75 billion')).not.toBe('capex');
    expect(metricOf('阿里巴巴计划未来三年在云基础设施上投入3800亿元。', '3800亿元')).not.toBe('capex');
  });

  it('not across another amount: the purchase belongs to the nearer one', () => {
    expect(metricOf('Alphabet spent $2 billion on ads, while another $52.5 billion went to servers.', '$2 billion')).toBeUndefined();
    expect(metricOf('Alphabet spent $52.5 billion on servers and $2 billion on ads.', '$52.5 billion')).toBe('capex');
  });

  it('a purchase that is also a trigger word is still a purchase: spending is not data-center revenue', () => {
    expect(metricOf('Alphabet spent $52.5 billion on data centers in 2024.', '$52.5 billion')).toBe('capex');
    expect(metricOf('Nvidia made $47.5 billion from data centers in fiscal 2024.', '$47.5 billion')).not.toBe('capex');
  });

  it('not over a trigger word of the figure’s own clause', () => {
    expect(metricOf('Alphabet spent $45 billion on R&D and servers in 2023.', '$45 billion')).toBe('rd-expense');
  });

  it('only money', () => {
    expect(metricOf('Alphabet spent 40% of its budget on servers.', '40%')).toBeUndefined();
  });
});

describe('spending on training is a training cost', () => {
  it('Chinese: 训练只花了', () => {
    expect(metricOf('DeepSeek-V3的最终训练只花了约557.6万美元。', '557.6万美元')).toBe('cost.training');
  });

  it('English', () => {
    expect(metricOf('DeepSeek spent $5.6 million on the final training run of V3.', '$5.6 million')).toBe('cost.training');
  });
});

describe('spending planned is the forecast of what it buys', () => {
  it('English: planned data-centre spending is capex guidance, judged against the plan on record', () => {
    const c = claimOf('Microsoft plans to spend $80 billion on AI data centers in fiscal 2025.', '$80 billion');
    expect(c?.metric?.value).toBe('capex.guidance');
    expect(c?.verdict).toBe('supported');
    expect(claimOf('In fiscal 2024 Microsoft planned to spend $80 billion on AI data centers.', '$80 billion')?.verdict).toBe('wrong-period');
  });

  it('Chinese: 计划在…上投入', () => {
    const c = claimOf('微软计划在2025财年在AI数据中心上投入800亿美元。', '800亿美元');
    expect(c?.metric?.value).toBe('capex.guidance');
    expect(c?.verdict).toBe('supported');
    expect(claimOf('微软2024财年计划在AI数据中心上投入800亿美元。', '800亿美元')?.verdict).toBe('wrong-period');
    expect(claimOf('微软在2025财年计划在AI数据中心上投入约800亿元。', '800亿元')?.verdict).toBe('wrong-currency');
  });

  it('near miss: a plan of a purchase no metric forecasts names no measure', () => {
    expect(metricOf('DeepSeek intends to spend $6 million on training its next model.', '$6 million')).toBeUndefined();
    expect(metricOf('DeepSeek计划在下一个模型的训练上投入600万美元。', '600万美元')).toBeUndefined();
  });

  it('near miss: spending done stays capex, not its guidance', () => {
    expect(metricOf('Microsoft spent $55.7 billion on data centers in fiscal 2024.', '$55.7 billion')).toBe('capex');
  });

  it('超 right before the amount is a hedge of the spending verb (投入超700亿元), as 超过 is', () => {
    expect(metricOf('腾讯去年在数据中心上投入超700亿元。', '700亿元')).toBe('capex');
  });
});
