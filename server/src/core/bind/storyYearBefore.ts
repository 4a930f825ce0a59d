/**
 * The year a paragraph's story was in before a sentence: the last year written in its earlier sentences,
 * except a year that only looks back, set against the story's ("营业利润61亿美元，而2023年只有17亿美元",
 * "while in 2023 it lost money", "versus 2023"), or one that dates no figure to carry (a comparison's
 * baseline, a publication's date). A year-less date the draft's date places in another year than the
 * story's is left unplaced (periodBinding.ts settleAsWritten): "…2024年全年收入432亿美元…，而2023年只有
 * 17亿美元。第三季度…" is still 2024's story.
 */
import type { Span } from '../model';
import type { PeriodMention } from './periods';
import { explicitYear } from './periodSpec';

/** Words right before a year that set it against the one told: 而, 相比之下, while, whereas, against, versus. */
const CONTRAST_BEFORE = /(?:而|相比之下|(?<![A-Za-z])(?:while|whereas|against|versus|vs\.?))\s*(?:在|in)?\s*$/i;

export function yearNamedEarlier(
  text: string,
  paragraph: Span,
  sentence: Span,
  find: (span: Span) => PeriodMention[],
  datesNothing: (m: PeriodMention) => boolean,
): number | undefined {
  if (paragraph.start >= sentence.start) return undefined;
  const told = find({ start: paragraph.start, end: sentence.start }).filter((m) => !CONTRAST_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) && !datesNothing(m));
  return told.map((m) => explicitYear(m.spec)).filter((y): y is number => y !== undefined).pop();
}
