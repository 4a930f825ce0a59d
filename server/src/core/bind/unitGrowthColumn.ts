/**
 * A table column headed by a business unit's name and a growth word ("Azure growth", "Azure growth (y/y)")
 * holds that unit's revenue growth, as the company reports it: in "| Quarter |
 * Azure growth | AI contribution |" the percentages are how fast Azure's revenue grew in each quarter.
 * A unit's growth is its revenue's unless the header names another measure, and the base files it as
 * revenue growth with the unit as the entity (growthColumn.ts reads a bare "YoY" column the same way).
 *
 * Only when the unit the header names is the entity the row is bound to, and that entity is a unit of a
 * parent (a product or segment): "Microsoft growth" is no header a company's revenue table writes, and a
 * header naming another unit than the row's ("| Azure growth |" in a row about Google Cloud) says
 * nothing of the row. Nothing but the name, the growth word and a year-over-year or percent mark may
 * stand in the header: "Azure growth contribution", "Azure AI growth" name other measures.
 *
 * English only for now. The Chinese headers (Azure增速, Azure同比增速) read the same way, but on the corpus
 * their rows date fiscal quarters with a bracketed months gloss ("2024财年Q1（7–9月）") that the period
 * reader resolves as the calendar quarter of the draft's year (the gloss is reconciled before the fiscal
 * calendar of the row's owner is known): bound, those cells became two false wrong-periods.
 */
import type { Binding, Quantity } from '../model';
import type { BindingKnowledge } from './knowledge';
import type { TableCell } from './tables';

/** The growth word after the unit's name, with an optional year-over-year or percent mark. */
const GROWTH_AFTER_NAME = /^(.+?)\s+growth\s*(?:\(\s*(?:y\/y|yoy|%)\s*\))?[\s*_]*$/i;

export function unitGrowthColumnMetric(text: string, cell: TableCell, q: Quantity, entity: string | undefined, kb: BindingKnowledge): Binding<string> | undefined {
  const { header } = cell;
  if (q.kind !== 'percent' || !header || entity === undefined) return undefined;
  const named = GROWTH_AFTER_NAME.exec(text.slice(header.start, header.end).replace(/^[\s*_]+/, ''));
  const unit = kb.entities.get(entity);
  if (!named || !unit || unit.parent === undefined) return undefined;
  const name = named[1].trim().toLowerCase();
  if (![...unit.names.en, ...unit.names.zh].some((n) => n.toLowerCase() === name)) return undefined;
  const growth = [...kb.metrics.values()].find((m) => m.growthOf === 'revenue' && m.kinds.includes(q.kind));
  return growth ? { value: growth.id, how: 'explicit', span: { ...header } } : undefined;
}
