/**
 * "have" before a past participle is an auxiliary, not the measure word of holding (bind/auxiliaryHave.ts).
 */
import { describe, expect, it } from 'vitest';
import { isAuxiliaryHave } from '../../../server/src/core/bind/auxiliaryHave';
import { flaggedClaim } from './flaggedClaim';

const after = (text: string, trigger: string) => isAuxiliaryHave(text, trigger, text.indexOf(trigger) + trigger.length);

describe('isAuxiliaryHave', () => {
  it('reads "have" before a participle as an auxiliary', () => {
    expect(after('Oracle\'s 40,000 would have cost about $1 billion.', 'have')).toBe(true);
    expect(after('By then they will have spent $2 billion.', 'will have')).toBe(true);
    expect(after('The lab has already bought 20,000 chips.', 'has')).toBe(true);
  });

  it('near misses: "have" as a verb of holding', () => {
    expect(after('Oracle aims to have 40,000 GPUs by December.', 'have')).toBe(false);
    expect(after('By December they will have 40,000 GPUs.', 'will have')).toBe(false);
    expect(after('They own 40,000 GPUs.', 'own')).toBe(false);
  });
});

describe('a count before "would have cost"', () => {
  it('is not bound as GPUs targeted to own', () => {
    const text = 'Tencent bought about 50,000 H100s in 2023. Tencent\'s 50,000 would have cost $1.5 billion at list price.';
    expect(flaggedClaim(text, '50,000', '2025-03-01').claim?.metric?.value).not.toBe('gpus.owned-target');
  });
});
