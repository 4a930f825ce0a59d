/**
 * A deal's money flows after the deal is made. "英伟达将在2027年向OpenAI投资1000亿美元", "Nvidia will invest
 * $100 billion in OpenAI in 2027", in a draft of 2025: the year after the draft's date is when the money
 * is planned to move, not when the deal was struck, so the deal's record, dated by its announcement,
 * does not make the figure another period's. An event that happens once (`oneOff`: a round, an
 * investment, a deal) recorded before a claim period that lies wholly after the document's date is that
 * planned event's own figure, or another deal's: nothing the base can decide, so no verdict at all.
 * Before the draft's date the period is the writer's account of what happened, and a wrong one stays wrong.
 */
import type { Fact, Period } from '../../model';

export function plannedAfterRecordedEvent(oneOff: boolean, period: Period, f: Fact, documentDate: string | undefined): boolean {
  return oneOff && documentDate !== undefined && period.start > documentDate && f.period.end < period.start;
}
