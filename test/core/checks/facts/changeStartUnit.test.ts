/**
 * The unit a dated change's prices are quoted in may stand between the starting pair and "to" ("from $10 /
 * $40 per million input/output tokens to $2 / $8"): the starting figures are still the level before the
 * change's date (checks/facts/judge.ts startsChange, PER_UNIT). Bundled facts: o3 listed at $10 / $40 from
 * launch on 2025-04-16, cut to $2 / $8 on 2025-06-10.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const D = '2025-07-20';

describe('the quoting unit before "to" does not hide a change’s start', () => {
  it('"from $A / $B per million … tokens to $C / $D" on a dated day', () => {
    expect(draftFindings('OpenAI moved o3 on 10 June from $10 / $40 per million input/output tokens to $2 / $8, a fifth of the old list.', D)).toEqual([]);
    expect(draftFindings('On 10 June the o3 input price went from $10 per 1M tokens to $2.', D)).toEqual([]);
  });

  it('near miss: the old price said as the price of that day, unit and all, is still another period’s', () => {
    expect(draftFindings('On 10 June 2025 o3 was priced at $10 per million input tokens.', D)).toEqual(['$10 fact.wrong-period warning']);
  });
});
