/**
 * The arithmetic checks never throw and only report spans that exist, on any text: random mixes of
 * numbers, cue words and operators in both languages, and adversarial repetitions.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { check } from './harness';

const PIECES = [
  '$1.6B', '$133M', '16亿美元', '1.33亿美元', '3%', '6%', ' of ', ' i.e. ', ' or ', '，即', '每月', ' a month', ' a year',
  ' annualized', '年化收入', ' × ', ' ÷ ', ' = ', ' + ', ' minus ', ' up ', ' from ', ' to ', '增长了', '两倍', ' times ',
  ' a tenth of ', '的1/10', '合计', ' adds up to ', ' in all', '，', '、', ' and ', '120,000 H100s', '23万块A100', ' buys ',
  ' per 1M tokens', '每百万token', 'RMB 656 million', ' at 7.1 yuan per dollar', '按1美元兑7.2元', '约合', '. ', '。', '\n\n',
];

describe('robustness', () => {
  it('never throws and every finding slices back to its text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const { findings } = check(text, { date: '2024-03-28' });
        for (const f of findings) {
          expect(text.slice(f.start, f.end)).toBe(f.text);
          for (const r of f.related ?? []) expect(r.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  // A hang here would hit the runner's test timeout; the time itself is measured by `npm run bench`.
  it('finishes on long, number-dense text, every finding on its own text', () => {
    const unit = '营收从270亿美元增长到609亿美元，增幅约126%，即每月约50亿美元，合计1000亿美元，是10亿美元的3倍。$1.6B × 12 = $19.2B, i.e. $133M a month. ';
    const text = unit.repeat(400);
    const { findings } = check(text, { date: '2024-03-28' });
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});
