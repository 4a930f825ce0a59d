/**
 * "Revenue was A, B and C for the June, September and December quarters respectively": a list of figures
 * followed by a list of quarters named by their last months pairs them in order, the k-th figure the
 * k-th quarter. Read alone, the first month name ("June") took every figure, and as a year-less month.
 *
 * Only when the months are each a quarter after the one before (June, September, December) and there are
 * as many as figures; else no figure of the list gets a period ('none'). The year is the one written
 * after the last month ("the June, September and December 2024 quarters"), or else the last month's
 * quarter that ended most recently before the document's date, marked inferred (a reader's guess).
 */
import type { Binding, Period, Quantity, Span } from '../model';
import { sentenceList } from './respectiveYears';
import { partOf } from './countedSeries';
import { parseIso } from './calendar';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(?:${MONTHS.join('|')})`;
/** Right after the list: "for the June, September and December quarters, respectively", "in the June and September 2024 quarters". */
const AFTER_LIST = new RegExp(`^\\s*,?\\s*(?:for|in|during|over)\\s+(?:the\\s+)?(?:fiscal\\s+|calendar\\s+)?(${MONTH}(?:\\s*,\\s*${MONTH})*(?:\\s*,?\\s+and\\s+${MONTH}))(?:\\s+(\\d{4}))?\\s+quarters(?![A-Za-z])`, 'i');

/** The quarter q's place in a list gives it when the list is written over month-named quarters; 'none' when they do not pair. */
export function monthQuarterListPeriod(text: string, sentence: Span, q: Quantity, quantities: readonly Quantity[], documentDate: string | undefined): Binding<Period> | 'none' | undefined {
  const found = sentenceList(text, sentence, q, quantities);
  if (!found) return undefined;
  const { list, tail } = found;
  const m = AFTER_LIST.exec(text.slice(tail.end, sentence.end));
  if (!m) return undefined;
  const months = (m[1].match(new RegExp(MONTH, 'gi')) ?? []).map((name) => MONTHS.indexOf(name.toLowerCase()) + 1);
  const consecutive = months.every((month, i) => i === 0 || (month - months[i - 1] + 12) % 12 === 3);
  if (months.length !== list.length || !consecutive) return 'none';
  const last = months[months.length - 1];
  const year = m[2] ? Number(m[2]) : latestYearEnded(last, documentDate);
  if (year === undefined) return 'none';
  const k = list.findIndex((o) => o.start === q.start && o.end === q.end);
  const end: Period = { start: `${year}-${String(last).padStart(2, '0')}-01`, end: `${year}-${String(last).padStart(2, '0')}-28`, label: '' };
  const value = partOf(end, 3, list.length, k);
  if (!value) return 'none';
  return { value, how: 'explicit', span: { start: tail.end + m.index, end: tail.end + m.index + m[0].length }, ...(m[2] ? {} : { inferred: true }) };
}

/** The year of the latest quarter ending in `month` that had ended before the document's date. */
function latestYearEnded(month: number, documentDate: string | undefined): number | undefined {
  const d = parseIso(documentDate);
  if (!d) return undefined;
  return d.m > month ? d.y : d.y - 1;
}
