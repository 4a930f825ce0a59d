/**
 * The spellings of a metric trigger (text/spellingVariants.ts): British and American endings, and a
 * compound written open, hyphenated or closed. Only changes that keep the word are made.
 */
import { describe, expect, it } from 'vitest';
import { spellingVariants } from '../../../server/src/core/text/spellingVariants';

describe('spelling variants of a trigger', () => {
  it('an open compound is also hyphenated and closed, in either -er/-re spelling', () => {
    expect(new Set(spellingVariants('data center'))).toEqual(new Set(['data center', 'data-center', 'datacenter', 'data centre', 'data-centre', 'datacentre']));
  });

  it('-ise and -ize, either way round', () => {
    expect(spellingVariants('annualized')).toEqual(['annualized', 'annualised']);
    expect(spellingVariants('market capitalisation')).toContain('market capitalization');
  });

  it('the phrase itself comes first', () => {
    expect(spellingVariants('data-center revenue')[0]).toBe('data-center revenue');
  });

  it('keeps the case of the letters it swaps', () => {
    expect(spellingVariants('Data Center segment')).toContain('Data Centre segment');
  });

  it('leaves short words and other endings alone', () => {
    expect(spellingVariants('rise')).toEqual(['rise']);
    expect(spellingVariants('size')).toEqual(['size']);
    expect(spellingVariants('per')).toEqual(['per']);
    expect(spellingVariants('for')).toEqual(['for']);
  });

  it('joins two words only when both are words of three letters or more', () => {
    expect(spellingVariants('put in')).not.toContain('putin');
    expect(spellingVariants('bet on')).not.toContain('beton');
    expect(spellingVariants('top line')).toContain('topline');
  });

  it('leaves Chinese and phrases with digits or marks as written', () => {
    expect(spellingVariants('数据中心收入')).toEqual(['数据中心收入']);
    expect(spellingVariants('per 1M input tokens')).toEqual(['per 1M input tokens']);
  });
});
