/**
 * Rough parts of a year: seasons ("this summer", "last spring", 今年夏天, 2024年秋季) and the early, middle
 * or late part of a year (年初, 年中, "late in the year"). Writers use them loosely, so each resolves to
 * a span wide enough for the usual reading and the binding marks it approximate (periodBinding.ts): a
 * fact inside or overlapping it may support the figure, none makes it another period's.
 *
 * Seasons are the northern hemisphere's meteorological ones: spring March–May, summer June–August,
 * autumn September–November, winter December to February. A winter is named by the year it starts in
 * ("winter 2024" is Dec 2024–Feb 2025), and the winter before stays the other reading (otherSeason).
 * Early in a year is its first quarter, mid-year June–July, late in a year its last quarter.
 */
import type { Period } from '../model';
import { addMonths, compare, daysInMonth, iso, type YMD } from './calendar';

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export type YearPart = 'early' | 'mid' | 'late';

/** Which season relative to the document's date: "this", "last" (the latest ended), "next" (the next to start). */
export type SeasonWhich = 'this' | 'last' | 'next';

const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

/** The season that starts in year y. */
export function seasonPeriod(y: number, season: Season): Period {
  const label = season === 'winter' ? `winter ${y}–${String(y + 1).slice(2)}` : `${season} ${y}`;
  return { start: iso(seasonStart(y, season)), end: iso(endOf(y, season)), label };
}

/** The year the season named relative to the document's date starts in. */
export function seasonYear(season: Season, which: SeasonWhich, doc: YMD): number {
  if (which === 'this') return season === 'winter' && doc.m <= 2 ? doc.y - 1 : doc.y;
  if (which === 'next') {
    for (let y = doc.y - 1; ; y++) if (compare(seasonStart(y, season), doc) > 0) return y;
  }
  for (let y = doc.y; ; y--) if (compare(endOf(y, season), doc) < 0) return y;
}

/**
 * "Last summer" said in October is this year's summer to some writers and the year before's to others:
 * the reading seasonYear does not take, when the season it takes started in the document's year. A
 * winter named by a written year is the one starting in it or the one ending in it.
 */
export function otherSeason(season: Season, which: SeasonWhich | undefined, year: number, doc: YMD | undefined): Period | undefined {
  if (which === undefined) return season === 'winter' ? seasonPeriod(year - 1, season) : undefined;
  if (which !== 'last' || !doc) return undefined;
  return year === doc.y ? seasonPeriod(year - 1, season) : undefined;
}

/** Early (January–March), mid (June–July) or late (October–December) in year y. */
export function yearPartPeriod(y: number, part: YearPart): Period {
  const [from, to] = part === 'early' ? [1, 3] : part === 'mid' ? [6, 7] : [10, 12];
  return { start: iso({ y, m: from, d: 1 }), end: iso({ y, m: to, d: daysInMonth(y, to) }), label: `${part} ${y}` };
}

/** The first day of the season that starts in year y. */
export function seasonStart(y: number, season: Season): YMD {
  return { y, m: SEASON_START[season], d: 1 };
}

function endOf(y: number, season: Season): YMD {
  const last = addMonths(seasonStart(y, season), 2);
  return { ...last, d: daysInMonth(last.y, last.m) };
}
