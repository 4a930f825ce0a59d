/**
 * A round's new money as a share of the company or its value (stakes.ts, newMoneyShare.ts): "put new money at
 * 20% of the valuation", "新钱占投后估值的15%", "本轮新股约占公司的15%", and a round's raise written again.
 */
import { describe, it } from 'vitest';
import { expectRelations, type RelationCase as Case } from './relationCase';

const run = (c: Case) => expectRelations(c, '2025-06-01');

describe('the share a round’s new money is', () => {
  it.each<[string, Case]>([
    ['en, "of the valuation" with the new money named, wrong', { text: 'Its $200 million round at $2 billion in May 2024 put new money at 25% of the valuation.', flagged: ['25%'] }],
    ['en, "of the valuation" with the new money named, right', { text: 'Its $200 million round at $2 billion in May 2024 put new money at about 10% of the valuation.', consistent: ['10%'] }],
    ['en, the pointer after "Put differently", wrong', { text: 'The fund bought in at $40 billion. The June round, $25 billion at a $250 billion post-money valuation, lifted that mark sixfold. Put differently, the new money bought roughly 25% of the company.', flagged: ['25%'] }],
    ['en, the pointer after "In other words", right', { text: 'The lab raised $25 billion at a $250 billion post-money valuation. In other words, the new money bought about 10% of the company.', consistent: ['10%'] }],
    ['zh, two rounds, the new money of the last one, wrong', { text: '某公司去年5月以800亿美元估值融资40亿美元，今年2月以2500亿美元估值融资250亿美元，新钱占投后估值的18%。', flagged: ['18%'] }],
    ['zh, two rounds, the new money of the last one, right', { text: '某公司去年5月以800亿美元估值融资40亿美元，今年2月以2500亿美元估值融资250亿美元，新钱占投后估值的10%。', consistent: ['10%'] }],
    ['zh, 按…的投后估值算, wrong', { text: 'D轮24亿美元，按400亿美元的投后估值算，新投资人拿到约9%的股份。', flagged: ['9%'] }],
    ['zh, 按…的投后估值算, right', { text: 'D轮24亿美元，按400亿美元的投后估值算，新投资人拿到约6%的股份。', consistent: ['6%'] }],
    ['zh, a named round then 投后估值, pointed back at, wrong', { text: '某公司宣布完成8亿美元 B轮融资，投后估值40亿美元，老股东跟投。按此计算，本轮新股约占公司的30%。', flagged: ['30%'] }],
    ['zh, a named round then 投后估值, pointed back at, right', { text: '某公司宣布完成8亿美元B轮融资，投后估值40亿美元，老股东跟投。按此计算，本轮新股约占公司的20%。', consistent: ['20%'] }],
    ['zh, the raise written again two sentences on, wrong', { text: '某公司完成9亿美元C轮融资，投后估值60亿美元。两年前，它以约20亿美元的投后估值融资约4亿美元。估值因此涨了两倍。这轮9亿美元约占投后估值的25%。', flagged: ['25%'] }],
    ['zh, the raise written again two sentences on, right', { text: '某公司完成9亿美元C轮融资，投后估值60亿美元。两年前，它以约20亿美元的投后估值融资约4亿美元。估值因此涨了两倍。这轮9亿美元约占投后估值的15%。', consistent: ['15%'] }],
  ])('%s', (_, c) => run(c));

  it.each<[string, Case]>([
    ['en, a share of the valuation whose clause names no new money', { text: 'Its $200 million round at $2 billion in May 2024 came when revenue was about 25% of the valuation.' }],
    ['en, a share of a pre-money value', { text: 'The lab raised $25 billion at a $250 billion valuation. In other words, the new money is about 25% of the pre-money value.' }],
    ['zh, two rounds, a share no new money owns', { text: '某公司去年5月以800亿美元估值融资40亿美元，今年2月以2500亿美元估值融资250亿美元，员工期权约占投后估值的18%。' }],
    ['zh, the raise written again matches two rounds', { text: '某公司完成9亿美元C轮融资，投后估值60亿美元。两年前，它融资9亿美元，投后估值20亿美元。估值因此涨了两倍。这轮9亿美元约占投后估值的25%。' }],
    ['zh, the raise written again as a share of another measure', { text: '某公司完成9亿美元C轮融资，投后估值60亿美元。两年前，它以约20亿美元的投后估值融资约4亿美元。估值因此涨了两倍。这轮9亿美元约占其收入的25%。' }],
  ])('not flagged: %s', (_, c) => run(c));
});
