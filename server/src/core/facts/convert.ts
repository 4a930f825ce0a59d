/**
 * Schema-valid entries (plain YAML values) to the shared model types. The raw shapes mirror
 * data/schema/*.schema.json; conversion fills defaults and turns `asOf`, `range`, `approx` and
 * `bound` into the model's period, low/high and qualifier tags.
 */
import type { Entity, Fact, Metric, Origin, Period, Source } from '../model';
import { spellingVariants } from '../text/spellingVariants';

export interface RawEntity {
  id: string;
  kind: Entity['kind'];
  names: { en?: string[]; zh?: string[] };
  shortNames?: { en?: string[]; zh?: string[] };
  fiscalYearEnd?: string;
  parent?: string;
  generic?: boolean;
  members?: string[];
}

export interface RawMetric {
  id: string;
  names: { en?: string[]; zh?: string[] };
  triggers: { en?: string[]; zh?: string[] };
  kinds: Metric['kinds'];
  periodKind: Metric['periodKind'];
  shareOf?: string;
  marginNames?: { en?: string[]; zh?: string[] };
  forecastOf?: string;
  filedAs?: string[];
  currentForDays?: number;
  oneOff?: boolean;
  eventQualifiers?: string[];
  timeless?: boolean;
  growthOf?: string;
  spentOn?: { en?: string[]; zh?: string[] };
  forecastWords?: { en?: string[]; zh?: string[] };
  verbsBefore?: { en?: string[]; zh?: string[] };
  verbsInto?: { en?: string[]; zh?: string[] };
  perUnits?: string[];
  perUnitsUnless?: { en?: string[]; zh?: string[] };
  guardedTriggers?: { en?: string[]; zh?: string[]; when: { en?: string[]; zh?: string[] } };
}

export interface RawPeriod {
  start?: string;
  end?: string;
  asOf?: string;
  label?: string;
}

export type RawBound = 'over' | 'atLeast' | 'under' | 'atMost';

export interface RawFact {
  id: string;
  entity: string;
  product?: string;
  counterparty?: string;
  metric: string;
  value?: number;
  range?: [number, number];
  approx?: boolean;
  bound?: RawBound;
  text?: string;
  unit: string;
  per?: { amount: number; unit: string };
  period: RawPeriod;
  issued?: string;
  qualifiers?: string[];
  reportedBy?: string[];
  sources: Source[];
  confidence: Fact['confidence'];
  fromMemory: boolean;
  sourceSeen?: boolean;
  seedClaims?: string[];
  note?: string;
}

export function toEntity(raw: RawEntity): Entity {
  const entity: Entity = { id: raw.id, kind: raw.kind, names: { en: [...(raw.names.en ?? [])], zh: [...(raw.names.zh ?? [])] } };
  if (raw.shortNames !== undefined) entity.shortNames = { en: [...(raw.shortNames.en ?? [])], zh: [...(raw.shortNames.zh ?? [])] };
  if (raw.fiscalYearEnd !== undefined) entity.fiscalYearEnd = raw.fiscalYearEnd;
  if (raw.parent !== undefined) entity.parent = raw.parent;
  if (raw.generic === true) entity.generic = true;
  if (raw.members !== undefined) entity.members = [...raw.members];
  return entity;
}

