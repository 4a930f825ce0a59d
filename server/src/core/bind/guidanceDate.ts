/**
 * "against guidance of roughly 2 points given in July", "a forecast of $85 billion issued in March",
 * "公司7月给出的约2个百分点的指引", "3月发布的850亿美元预测": the date says when the guidance was given, not the
 * period it guides for. A forecast made in July is about a quarter or a year still to come, so the date
 * of the statement must not date the figure; the figure keeps whatever else its text says it is for (or
 * no period), as announcedMonth.ts does for the month of a full-year figure's announcement.
 *
 * Only when the date is attached to the guidance by a verb of giving (given, issued, provided, set,
 * published, announced; 给出, 发布, 提出, 公布; "gave guidance of X in July", "guided X for the next year in
 * February", the period guided for between) and the figure is one of guidance, a forecast or an outlook;
 * and only a month or a day, the date of a statement: a quarter or a year after guidance ("guidance of 2
 * points for the September quarter") is what it guides for.
 */
import type { Quantity, Span } from '../model';
import type { PeriodMention } from './periods';

/** Before the figure in its clause: "guidance of (roughly)", "a forecast of", "an outlook for". */
const GUIDANCE_BEFORE_EN = /(?<![A-Za-z])(?:guidance|guide|forecast|outlook|projection|target)\s+(?:of|at|for|calling\s+for)\s+(?:(?:about|around|roughly|some|nearly|approximately|just\s+over|just\s+under|up\s+to)\s+)?$/i;
/** From the figure's end to the date: "given in", "that was issued on", "it had provided in". */
const GIVEN_TO_DATE_EN =
  /^(?:\s+[A-Za-z-]+){0,2}?\s+(?:(?:that|which)\s+(?:was|were|had\s+been)\s+|(?:it|they|the\s+company|management)\s+(?:had\s+)?)?(?:given|gave|issued|provided|set|published|announced|offered|laid\s+out|guided)\s+(?:back\s+)?(?:in|on|at|during)\s+(?:the\s+)?$/i;
/** "gave guidance of X in July": a verb of giving before the guidance, in the figure's clause. */
const GAVE_BEFORE_EN = /(?<![A-Za-z])(?:gave|issued|provided|set|published|announced|offered|laid\s+out)\s+(?:[A-Za-z'’-]+\s+){0,4}?(?:guidance|guide|forecast|outlook|projection|target)\s+(?:of|at|for|calling\s+for)\s+(?:(?:about|around|roughly|some|nearly|approximately|just\s+over|just\s+under|up\s+to)\s+)?$/i;
/** From the figure's end to a date right after it: "in", "back in", "on". */
const PLAIN_TO_DATE_EN = /^\s+(?:back\s+)?(?:in|on)\s+(?:the\s+)?$/i;
/** "guided $30 billion for 2025 in February": the verb of guidance itself before the figure. */
const GUIDED_BEFORE_EN = /(?<![A-Za-z])(?:guided|guides|guiding)\s+(?:(?:to|for)\s+)?(?:(?:about|around|roughly|some|nearly|approximately|up\s+to)\s+)?$/i;
/** The period guided for, then the date: "for the next year in", "for fiscal 2025 on". */
const FOR_PERIOD_TO_DATE_EN = /^\s+for\s+(?:[A-Za-z0-9'’-]+\s+){1,4}?(?:back\s+)?(?:in|on)\s+(?:the\s+)?$/i;
/** Dates of a statement: a month, a day, part of a month. */
const STATEMENT_DATE = new Set<PeriodMention['spec']['t']>(['month', 'day', 'monthPart', 'lastMonthName']);
/** From the date to the figure: "给出的", "发布的全年", "提出的约" (a hedge may stand before the figure). */
const GIVEN_TO_FIGURE_ZH = /^[^，,。；;：:\d]{0,6}?(?:给出|发布|提出|公布|作出|做出)的[^，,。；;：:\d]{0,16}$/;
/** What the Chinese figure is: 指引, 预期, 预测, 展望 right after it (或 before it: "…的指引为约2个百分点"). */
const GUIDANCE_ZH = /指引|预期|预测|展望/;
/** How far around the figure the words are read (bounded: the binder asks for every figure). */
const WINDOW = 48;

/** The date at m says when the guidance the figure q states was given. */
export function datesGuidanceGiven(text: string, m: PeriodMention, q: Quantity, clause: Span): boolean {
  if (!STATEMENT_DATE.has(m.spec.t)) return false;
  if (m.start >= q.end) {
    const gap = text.slice(q.end, m.start);
    if (gap.length > WINDOW) return false;
    const before = text.slice(Math.max(clause.start, q.start - 2 * WINDOW), q.start);
    if (GIVEN_TO_DATE_EN.test(gap) && GUIDANCE_BEFORE_EN.test(before)) return true;
    if (PLAIN_TO_DATE_EN.test(gap) && GAVE_BEFORE_EN.test(before)) return true;
    // After "guided" alone only with the period guided for written between: then the figure has a period
    // of its own to take ("guided $30 billion in February" keeps its month, lest a later clause's date it).
    return FOR_PERIOD_TO_DATE_EN.test(gap) && (GAVE_BEFORE_EN.test(before) || GUIDED_BEFORE_EN.test(before));
  }
  if (m.end > q.start) return false;
  const gap = text.slice(m.end, q.start);
  if (gap.length > WINDOW || !GIVEN_TO_FIGURE_ZH.test(gap)) return false;
  return GUIDANCE_ZH.test(gap) || GUIDANCE_ZH.test(text.slice(q.end, Math.min(clause.end, q.end + 8)));
}
