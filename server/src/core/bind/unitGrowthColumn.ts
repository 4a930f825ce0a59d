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
 * The Chinese headers read the same way: "Azure增速", "Azure同比增长", "Azure增速（%）". (They waited on the
 * period reader: rows dating fiscal quarters with their months in brackets, "2024财年Q1（7–9月）", were read
 * as the calendar quarter of the draft's year until glossedCalendar.ts; bound, those cells were wrong
 * periods.)
 */
import type { Binding, Quantity } from '../model';
import type { BindingKnowledge } from './knowledge';
import type { TableCell } from './tables';

/** The growth word after the unit's name, with an optional year-over-year or percent mark. */
const GROWTH_AFTER_NAME = /^(.+?)\s+growth\s*(?:\(\s*(?:y\/y|yoy|%)\s*\))?[\s*_]*$/i;
/** 增速, 增长, 增幅 right after the name (同比 may stand between), with an optional 同比 or percent mark. */
const GROWTH_AFTER_NAME_ZH = /^(.+?)\s*(?:同比)?(?:增速|增长率?|增幅)\s*(?:[(（]\s*(?:同比|%|％|y\/y|yoy)\s*[)）])?[\s*_]*$/i;

export function unitGrowthColumnMetric(text: string, cell: TableCell, q: Quantity, entity: string | undefined, kb: BindingKnowledge): Binding<string> | undefined {
  const { header } = cell;
  if (q.kind !== 'percent' || !header || entity === undefined) return undefined;
  const written = text.slice(header.start, header.end).replace(/^[\s*_]+/, '');
  const named = GROWTH_AFTER_NAME.exec(written) ?? GROWTH_AFTER_NAME_ZH.exec(written);
  const unit = kb.entities.get(entity);
  if (!named || !unit || unit.parent === undefined) return undefined;
  const name = named[1].trim().toLowerCase();
  if (![...unit.names.en, ...unit.names.zh].some((n) => n.toLowerCase() === name)) return undefined;
  const growth = [...kb.metrics.values()].find((m) => m.growthOf === 'revenue' && m.kinds.includes(q.kind));
  return growth ? { value: growth.id, how: 'explicit', span: { ...header } } : undefined;
}
