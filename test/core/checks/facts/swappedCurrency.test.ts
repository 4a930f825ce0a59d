/**
 * A money figure nothing else decided, whose number as written is exactly a figure its company (or a
 * company it belongs to, or one of its products) has on record in another currency, and none in the
 * written one, has its currency swapped, whatever metric and period the binder read (swappedCurrency.ts).
 * Bundled facts: Alibaba's three-year AI plan of over ¥380B; OpenAI's projected $115B cash burn through
 * 2029; Meta and Blue Owl's ~$27B Hyperion financing; Nvidia's ~$5.5B H20 charge; Nvidia's $2T market cap.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-11-01';

describe('another currency’s figure of the company, digit for digit', () => {
  it('Chinese: a plan in yuan written in dollars, and a burn in dollars written in yuan', () => {
    expect(draftFindings('阿里巴巴宣布未来三年投入3800亿美元建设AI基础设施。', DATE)).toEqual(['3800亿美元 fact.wrong-currency warning']);
    expect(draftFindings('据报道，OpenAI预计到2029年累计烧钱1150亿元。', DATE)).toEqual(['1150亿元 fact.wrong-currency warning']);
    expect(draftFindings('英伟达为H20库存计提约55亿元费用。', DATE)).toEqual(['55亿元 fact.wrong-currency warning']);
  });

  it('English: the same slips, whatever the metric word reads as', () => {
    expect(draftFindings('Alibaba pledged $380 billion over three years for cloud and AI infrastructure.', DATE)).toEqual(['$380 billion fact.wrong-currency warning']);
    expect(draftFindings('OpenAI expects to burn ¥115 billion through 2029.', DATE)).toEqual(['¥115 billion fact.wrong-currency warning']);
    expect(draftFindings('Meta and Blue Owl agreed about ¥27 billion of financing for the Hyperion site.', DATE)).toEqual(['¥27 billion fact.wrong-currency warning']);
  });

  it('the figure in its own currency is silent', () => {
    expect(draftFindings('阿里巴巴宣布未来三年投入3800亿元建设AI基础设施。', DATE)).toEqual([]);
    expect(draftFindings('OpenAI expects to burn $115 billion through 2029.', DATE)).toEqual([]);
  });

  it('near miss: a sentence that converts currencies states the other amount on purpose', () => {
    expect(draftFindings('英伟达这一年的采购承诺，按年均汇率7.2折算，约合2万亿元。', DATE)).toEqual([]);
    expect(draftFindings('At an exchange rate of 7.1, OpenAI’s burn comes to about ¥115 billion a year by then.', DATE)).toEqual([]);
  });

  it('near miss: a one-digit round number against another measure’s figure is a coincidence', () => {
    expect(draftFindings('英伟达这一年的采购承诺约为2万亿元。', DATE)).toEqual([]);
    expect(draftFindings('Nvidia’s purchase commitments came to about ¥2 trillion.', DATE)).toEqual([]);
  });
});
