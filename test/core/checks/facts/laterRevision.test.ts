/**
 * A revision of a guidance given after the draft's date guides the same period: it is not "another
 * period" (verdicts/laterRevision.ts), and a wrong-period message never sets two periods that read the
 * same against each other (periodContrast.ts). Bundled facts: Alphabet's 2025 capex guidance, ~$75B
 * (Feb 2025), $85B (Jul 2025), $91–93B (Oct 2025); its 2024 capex, $52.5B.
 */
import { describe, expect, it } from 'vitest';
import type { Fact, Period } from '../../../../server/src/core/model';
import { draftAnalysis } from '../../../helpers/draftFindings';
import { flagged } from '../../../helpers/flagged';
import { contrastedPeriods } from '../../../../server/src/core/checks/facts/periodContrast';

const EARLY_2025 = '2025-02-10';

function verdictOf(text: string, figure: string, date: string): { verdict?: string; findings: string[] } {
  const a = draftAnalysis(text, date);
  const findings = a.findings.filter((f) => f.text === figure).map((f) => `${f.verdict} ${f.severity}`);
  return { verdict: a.claims.find((c) => c.quantity.text === figure)?.verdict, findings };
}

describe('a figure that meets only a revision given after the draft', () => {
  it('is no wrong period, even at information level, when the heading dates it (en)', () => {
    const { verdict, findings } = verdictOf('# Capex in 2025\n\nSpending keeps climbing. Alphabet alone has guided to about $100 billion.', '$100 billion', EARLY_2025);
    expect(findings).toEqual([]);
    expect(verdict).toBe('unverifiable');
  });

  it('is not supported by it either when the sentence names the year (en and zh)', () => {
    for (const [text, figure] of [
      ['Alphabet alone has guided to about $100 billion of capex for 2025.', '$100 billion'],
      ['谷歌预计2025年资本开支约为920亿美元。', '920亿美元'],
    ]) {
      const a = draftAnalysis(text, EARLY_2025);
      expect(a.findings.filter((f) => f.text === figure).map((f) => f.verdict)).toEqual([]);
      expect(a.claims.find((c) => c.quantity.text === figure)?.verdict).toBe('unverifiable');
    }
  });
});

describe('near misses: what the guidance rules exist for still holds', () => {
  it('once the revision is known, the same figure is supported (en and zh)', () => {
    expect(flagged('Alphabet alone has guided to about $92 billion of capex for 2025.', '2025-11-15')).toEqual([]);
    expect(flagged('谷歌预计2025年资本开支约为920亿美元。', '2025-11-15')).toEqual([]);
  });

  it('a revision replaced by one known at the draft\'s date is stale', () => {
    expect(flagged('Alphabet plans about $75 billion of capex this year.', '2025-08-01')).toEqual(['$75 billion fact.stale']);
  });

  it("another year's actual figure is still another period's", () => {
    expect(flagged("Alphabet's capex was $52.5 billion in 2023.", '2025-02-10')).toEqual(['$52.5 billion fact.wrong-period']);
  });
});

describe('a wrong-period message names what differs', () => {
  const year: Period = { start: '2025-01-01', end: '2025-12-31', label: '2025' };
  const fact = (period: Period, issued?: string) => ({ period, ...(issued ? { issued } : {}) }) as unknown as Fact;

  it('labels that differ are printed as they are', () => {
    expect(contrastedPeriods(year, fact({ start: '2024-01-01', end: '2024-12-31', label: 'calendar 2024' }), 'en')).toEqual({ period: '2025', otherPeriod: 'calendar 2024' });
  });

  it('one span guided twice: the date the guidance was given, in English and Chinese', () => {
    const revision = fact({ ...year, label: '2025 (guided Oct 2025)' }, '2025-10');
    const en = contrastedPeriods(year, revision, 'en');
    expect(en.otherPeriod).toContain('2025-10');
    expect(en.period).not.toEqual(en.otherPeriod);
    const zh = contrastedPeriods(year, revision, 'zh-cn');
    expect(zh.otherPeriod).toContain('2025-10');
    expect(zh.period).not.toEqual(zh.otherPeriod);
  });

  it('two spans with one label: their dates', () => {
    const fiscal = fact({ start: '2024-02-01', end: '2025-01-31', label: '2025' });
    expect(contrastedPeriods(year, fiscal, 'en')).toEqual({ period: '2025 (2025-01-01 to 2025-12-31)', otherPeriod: '2025 (2024-02-01 to 2025-01-31)' });
  });
});
