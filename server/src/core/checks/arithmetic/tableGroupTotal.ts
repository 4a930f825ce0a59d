/**
 * A sized total under a table: "| Q1 | $22.6B |… The four quarters add up to $117.3B.", "| Meta | 约281亿美元 |…
 * 三家合计约1184亿美元。", "两个季度合计742亿元。" The group's size (pairTotal.ts sizedTotal) says how many figures
 * are summed; the table right above the paragraph (document/blockAbove.ts) holds them when it has exactly
 * that many rows (a total row aside) and exactly one column whose every row holds one plain figure like the
 * total (same currency, same counted unit). No earlier sentence of its paragraph may write a figure: that
 * one would be what "the three" points back to (pairTotal.ts reads it). A table of another size, two such
 * columns, a row with a note or a range beside its figure: nothing. The names tie the table to the total,
 * not a sum word between written figures, so it is probable: a warning at most, no fix.
 */
import type { Quantity } from '../../model';
import { checkable, isPlainMoney, sameDimension } from './operands';
import { sizedTotal, sumOutcome } from './pairTotal';
import type { RelationDetector } from './relation';
import type { Grid } from './tableGrid';

/** Words of a sized total ("the four quarters add up to", "三家合计", "两个季度合计"): a block with them may read the table above. */
const SIZED_TOTAL_WORDS = /\b(?:two|three|four|five|six|seven|eight|nine|ten|both)\b[^.;\n]{0,40}?\b(?:add(?:s|ed)? up to|come to|came to|total(?:led)?|sum(?:med)? to|together|combined)\b|[两二三四五六七八九十](?:个)?(?:年|年度|财年|季度|财季|月|笔|轮|家|项|者)(?:公司|企业|投资|融资)?(?:合计|加起来|加在一起|共计|总共|一共|累计|总计)/i;

export function writesSizedTotal(text: string): boolean {
  return SIZED_TOTAL_WORDS.test(text);
}

const TOTAL_LABEL = /\b(?:total|sum|all)\b|合计|总计|小计|共计|总额/i;

function plainFigure(q: Quantity): boolean {
  return checkable(q) && ((q.kind === 'money' && isPlainMoney(q)) || (q.kind === 'count' && !q.per));
}

/** The one column of the grid whose rows all hold a figure like `total`, read down the rows. */
function likeColumn(grid: Grid, total: Quantity): Quantity[] | undefined {
  const rows = grid.rows.filter((r) => !TOTAL_LABEL.test(r[0]?.text ?? ''));
  let found: Quantity[] | undefined;
  for (let c = 1; c < grid.header.length; c++) {
    const cells = rows.map((r) => (r.length === grid.header.length ? r[c].value : undefined));
    if (!cells.every((q): q is Quantity => q !== undefined && plainFigure(q) && sameDimension(q, total))) continue;
    if (found) return undefined;
    found = cells;
  }
  return found;
}

export const tableGroupTotal: RelationDetector = (view, ctx) => {
  const grid = ctx.above?.grid;
  if (!grid || ctx.previous || (ctx.earlier?.length ?? 0) > 0) return [];
  const sized = sizedTotal(view);
  if (!sized || !plainFigure(sized.total)) return [];
  const parts = likeColumn(grid, sized.total);
  if (!parts || parts.length !== sized.size) return [];
  return [sumOutcome(view, sized.total, parts)];
};
