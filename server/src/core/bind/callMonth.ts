/**
 * "GitHub Copilot has passed 20 million paid subscribers, Microsoft said on its July call", "7月的财报电话
 * 会上，皮查伊说Gemini应用月活6.5亿": a level (users, a headcount, a share count) that a speaker states on
 * a call is the level as of the call, so the call's month is its time. A flow is not (revenue told on the
 * July call was earned in the quarter before: publicationMonth.ts keeps such a month from dating it), nor
 * is a one-off event (a round or a deal told on a call happened when it happened).
 *
 * Only a call: a filing or a release reports levels at the period's end, weeks before it came out, and a
 * call heard about ("ahead of the July call") states nothing. So the month must name the call the words
 * were said on: "on/at/during its July call", "7月的(财报)电话会上/中". The judge reads the same month as a
 * publication date (checks/facts/reportedWhen.ts), so a figure of a quarter that had closed by the call
 * and was stated on it is not another period's.
 */
import type { Span } from '../model';

/** "on its July call", "during the January earnings call": the call the words were said on. */
const EN_BEFORE = /(?<![A-Za-z])(?:on|at|during|in)\s+(?:its|the|their|his|her|a|an)\s+$/i;
const EN_AFTER = /^(?:\s+(?:earnings|results|quarterly|investor|conference|analyst|analysts['’]?|fiscal)){0,2}\s+(?:call|conference\s+call)(?![A-Za-z])/i;
/** "7月的财报电话会上", "1月份的电话会议中". */
const ZH_AFTER = /^(?:份)?\s*的\s*(?:财报|业绩)?\s*电话会(?:议)?\s*(?:上|中)/;

/** The month at m (offsets into text) dates the call a level was stated on. */
export function datesCallStatement(text: string, m: Span): boolean {
  const after = text.slice(m.end, m.end + 40);
  if (ZH_AFTER.test(after)) return true;
  return EN_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) && EN_AFTER.test(after);
}
