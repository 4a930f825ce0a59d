/**
 * The few facts arithmetic needs from the fact base: dated exchange rates, unit-price ranges of a
 * product, and the words-per-token rule of thumb. Values always come from the data, never from code.
 */
import type { Fact, Period } from '../../model';
import type { FactBase } from '../../facts/index';
import { factInterval, hull, type Interval } from '../intervals';
import { DAY_MS } from '../../bind/calendar';

/** A set of facts and the interval they allow together (their spread is part of the interval). */
export interface FactRange {
  interval: Interval;
  facts: Fact[];
  /** True when every fact is from memory or of low confidence: findings built on it inform only. */
  weak: boolean;
}

function rangeOf(facts: Fact[]): FactRange | undefined {
  let interval: Interval | undefined;
  const used: Fact[] = [];
  for (const f of facts) {
    const i = factInterval(f);
    if (!i || i.low === null || i.high === null) continue;
    interval = interval ? hull(interval, i) : i;
    used.push(f);
  }
  if (!interval) return undefined;
  return { interval, facts: used, weak: used.every((f) => f.fromMemory || f.confidence === 'low') };
}


function time(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function overlaps(f: Fact, from: number, to: number): boolean {
  return time(f.period.start) <= to && time(f.period.end) >= from;
}

/** The window a conversion is dated by: the amount's own period, else the year up to the document date. */
export function windowFor(period: Period | undefined, documentDate: string | undefined): { from: number; to: number } | undefined {
  if (period) return { from: time(period.start), to: time(period.end) };
  if (documentDate && !Number.isNaN(time(documentDate))) return { from: time(documentDate) - 365 * DAY_MS, to: time(documentDate) };
  return undefined;
}

/** Facts inside the window, or failing that the ones within a month of it. */
function dated(facts: readonly Fact[], window: { from: number; to: number }): Fact[] {
  const inside = facts.filter((f) => overlaps(f, window.from, window.to));
  if (inside.length > 0) return inside;
  return facts.filter((f) => overlaps(f, window.from - 31 * DAY_MS, window.to + 31 * DAY_MS));
}

/**
 * Exchange rate as `to` per one `from` (CNY→USD: USD per CNY), over the window. Rate facts are stored
 * as "QUOTE/BASE" units (CNY/USD = yuan per dollar); either direction is found and inverted as needed.
 */
export function exchangeRate(kb: FactBase, from: string, to: string, window: { from: number; to: number }): FactRange | undefined {
  const direct = `${to}/${from}`;
  const inverse = `${from}/${to}`;
  const rates = kb.facts.filter((f) => f.metric === 'fx.rate' && (f.unit === direct || f.unit === inverse));
  const pick = dated(rates, window);
  const directRange = rangeOf(pick.filter((f) => f.unit === direct));
  if (directRange) return directRange;
  const inv = rangeOf(pick.filter((f) => f.unit === inverse));
  if (!inv || inv.interval.low === null || inv.interval.high === null || inv.interval.low <= 0) return undefined;
  return { ...inv, interval: { low: 1 / inv.interval.high, high: 1 / inv.interval.low } };
}

/** Unit-price facts of a product (entity id such as "h100"), dated by the window when there is one. */
export function unitPriceRange(kb: FactBase, product: string, currency: string, window?: { from: number; to: number }): FactRange | undefined {
  const byEntity = kb.entities.has(product) ? kb.factsFor(product, 'unit-price') : [];
  const byProduct = kb.facts.filter((f) => f.metric === 'unit-price' && f.product === product && f.entity !== product);
  const all = [...byEntity, ...byProduct].filter((f) => f.unit === currency && (!f.per || f.per.amount === 1));
  const pick = window ? dated(all, window) : all;
  return rangeOf(pick.length > 0 ? pick : []);
}

/**
 * English words per token from the fact base: a ratio fact of a tokens/words metric. A value below 1 is
 * words per token (0.75); above 1 it is tokens per word and is inverted.
 */
export function wordsPerToken(kb: FactBase): FactRange | undefined {
  const candidates = kb.facts.filter(
    (f) => /token/i.test(f.metric) && /word/i.test(f.metric) && f.unit === 'ratio' && !f.per && f.value !== undefined && f.value > 0.2 && f.value < 5,
  );
  const range = rangeOf(candidates.slice(0, 1));
  if (!range || range.interval.low === null || range.interval.high === null) return undefined;
  if ((candidates[0].value ?? 0) < 1) return range;
  return { ...range, interval: { low: 1 / range.interval.high, high: 1 / range.interval.low } };
}