export function toMetric(raw: RawMetric): Metric {
  return {
    id: raw.id,
    names: { en: [...(raw.names.en ?? [])], zh: [...(raw.names.zh ?? [])] },
    // Every spelling of an English trigger ("data-centre", "datacenter" for "data center"): the data lists one.
    triggers: { en: [...new Set((raw.triggers.en ?? []).flatMap(spellingVariants))], zh: [...(raw.triggers.zh ?? [])] },
    kinds: [...raw.kinds],
    periodKind: raw.periodKind,
    ...(raw.shareOf !== undefined ? { shareOf: raw.shareOf } : {}),
    ...(raw.marginNames !== undefined ? { marginNames: { en: [...(raw.marginNames.en ?? [])], zh: [...(raw.marginNames.zh ?? [])] } } : {}),
    ...(raw.forecastOf !== undefined ? { forecastOf: raw.forecastOf } : {}),
    ...(raw.currentForDays !== undefined ? { currentForDays: raw.currentForDays } : {}),
    ...(raw.oneOff === true ? { oneOff: true } : {}),
    ...(raw.eventQualifiers !== undefined ? { eventQualifiers: [...raw.eventQualifiers] } : {}),
    ...(raw.timeless === true ? { timeless: true } : {}),
    ...(raw.filedAs !== undefined ? { filedAs: [...raw.filedAs] } : {}),
    ...(raw.growthOf !== undefined ? { growthOf: raw.growthOf } : {}),
    ...(raw.spentOn !== undefined ? { spentOn: { en: [...(raw.spentOn.en ?? [])], zh: [...(raw.spentOn.zh ?? [])] } } : {}),
    ...(raw.forecastWords !== undefined ? { forecastWords: { en: [...(raw.forecastWords.en ?? [])], zh: [...(raw.forecastWords.zh ?? [])] } } : {}),
    ...(raw.verbsBefore !== undefined ? { verbsBefore: { en: [...(raw.verbsBefore.en ?? [])], zh: [...(raw.verbsBefore.zh ?? [])] } } : {}),
    ...(raw.verbsInto !== undefined ? { verbsInto: { en: [...(raw.verbsInto.en ?? [])], zh: [...(raw.verbsInto.zh ?? [])] } } : {}),
    ...(raw.perUnits !== undefined ? { perUnits: [...raw.perUnits] } : {}),
    ...(raw.perUnitsUnless !== undefined ? { perUnitsUnless: { en: [...(raw.perUnitsUnless.en ?? [])], zh: [...(raw.perUnitsUnless.zh ?? [])] } } : {}),
    ...(raw.guardedTriggers !== undefined ? { guardedTriggers: guardedTriggersOf(raw.guardedTriggers) } : {}),
  };
}

function guardedTriggersOf(raw: NonNullable<RawMetric['guardedTriggers']>): NonNullable<Metric['guardedTriggers']> {
  return { en: [...(raw.en ?? [])], zh: [...(raw.zh ?? [])], when: { en: [...(raw.when.en ?? [])], zh: [...(raw.when.zh ?? [])] } };
}

/** An `asOf` date is an instant: start === end. A missing label is the dates themselves. */
export function toPeriod(raw: RawPeriod): Period {
  const start = raw.asOf ?? raw.start ?? '';
  const end = raw.asOf ?? raw.end ?? '';
  return { start, end, label: raw.label ?? (start === end ? start : `${start}..${end}`) };
}

const BOUND_TAG: Record<RawBound, string> = { over: 'over', atLeast: 'at-least', under: 'under', atMost: 'at-most' };

export function toFact(raw: RawFact, origin: Origin): Fact {
  const qualifiers = [...(raw.qualifiers ?? [])];
  const tag = (t: string) => {
    if (!qualifiers.includes(t)) qualifiers.push(t);
  };
  const fact: Fact = {
    id: raw.id,
    entity: raw.entity,
    metric: raw.metric,
    unit: raw.unit,
    period: toPeriod(raw.period),
    qualifiers,
    sources: raw.sources.map((s) => ({ ...s })),
    confidence: raw.confidence,
    fromMemory: raw.fromMemory,
    origin,
  };
  if (raw.value !== undefined) fact.value = raw.value;
  if (raw.range) [fact.low, fact.high] = raw.range;
  // A source hedge ("~13") widens the fact's interval downstream; a bound opens one side of it.
  if (raw.approx) tag('approx');
  if (raw.bound && raw.value !== undefined) {
    tag(BOUND_TAG[raw.bound]);
    if (raw.bound === 'over' || raw.bound === 'atLeast') fact.low = raw.value;
    else fact.high = raw.value;
  }
  if (raw.product !== undefined) fact.product = raw.product;
  if (raw.counterparty !== undefined) fact.counterparty = raw.counterparty;
  if (raw.per) fact.per = { ...raw.per };
  if (raw.issued !== undefined) fact.issued = raw.issued;
  if (raw.text !== undefined) fact.text = raw.text;
  if (raw.note !== undefined) fact.note = raw.note;
  if (raw.reportedBy?.length) fact.reportedBy = [...raw.reportedBy];
  if (raw.sourceSeen !== undefined) fact.sourceSeen = raw.sourceSeen;
  if (raw.seedClaims?.length) fact.seedClaims = [...raw.seedClaims];
  return fact;
}
