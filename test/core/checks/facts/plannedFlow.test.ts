/**
 * A deal's money flows after the deal is made (checks/facts/plannedFlow.ts): a year after the draft's
 * date on an investment is when the money is planned to move, not a wrong date for the deal. Bundled
 * facts: Nvidia's letter of intent (2025-09-22) to invest up to $100 billion in OpenAI.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const informationToo = ['error', 'warning', 'information'] as const;
const DATE = '2025-11-20';

describe('an investment planned for a year after the draft', () => {
  it('is not the deal of another period (zh, en)', () => {
    expect(draftFindings('英伟达将在2027年向OpenAI投资1000亿美元。', DATE, informationToo)).toEqual([]);
    expect(draftFindings('Nvidia will invest $100 billion in OpenAI in 2027.', DATE, informationToo)).toEqual([]);
  });

  it('near miss: a past year before the deal was made is still its wrong period', () => {
    expect(draftFindings('In 2023 Nvidia invested $100 billion in OpenAI.', DATE)).toEqual(['$100 billion fact.wrong-period warning']);
  });
});
