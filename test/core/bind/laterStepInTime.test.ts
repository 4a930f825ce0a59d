/**
 * A step on in time written after a figure's clause ("两天后登上榜首", "and a week later it topped the
 * charts") dates what happened next, not the figure: the date the sentence opens with stays the figure's
 * (bind/periodBinding.ts chooseNamedPeriod). The DeepSeek app had about 1M downloads on 24 January 2025
 * and 2.6M on 27 January (bundled facts).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';

const LATER = '2025-11-25';
const JAN_24 = { start: '2025-01-24', end: '2025-01-24' };

describe('a later clause that steps on in time leaves the opening date to the figure', () => {
  it('1月24日，…260万次，两天后… (zh)', () => {
    const { claim, verdicts } = flaggedClaim('1月24日，DeepSeek App累计下载量已达260万次，两天后登上美国App Store免费榜第1名。', '260万次', LATER);
    expect(claim?.period?.value).toMatchObject(JAN_24);
    expect(verdicts).toEqual(['wrong-period']);
  });

  it('1月24日，…，三天后… (zh paraphrase)', () => {
    const { claim } = flaggedClaim('1月24日，DeepSeek应用的累计下载量达到100万次，三天后冲上下载榜首位。', '100万次', LATER);
    expect(claim?.period?.value).toMatchObject(JAN_24);
  });

  it('"On January 24 …, and two days later …" (en)', () => {
    const { claim, verdicts } = flaggedClaim('On January 24 the DeepSeek app had 2.6 million downloads, and two days later it topped the App Store.', '2.6 million', LATER);
    expect(claim?.period?.value).toMatchObject(JAN_24);
    expect(verdicts).toEqual(['wrong-period']);
  });

  it('near miss: a step on in time before the figure, in its own clause, still dates it', () => {
    const { claim } = flaggedClaim('1月24日DeepSeek登上榜首，三天后，DeepSeek App累计下载量达到260万次。', '260万次', LATER);
    expect(claim?.period?.value).not.toMatchObject(JAN_24);
  });
});
