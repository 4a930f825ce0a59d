/**
 * A share whose whole is named by its measure ("of the quarter's revenue", 占当季营收的) is checked against
 * the one figure of that measure its paragraph states for the share's company and period; the part is
 * the amount the share restates (shareOfBoundWhole.ts). The figures are invented, so no recorded fact
 * stands in for an operand: only the draft's own numbers decide.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2024-06-01');

describe('a share of a whole named by its measure', () => {
  it.each<[string, Case]>([
    ['en, whole in the sentence, wrong', { text: "In the third quarter of 2023 AMD's revenue was $6.2 billion, of which data center was $1.9 billion, or 40% of the quarter's revenue.", flagged: ['40%'] }],
    ['en, whole in the sentence, right', { text: "In the third quarter of 2023 AMD's revenue was $6.2 billion, of which data center was $1.9 billion, or 31% of the quarter's revenue.", consistent: ['31%'] }],
    ['en, right by the author\'s rounding', { text: "In the third quarter of 2023 AMD's revenue was $6.2 billion, of which data center was $1.9 billion, or about 30% of the quarter's revenue.", consistent: ['30%'] }],
    ['en, of total sales, wrong', { text: 'In the third quarter of 2023 AMD had sales of $6.2 billion; gaming brought in $1.5 billion, or 35% of total sales.', flagged: ['35%'] }],
    ['en, whole in the sentence before, wrong', { text: "# AMD\n\nAMD's revenue in 2022 was $23.6 billion. Data center did $6.5 billion in 2023, a little more than 2022's $6.0 billion, which had itself been 35% of that year's revenue.", flagged: ['35%'] }],
    ['zh, 占当季营收的, wrong', { text: '2023年第三季度AMD营收62亿美元，环比增长8%；其中数据中心19亿美元，占当季营收的40%。', flagged: ['40%'] }],
    ['zh, 占当季营收的, right', { text: '2023年第三季度AMD营收62亿美元，环比增长8%；其中数据中心19亿美元，占当季营收的31%。', consistent: ['31%'] }],
    ['zh, whole in the sentence before, wrong', { text: '# AMD\n\nAMD 2022年营收236亿美元。2023年数据中心收入65亿美元，略高于2022年的60亿美元，后者占当年营收的35%。', flagged: ['35%'] }],
    ['zh, whole in the sentence before, right', { text: '# AMD\n\nAMD 2022年营收236亿美元。2023年数据中心收入65亿美元，略高于2022年的60亿美元，后者占当年营收的25%。', consistent: ['25%'] }],
    ['zh, the whole named with its company, wrong', { text: '2023年第三季度超威营收62亿美元，其中数据中心19亿美元，占超威营收的40%。', flagged: ['40%'] }],
    ['en, the whole stated, a baseline after the share, wrong', { text: "In the third quarter of 2023 AMD's revenue was $6.2 billion, of which data center was $1.9 billion, or 40% of the quarter's revenue, up from $1.6 billion a year earlier.", flagged: ['40%'] }],
    ['zh, undated share and whole in one sentence, wrong', { text: '第三季度AMD营收62亿美元；其中数据中心19亿美元，占公司总收入的40%。', flagged: ['40%'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en, two quarters\' revenue, the share undated (right for the first)', { text: "AMD's revenue was $5.4 billion in the second quarter of 2023 and $6.2 billion in the third quarter of 2023. Data center was $1.9 billion, or 35% of revenue." }],
    ['en, the only revenue figure is another quarter\'s', { text: "AMD's revenue was $5.4 billion in the second quarter of 2023. In the third quarter of 2023 data center was $1.9 billion, or 40% of the quarter's revenue." }],
    ['en, a share of a narrower whole', { text: "In the third quarter of 2023 AMD's revenue was $6.2 billion and its data-center revenue $1.9 billion, and 85% of data-center revenue came from cloud customers." }],
    ['en, a share of growth, not of revenue', { text: "In the third quarter of 2023 AMD's revenue was $6.2 billion, up $0.8 billion, or 40% of the year's revenue growth." }],
    ['zh, two quarters\' revenue, the share undated (right for the first)', { text: '# AMD\n\n2023年第二季度AMD营收54亿美元，第三季度营收62亿美元。数据中心19亿美元，占当季营收的35%。' }],
    ['zh, a share of a narrower whole', { text: '2023年第三季度超威营收62亿美元，其中数据中心19亿美元，占海外营收的40%。' }],
    ['en, a share of a whole narrowed by a word', { text: "In the third quarter of 2023 AMD's revenue was $6.2 billion, of which data center was $1.9 billion, or 40% of hyperscaler revenue." }],
    ['zh, a share of growth, not of revenue', { text: '2023年第三季度AMD营收62亿美元；其中数据中心19亿美元，占营收增长的40%。' }],
    ['en, the part\'s earlier level after "up from" is no whole', { text: '# AMD and the calendar 2023 trap\n\nData center for the year was $6.5 billion, or about 28% of sales, up from $6.0 billion in 2022.' }],
    ['en, the part\'s earlier level after "versus" is no whole', { text: '# AMD and the calendar 2023 trap\n\nData center for the year was $6.5 billion, or about 28% of sales, versus $6.0 billion in 2022.' }],
    ['zh, the part\'s earlier level after 较 is no whole', { text: '# AMD 2023年\n\n全年数据中心收入65亿美元，约占营收的28%，较2022年的60亿美元有所增长。' }],
  ])('not flagged: %s', (_, c) => run(c));
});
