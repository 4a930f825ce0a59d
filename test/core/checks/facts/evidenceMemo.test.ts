/**
 * A fact's evidence (what a finding and a hover show of it) is made once per fact, locale and fact base,
 * and the same for every claim that names it: a cold check of a long report no longer formats the same
 * fact for each finding.
 */
import { describe, expect, it } from 'vitest';
import { evidenceOf } from '../../../../server/src/core/checks/facts/findings';
import { bundledFacts } from '../../../helpers/facts';

describe('evidenceOf', () => {
  const kb = bundledFacts();
  const fact = kb.facts.find((f) => f.value !== undefined && f.unit === 'USD')!;

  it('gives one object per fact, locale and fact base, equal to what it gives on first use', () => {
    const first = evidenceOf(fact, 'en', kb);
    expect(evidenceOf(fact, 'en', kb)).toBe(first);
    expect(first.factId).toBe(fact.id);
    expect(first.value).toMatch(/^\$/);
  });

  it('near miss: another locale, or no fact base, is its own evidence', () => {
    const en = evidenceOf(fact, 'en', kb);
    const zh = evidenceOf(fact, 'zh-cn', kb);
    expect(zh).not.toBe(en);
    expect(zh.value).toMatch(/美元$/);
    expect(evidenceOf(fact, 'en')).not.toBe(en);
    expect(evidenceOf(fact, 'en')).toEqual(evidenceOf(fact, 'en'));
  });
});
