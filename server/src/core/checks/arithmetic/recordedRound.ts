/**
 * A company's funding round as the fact base records it: the equity raised and the valuation announced
 * the same day, in the same currency. Used when a draft states the stake a round sold ("Databricks sold
 * a tenth of itself") without restating the round's figures: the corpus rule is that a draft states its
 * operands correctly, so the recorded round stands in for figures written elsewhere in the draft.
 *
 * Only an unambiguous round is returned: the latest one announced inside the window, with exactly one
 * raise figure in the valuation's currency. Debt raised alongside a round buys no stake and is left out.
 */
import type { Fact } from '../../model';
import type { FactBase } from '../../facts/index';
import { factInterval, hull, type Interval } from '../intervals';
import { weakFact } from './recordedFigure';
import { DAY_MS } from '../../bind/calendar';

export interface RecordedRound {
  date: string;
  currency: string;
  raised: Fact;
  valuations: Fact[];
  /** Raised ÷ valuation is the stake on a post-money valuation; on a pre-money one, raised ÷ (raised + it). */
  basis: 'post' | 'pre' | 'unknown';
  valuation: Interval;
  /** Every fact is of low confidence or from memory: a finding built on it informs only. */
  weak: boolean;
}

/** A stake stated with no date refers to a recent round: one announced within this span before the date. */
export const RECENT_ROUND_DAYS = 365;

function time(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** A dated event (a round is announced on a day), not a figure over a span. */
function onADay(f: Fact): boolean {
  return f.period.start === f.period.end;
}

const isDebt = (f: Fact) => f.qualifiers.some((q) => /debt|loan|credit/i.test(q));

function basisOf(valuations: Fact[]): RecordedRound['basis'] {
  if (valuations.every((f) => f.qualifiers.includes('post-money'))) return 'post';
  if (valuations.every((f) => f.qualifiers.includes('pre-money'))) return 'pre';
  return 'unknown';
}

/** The entity's latest round announced in [from, to] (epoch ms), or undefined when none or unclear. */
export function latestRound(kb: FactBase, entity: string, window: { from: number; to: number }): RecordedRound | undefined {
  if (!kb.entities.has(entity)) return undefined;
  const inWindow = (f: Fact) => onADay(f) && time(f.period.start) >= window.from && time(f.period.start) <= window.to;
  const raises = kb.factsFor(entity, 'funding.raised').filter((f) => inWindow(f) && !isDebt(f) && f.value !== undefined && !f.counterparty);
  if (raises.length === 0) return undefined;
  const date = raises.map((f) => f.period.start).sort().at(-1)!;
  const sameDay = raises.filter((f) => f.period.start === date);
  const valuations = kb.factsFor(entity, 'valuation').filter((f) => f.period.start === date && onADay(f));
  const currencies = new Set(sameDay.map((f) => f.unit));
  // Two raise figures in one currency (tranches, a revised total) leave the stake unclear.
  if (currencies.size !== sameDay.length) return undefined;
  for (const raised of sameDay) {
    const own = valuations.filter((f) => f.unit === raised.unit);
    const intervals = own.map(factInterval).filter((i): i is Interval => i !== null && i.low !== null && i.high !== null);
    if (intervals.length === 0 || intervals.length !== own.length) continue;
    const facts = [raised, ...own];
    return {
      date,
      currency: raised.unit,
      raised,
      valuations: own,
      basis: basisOf(own),
      valuation: intervals.reduce(hull),
      weak: facts.some(weakFact),
    };
  }
  return undefined;
}

/** The window a stake is read in: the claim's own period, else the year up to the document's date. */
export function roundWindow(period: { start: string; end: string } | undefined, documentDate: string | undefined): { from: number; to: number } | undefined {
  if (period) return { from: time(period.start), to: time(period.end) };
  if (!documentDate || Number.isNaN(time(documentDate))) return undefined;
  return { from: time(documentDate) - RECENT_ROUND_DAYS * DAY_MS, to: time(documentDate) };
}
