/**
 * A level a speaker states on a call is the level as of the call: "said on its July call", "7月的财报电话会
 * 上" date a users count, not a flow (revenue told on a call was earned before it) and not a call merely
 * mentioned ("ahead of the July call"). Bundled facts: the Gemini app's monthly users, 450 million for
 * Q2 2025 (reported July 2025) and 650 million for Q3 2025 (reported October 2025).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { draftFindings } from '../../helpers/draftFindings';
import { datesCallStatement } from '../../../server/src/core/bind/callMonth';

const DATE = '2025-11-20';

describe('a level stated on a dated call', () => {
  it('another quarter\'s figure is a wrong period (English and Chinese)', () => {
    expect(draftFindings('Pichai said on the July earnings call that the Gemini app had 650 million monthly users.', DATE)).toEqual([
      '650 million monthly users fact.wrong-period warning',
    ]);
    // A call named after the figure may be another figure's date: information only (dateGovernance).
    expect(draftFindings('The Gemini app had 650 million monthly users, Pichai said on the July earnings call.', DATE)).toEqual([]);
    expect(draftFindings('7月的财报电话会上，皮查伊说Gemini应用月活6.5亿。', DATE)).toEqual(['6.5亿 fact.wrong-period warning']);
  });

  it('the figure stated on that call is silent', () => {
    expect(draftFindings('Pichai said on the July earnings call that the Gemini app had 450 million monthly users.', DATE)).toEqual([]);
    expect(draftFindings('7月的财报电话会上，皮查伊说Gemini应用月活4.5亿。', DATE)).toEqual([]);
    expect(analyzedClaim('7月的财报电话会上，皮查伊说Gemini应用月活4.5亿。', '4.5亿', DATE)?.period?.value.label).toBe('Jul 2025');
  });

  it('a call only mentioned dates nothing', () => {
    expect(analyzedClaim('Ahead of the July call, the Gemini app had 650 million monthly users.', '650 million monthly users', DATE)?.period).toBeUndefined();
    expect(draftFindings('Ahead of the July call, the Gemini app had 650 million monthly users.', DATE)).toEqual([]);
  });
});

describe('the words that make a month the call\'s', () => {
  const at = (s: string, d: string) => ({ start: s.indexOf(d), end: s.indexOf(d) + d.length });
  it('on/at/during a call of that month, 的(财报)电话会上', () => {
    for (const s of ['Microsoft said on its July call', 'during the January earnings call', '7月的财报电话会上', '1月份的电话会议中']) {
      const month = /July|January|1月|7月/.exec(s)![0];
      expect(datesCallStatement(s, at(s, month))).toBe(true);
    }
  });
  it('not a release, a filing or a call heard about', () => {
    for (const s of ['in its July release', 'ahead of the July call', 'the July call will', '7月的财报显示']) {
      const month = /July|7月/.exec(s)![0];
      expect(datesCallStatement(s, at(s, month))).toBe(false);
    }
  });
});
