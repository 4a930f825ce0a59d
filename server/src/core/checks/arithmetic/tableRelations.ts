/**
 * Table-structure arithmetic: the relations a table's layout states, which no sentence writes out
 * (total rows and columns, change columns across or down, share columns). The sentence views read a row like a
 * sentence, so they find only relations written inside a cell or in words ("| Q4 | $3.86B | 60% of
 * $7.66B |"); these read the header's meaning and the rows together. Their outcomes join the outcomes of
 * the row they judge, so a reading of the same figure by a sentence module still explains it.
 */
import type { DocumentModel } from '../../document/documentModel';
import type { Locale } from '../../i18n/messages';
import type { RelationOutcome } from './outcome';
import { changeColumns } from './tableChanges';
import { readGrids } from './tableGrid';
import { rowChangeColumns } from './tableRowChanges';
import { shareColumns } from './tableShares';
import { totalColumns, totalRows } from './tableTotals';
import type { SentenceView } from './view';

export function tableOutcomes(doc: DocumentModel, locale: Locale, documentDate: string | undefined): RelationOutcome[] {
  if (!doc.segments.some((s) => s.container === 'tableCell')) return [];
  const out: RelationOutcome[] = [];
  for (const grid of readGrids(doc)) {
    try {
      out.push(...totalRows(grid, locale), ...totalColumns(grid, locale), ...changeColumns(grid, locale, documentDate), ...rowChangeColumns(grid, locale, documentDate), ...shareColumns(grid, locale));
    } catch {
      // A table a module cannot read yields nothing; the analysis goes on.
    }
  }
  return out;
}

/** Adds each table outcome to the group of the view (row) holding its result, or a group of its own. */
export function withTableOutcomes(groups: RelationOutcome[][], views: readonly SentenceView[], table: readonly RelationOutcome[]): RelationOutcome[][] {
  if (table.length === 0) return groups;
  const extra: RelationOutcome[] = [];
  for (const o of table) {
    const at = views.findIndex((v) => v.span.start <= o.result.start && o.result.end <= v.span.end);
    if (at >= 0) groups[at].push(o);
    else extra.push(o);
  }
  return extra.length ? [...groups, extra] : groups;
}
