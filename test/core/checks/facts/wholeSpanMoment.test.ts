/**
 * A level at a moment dated by a whole year written as such ("2023年全年", "Full year 2023") is not placed
 * on its day (checks/facts/wholeSpanMoment.ts): a fact of that level just after the year makes the
 * figure a wrong period only as a note. The same figure dated by the year alone keeps its warning.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../server/src/core/analyze';
import { bundledFacts } from '../../../helpers/facts';

const severities = (text: string) =>
  analyze(text, { facts: bundledFacts() })
    .findings.filter((f) => f.check === 'fact.wrong-period')
    .map((f) => `${f.text} ${f.severity}`);

describe('a level dated by a whole year', () => {
  it('is a wrong period at most as a note (Chinese)', () => {
    expect(severities('## Anthropic\n\n| 时间 | 估值 |\n|---|---|\n| 2023年全年 | 约150亿美元 |\n')).toEqual(['150亿美元 information']);
  });

  it('is a wrong period at most as a note (English)', () => {
    expect(severities('## Anthropic\n\n| Period | Valuation |\n|---|---|\n| Full year 2023 | about $15 billion |\n')).toEqual(['$15 billion information']);
  });

  it('keeps the warning when the year alone dates it', () => {
    expect(severities('## Anthropic\n\n| Period | Valuation |\n|---|---|\n| 2023 | about $15 billion |\n')).toEqual(['$15 billion warning']);
  });
});
