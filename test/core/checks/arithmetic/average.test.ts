/**
 * A total spread evenly over a written stretch of time ("未来三年投入3800亿元，平均每年约…", "$300 billion over
 * five years, about $60 billion a year", "…价值3000亿美元。按5年平均，每年约…"): the per-period amount is checked
 * against total ÷ periods (average.ts).
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('an average per year of a written total', () => {
  it.each<[string, Case]>([
    ['zh, 平均每年, wrong', { text: '公司宣布未来三年投入3800亿元，平均每年约1500亿元。', flagged: ['1500亿元'] }],
    ['zh, 平均每年, right', { text: '公司宣布未来三年投入3800亿元，平均每年约1270亿元。', consistent: ['1270亿元'] }],
    ['zh, 按N年平均 after the total, wrong', { text: '甲骨文合同价值3000亿美元，双方并未确认细节。按5年平均，每年约500亿美元。', flagged: ['500亿美元'] }],
    ['zh, 按N年平均 after the total, right', { text: '甲骨文合同价值3000亿美元，双方并未确认细节。按5年平均，每年约600亿美元。', consistent: ['600亿美元'] }],
    ['en, over five years, wrong', { text: 'OpenAI agreed to buy $300 billion of computing power over five years, about $80 billion a year.', flagged: ['$80 billion'] }],
    ['en, over five years, right', { text: 'OpenAI agreed to buy $300 billion of computing power over five years, about $60 billion a year.', consistent: ['$60 billion'] }],
    ['en, averaging, wrong', { text: 'The company will spend $90 billion over three years, averaging $45 billion a year.', flagged: ['$45 billion'] }],
    ['zh, the stretch written twice, wrong', { text: '公司计划在未来五年里投入约500亿元，五年下来平均每年约150亿元。', flagged: ['150亿元'] }],
    ['zh, the stretch written twice, right', { text: '公司计划在未来五年里投入约500亿元，五年下来平均每年约100亿元。', consistent: ['100亿元'] }],
    ['zh, an amount per data centre is no total, wrong', { text: '公司计划在未来五年里投入约500亿元，平均每座数据中心约20亿元，五年下来平均每年约150亿元。', flagged: ['150亿元'] }],
    ['en, in N days, restated per day, wrong', { text: 'The cluster grew to 9,000 GPUs in 30 days, or about 400 GPUs a day.', flagged: ['400 GPUs'] }],
    ['en, in N days, restated per day, right', { text: 'The cluster grew to 9,000 GPUs in 30 days, or about 300 GPUs a day.', consistent: ['300 GPUs'] }],
    ['en, a product count and the plain noun, wrong', { text: 'The lab went from nothing to 60,000 B200 GPUs in 100 days — roughly 900 GPUs a day.', flagged: ['900 GPUs'] }],
    ['en, the averaging subject names the deal of the sentence before, wrong', { text: 'The company signed a four-year cloud contract worth $12 billion. The contract averages about $4 billion a year.', flagged: ['$4 billion'] }],
    ['en, the averaging subject names the deal of the sentence before, right', { text: 'The company signed a four-year cloud contract worth $12 billion. The contract averages about $3 billion a year.', consistent: ['$3 billion'] }],
    ['en, "That\'s … a year on average" after the total and stretch, wrong', { text: 'Acme agreed to buy $300 billion of cloud capacity over five years starting in 2027. That\'s $75 billion a year on average.', flagged: ['$75 billion'] }],
    ['en, "That\'s … a year on average", right', { text: 'Acme agreed to buy $300 billion of cloud capacity over five years starting in 2027. That\'s $60 billion a year on average.', consistent: ['$60 billion'] }],
    ['en, "On average, that works out to", wrong', { text: 'The group committed $90 billion to data centres over three years. On average, that works out to about $45 billion a year.', flagged: ['$45 billion'] }],
    ['en, "That is … a year of" what it is, wrong', { text: 'Globex signed with a hyperscaler for $20 billion over four years, or up to $24 billion with options. That is $7 billion a year of contracted revenue.', flagged: ['$7 billion'] }],
    ['en, "That is … a year of" what it is, right', { text: 'Globex signed with a hyperscaler for $20 billion over four years. That is $5 billion a year of contracted revenue.', consistent: ['$5 billion'] }],
    ['en, "Spread evenly," the subject names the total, wrong', { text: 'Acme signed a $16 billion, four-year contract with Globex and took $200 million of its shares; a later deal added $3 billion. Spread evenly, the first contract is worth about $5 billion a year.', flagged: ['$5 billion'] }],
    ['en, "Spread evenly," the subject names the total, right', { text: 'Acme signed a $16 billion, four-year contract with Globex and took $200 million of its shares. Spread evenly, the first contract is worth about $4 billion a year.', consistent: ['$4 billion'] }],
    ['zh, N年摊下来 restating the stretch before, wrong', { text: '公司宣布未来三年投入3000亿元建设算力中心。三年摊下来，平均每年约1500亿元。', flagged: ['1500亿元'] }],
    ['zh, N年摊下来 restating the stretch before, right', { text: '公司宣布未来三年投入3000亿元建设算力中心。三年摊下来，平均每年约1000亿元。', consistent: ['1000亿元'] }],
    ['zh, 平均下来 opening the sentence, wrong', { text: '公司宣布未来三年投入3000亿元建设算力中心。平均下来，每年约1500亿元。', flagged: ['1500亿元'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['an open total ("超过")', { text: '公司宣布未来三年投入超过3800亿元，平均每年约1500亿元。' }],
    ['no averaging word', { text: 'Revenue was $12 billion over the past two years and is now growing about $9 billion a year.' }],
    ['a stretch in months for a yearly figure', { text: 'The company will spend $90 billion over 18 months, averaging $45 billion a year.' }],
    ['two stretches of time', { text: 'The company will spend $90 billion over three years, after two years of planning, averaging $45 billion a year.' }],
    ['zh, the total in the previous sentence but no opening 按', { text: '合同价值3000亿美元。公司5年来平均每年收入约500亿美元。' }],
    ['en, in N days, then a rate of its own', { text: 'The lab trained on 3,000 chips in 60 days, and now adds 80 chips a day.' }],
    ['en, the averaging subject names something else', { text: 'The company signed a four-year cloud contract worth $12 billion. Its revenue averages about $4 billion a year.' }],
    ['en, "That\'s … a year" goes on to say something else', { text: 'Acme agreed to buy $300 billion of cloud capacity over five years. That\'s $80 billion a year more than its rival spends.' }],
    ['en, no pointer opening', { text: 'Acme agreed to buy $300 billion of cloud capacity over five years. Its rival spends $80 billion a year on average.' }],
    ['en, the pointer opens another list item', { text: '- Acme agreed to buy $300 billion of cloud capacity over five years.\n- That\'s $75 billion a year on average.\n' }],
    ['en, "Spread evenly," but the subject names no amount before', { text: 'Acme signed a $16 billion, four-year contract with Globex. Spread evenly, the hiring plan is worth about $5 billion a year.' }],
    ['zh, N年摊下来 but the sentence before wrote no such stretch', { text: '公司去年投入3000亿元建设算力中心。三年摊下来，平均每年约1500亿元。' }],
  ])('not flagged: %s', (_, c) => run(c));
});
