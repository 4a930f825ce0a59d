/**
 * The period a figure's own sentence deals it, before any period is chosen by nearness: "2022至2024年收入
 * 分别为A、B、C" (a span's years in order), "2024年10月、11月、12月…分别为A、B和C" (a list of dates paired with
 * the list of figures), "2025财年四个季度的营收分别为…" (a year's quarters), and "…他说的其实是2025财年的数字"
 * (the sentence restates the figure's period); lists over month-named quarters or across a year, and a
 * figure "over the holidays" (no calendar span: no period). 'none' when the sentence deals periods out but they do not
 * pair with its figures: then no figure of the list gets one. The sentence's period mentions are read once
 * for all the readings.
 */
import type { Binding, Period } from '../model';
import type { PeriodInput } from './periodBinding';
import { pairedDate, respectiveList, respectiveYear } from './respectiveYears';
import { respectiveQuarter } from './respectiveQuarters';
import { restatedPeriod } from './restatedPeriod';
import { countedSeriesPeriod } from './countedSeries';
import { runThroughPeriod } from './runThrough';
import { monthQuarterListPeriod } from './monthQuarterList';
import { yearAcrossListPeriod } from './yearAcrossList';
import { inUnplacedSeason } from './unplacedSeason';

export function sentenceDealtPeriod(input: PeriodInput): Binding<Period> | 'none' | undefined {
  const { text, sentence, quantity, quantities, fiscalYearEnd } = input;
  // "$25 billion over the holidays": a time of its own that no calendar span gives (unplacedSeason.ts).
  if (inUnplacedSeason(text, quantity, sentence.end)) return 'none';
  const mentions = input.find(sentence, fiscalYearEnd);
  const paired = pairedDate(text, sentence, quantity, quantities, mentions);
  if (paired) return paired;
  // "A, B, C, D and E across the five quarters to June 2024": one period each, counting back (countedSeries.ts).
  // "A in Q2 2023, then B, C and D through Q1 2024": the quarters stepped over, in order (runThrough.ts).
  const counted = countedSeriesPeriod(text, sentence, quantity, quantities, mentions) ?? runThroughPeriod(text, sentence, quantity, quantities, mentions);
  if (counted) return counted;
  // "A, B and C for the June, September and December quarters" (monthQuarterList.ts); "A, B, C and D across fiscal 2025" (yearAcrossList.ts).
  const named = monthQuarterListPeriod(text, sentence, quantity, quantities, input.documentDate) ?? yearAcrossListPeriod(text, sentence, quantity, quantities, mentions);
  if (named) return named;
  const list = respectiveList(text, sentence, quantity, quantities, mentions);
  const dealt = respectiveYear(list) ?? respectiveQuarter(text, list, fiscalYearEnd);
  if (dealt) return dealt;
  return restatedPeriod(text, sentence, quantity, mentions);
}
