/**
 * A figure that sizes one named deal (namedDeal.ts) is checked only against that deal's facts: another
 * deal's figure or the company's total neither contradicts it nor dates it. Bundled facts (OpenAI's
 * 10 GW with Broadcom, its ~30 GW of commitments).
 */
import { describe, expect, it } from 'vitest';
import { draftAnalysis, draftFindings } from '../../../helpers/draftFindings';

const verdictOf = (text: string, span: string, date: string) => draftAnalysis(text, date).claims.find((c) => c.quantity.text.startsWith(span))?.verdict;

describe('a deal named with its party is judged by that deal alone', () => {
  it('another party\'s deal and the company total do not contradict it (English)', () => {
    expect(draftFindings('The agreement signed this month commits OpenAI to 6 GW of AMD accelerators over several years.', '2025-10-20')).toEqual([]);
  });

  it('another party\'s deal and the company total do not contradict it (Chinese)', () => {
    expect(draftFindings('本月签署的协议让OpenAI承诺部署6吉瓦的AMD加速器。', '2025-10-20')).toEqual([]);
  });

  it('"with <party>" names the deal without a deal word', () => {
    expect(draftFindings('OpenAI will deploy 6 GW with AMD over several years.', '2025-10-20')).toEqual([]);
  });

  it('near miss: the named party\'s own deal still decides (a wrong size of the Broadcom deal)', () => {
    expect(verdictOf('The agreement signed this month commits OpenAI to 12 GW of Broadcom accelerators.', '12', '2025-10-20')).toBe('contradicted');
    expect(verdictOf('The agreement signed this month commits OpenAI to 10 GW of Broadcom accelerators.', '10', '2025-10-20')).toBe('supported');
  });

  it('near miss: with no party named the company\'s facts still decide', () => {
    expect(verdictOf('OpenAI has committed to about 30 GW of computing capacity in all.', '30', '2025-11-10')).toBe('supported');
  });
});
