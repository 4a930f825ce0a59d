/**
 * A date fronted as the frame of a sentence ("2023年7月，管理层给出的指引是：下一季度…", "In July 2023,
 * management guided that next quarter…") or as the lead of a paragraph ("**9月18日，入股英特尔。** …就在上个月，
 * …") moves the moment the text speaks from: the relative words after it ("last month", "next quarter",
 * "a year ago", 上个月, 下一季度, 一年前) count from that date, not from the draft's. Only a date that opens its sentence or
 * paragraph and is set off by punctuation is such a frame (a date inside the clause, "revenue in July 2023
 * beat last quarter's", dates its own figure, and news writing counts "last month" from its own day); and
 * only a day or a month, the moments a month or a quarter can be counted from. When the paragraph names
 * another day or month between the frame and the words, the story has moved on and the frame is not used.
 *
 * "Next quarter" said in the first month of a quarter is ambiguous: in reporting season the quarter just
 * begun is the "next" one to report (July's guidance for Jul-Sep), so that quarter is kept as the other
 * reading (checks/facts/eitherReading.ts). Part of period binding (periodBinding.ts settle).
 */
import type { Period, Span } from '../model';
import { fiscalQuarterOf, fiscalQuarterStartDate, parseIso } from './calendar';
import type { PeriodMention } from './periods';
import { resolveSpec } from './periodSpec';

export interface FrameInput {
  text: string;
  sentence: Span;
  paragraph: Span;
  documentDate?: string;
  fiscalYearEnd?: string;
  find: (span: Span) => PeriodMention[];
}

/** Before a frame date: indentation, list marks, emphasis, a heading's marks, "In"/"On"/在/于. */
const FRAME_OPENING = /^[\s*_>#]*(?:(?:[-+]|\d{1,2}[.)、])[\s*_]+)?(?:(?:in|on|by|as of)\s+|在|于)?$/i;
/** After it: a comma, colon or full stop, inside or outside emphasis, or the end of a bold label. */
const FRAME_CLOSING = /^\s*(?:[*_]{2}\s*(?![*_])|[*_]*\s*[,，:：.。])/;
/** Moments a relative month or quarter can be counted from. */
const MOMENTS = new Set<PeriodMention['spec']['t']>(['day', 'month', 'monthPart']);

/** Relative words that count from the moment of speaking: last/next month, last/next quarter, a year ago (一年前). */
function countsFromNow(m: PeriodMention): boolean {
  return m.spec.t === 'relMonth' || m.spec.t === 'relQuarter' || m.spec.t === 'yearsAgo';
}

export interface FramedReading {
  period: Period;
  alternative?: Period;
  /** Counted from the paragraph's lead, another sentence: only as sure as the paragraph's context. */
  fromLead: boolean;
}

/**
 * The reading of relative words m counted from the frame date before them, when m's own period was
 * counted from the draft's date and the sentence or paragraph opens with a frame date.
 */
export function framedReading(input: FrameInput, m: PeriodMention): FramedReading | undefined {
  if (!countsFromNow(m) || !m.period || !input.documentDate) return undefined;
  const env = { documentDate: input.documentDate, fiscalYearEnd: input.fiscalYearEnd };
  const fromDraft = resolveSpec(m.spec, env);
  // Counted from a quarter the sentence named (下一季度 after 第三财季): not the draft's date.
  if (!fromDraft || fromDraft.start !== m.period.start || fromDraft.end !== m.period.end) return undefined;
  const found = frameBefore(input, m);
  if (!found) return undefined;
  const frame = found.period;
  const period = resolveSpec(m.spec, { ...env, documentDate: frame.start });
  if (!period || (period.start === m.period.start && period.end === m.period.end)) return undefined;
  return { period, alternative: reportingSeasonQuarter(m, frame, input.fiscalYearEnd), fromLead: found.fromLead };
}

/** The frame date's period: the sentence's own frame, else the paragraph's lead, with no other day or month after it. */
function frameBefore(input: FrameInput, m: PeriodMention): { period: Period; fromLead: boolean } | undefined {
  const { text, sentence, paragraph } = input;
  const inSentence = input.find(sentence).filter((o) => o.end <= m.start);
  const before = paragraph.start < sentence.start ? input.find({ start: paragraph.start, end: sentence.start }) : [];
  const own = opening(text, sentence.start, inSentence[0]);
  const lead = opening(text, paragraph.start, before[0]);
  const frame = own ?? lead;
  if (!frame) return undefined;
  const later = [...before, ...inSentence].filter((o) => o.start > frame.start && MOMENTS.has(o.spec.t) && o.period && !o.since);
  if (later.some((o) => o.period!.start !== frame.period!.start || o.period!.end !== frame.period!.end)) return undefined;
  return { period: frame.period!, fromLead: own === undefined };
}

/** The mention when it is a day or month opening the text at `start`, set off as a frame. */
function opening(text: string, start: number, o: PeriodMention | undefined): PeriodMention | undefined {
  if (!o?.period || o.since || !MOMENTS.has(o.spec.t)) return undefined;
  if (!FRAME_OPENING.test(text.slice(start, o.start)) || !FRAME_CLOSING.test(text.slice(o.end, o.end + 8))) return undefined;
  return o;
}

/** "Next quarter" from the first month of a quarter: the quarter just begun, as the other reading. */
function reportingSeasonQuarter(m: PeriodMention, frame: Period, fiscalYearEnd: string | undefined): Period | undefined {
  if (m.spec.t !== 'relQuarter' || m.spec.offset !== 1) return undefined;
  const day = parseIso(frame.start);
  if (!day) return undefined;
  const here = fiscalQuarterOf(day, fiscalYearEnd);
  const quarterStart = fiscalQuarterStartDate(here.fy, here.q, fiscalYearEnd);
  if (quarterStart.y !== day.y || quarterStart.m !== day.m) return undefined;
  return resolveSpec({ t: 'relQuarter', offset: 0 }, { documentDate: frame.start, fiscalYearEnd });
}
