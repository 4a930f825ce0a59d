/**
 * The plain data types every stage of the core shares.
 *
 * Invariants (see ARCHITECTURE.md):
 * - every offset is a UTF-16 code-unit index into the ORIGINAL document text, end exclusive;
 * - nothing here knows about LSP or VS Code: lines and columns are computed at the edges;
 * - all types are plain JSON-serialisable data (no classes, no Infinity: open bounds are `null`).
 */

/** A half-open range [start, end) of UTF-16 code units in the original text. */
export interface Span {
  start: number;
  end: number;
}

export type Lang = 'en' | 'zh';

/** What a recognised number measures. */
export type QuantityKind =
  | 'money' // an amount of a currency
  | 'count' // a number of things (GPUs, users, tokens, words)
  | 'percent' // 30% (value = 30)
  | 'points' // 6 percentage points (value = 6)
  | 'ratio' // 1/10, one tenth (value = 0.1)
  | 'multiple' // 3x, 两倍 (value = 3)
  | 'vague' // 数十亿, billions: never checked as an exact number
  | 'number'; // a bare number with no unit

/** How the wording bounds the value: the hedge or bound word the author used. */
export type Bound =
  | 'exact' // as written, rounded to its last digit
  | 'approx' // about, around, 约, 左右
  | 'nearly' // nearly, almost, 近, 将近 -> [0.9x, x]
  | 'over' // more than, over, 超过, 逾, 多, 余 -> (x, open)
  | 'atLeast' // at least, 至少 -> [x, open)
  | 'under' // up to, under, 不到, 不足 -> [0, x)
  | 'range'; // 25k-40k, 2.5万至4万

/**
 * How the number was written, so a corrected value can be written back in the author's own style.
 * `numberSpan` is relative to the quantity's own `start`: the digits that a fix replaces.
 */
export interface NumberStyle {
  lang: Lang;
  /** Digits after the decimal point as written ("1.60" -> 2). */
  decimals: number;
  /** Multiplier of the scale word written after the digits (B -> 1e9, 亿 -> 1e8, 万亿 -> 1e12, none -> 1). */
  scale: number;
  /** The scale word exactly as written ("B", "bn", " billion", "亿", "万亿", "k"), or "" when none. */
  scaleWord: string;
  /** Thousands separators used ("150,000"). */
  grouping: boolean;
  /** Full-width digits (１．６). */
  fullWidth: boolean;
  /** Digits or Chinese numerals. */
  numerals: 'arabic' | 'chinese' | 'mixed';
  /** The part of the text a corrected number replaces, relative to the quantity start. */
  numberSpan: Span;
}

/** A number as the recogniser read it. Offsets are relative to the string given to the recogniser. */
export interface Quantity extends Span {
  /** Exactly input.slice(start, end). */
  text: string;
  kind: QuantityKind;
  /** Value in base units: money in currency units (1.6e9), percent as number of percent (30 for 30%). */
  value: number;
  /** The interval the wording implies (written precision, hedges, bounds); null = open on that side. */
  low: number | null;
  high: number | null;
  /** ISO 4217 code for money ("USD", "CNY", "EUR"). */
  currency?: string;
  /** What is counted or priced: "GPU", "H100", "user", "token", "word" (counts), or the "per" unit of a price. */
  unit?: string;
  /** For rates and prices: the denominator as written, e.g. { amount: 1e6, unit: "token" } for "per 1M tokens". */
  per?: { amount: number; unit: string };
  /**
   * A unit of measurement written after a space (" GW" of "12 GW"): read into `unit` but outside the
   * span, so a fix edits only the number. Kept as written so messages quote the figure whole (shownText).
   */
  unitAfter?: string;
  bound: Bound;
  /** The hedge word as written ("about", "约", "超过"), kept so hovers can explain the interval. */
  hedge?: string;
  /** The second end of an explicit range ("$25k–$40k") is folded into low/high; value is the midpoint. */
  style: NumberStyle;
}

/** A time period: inclusive ISO dates. An "as of" instant has start === end. */
export interface Period {
  start: string; // YYYY-MM-DD
  end: string; // YYYY-MM-DD
  /** Human label as normalised ("Dec 2023", "Q3 FY2024", "2023"). */
  label: string;
}

/** How a binding was made; severity depends on it (checking-model §5). */
export type BindingHow = 'explicit' | 'sentence' | 'context' | 'document' | 'default';

export interface Binding<T> {
  value: T;
  how: BindingHow;
  /** Where in the document the binding evidence was found (the alias, trigger word or date). */
  span?: Span;
  /** Part of it is not in the text: a year-less month placed in a year by the document's date. */
  inferred?: boolean;
  /** Another reading the same words allow ("last September" said in November: this year's or last year's). */
  alternative?: T;
  /** The words give the period only roughly (a season, 年初, "late in the year"): a fact overlapping it may support the figure. */
  approximate?: boolean;
  /**
   * The words put the period at a rough distance ("a year earlier" of March, 一年前): the span around it
   * the distance may mean. A figure of another period inside it is no wrong period (checks/facts/roughDistance.ts).
   */
  window?: T;
  /** The words leave the year to the reader, who has none to take (a bare 年底): never sure enough to call a figure wrong. */
  unsure?: boolean;
  /**
   * The name bound opens a coordinated group of names ("Microsoft and Meta spent…", "OpenAI与甲骨文签下…"):
   * the figure may be any member's or the group's, so the binding is not unambiguous (no error on it).
   */
  grouped?: boolean;
}

/** A recognised quantity in a document, bound to what it is about. */
export interface Claim {
  /** Stable within one analysis: "c<start>". */
  id: string;
  quantity: Quantity; // offsets into the document
  sentence: Span;
  lang: Lang;
  entity?: Binding<string>; // entity id
  product?: Binding<string>; // entity id of the counted/priced product (H100)
  metric?: Binding<string>; // metric id
  period?: Binding<Period>;
  attribution?: Binding<string>; // publisher name as written
}

// ---------------------------------------------------------------------------------------------
// Fact base

export type Confidence = 'high' | 'medium' | 'low';

export interface Source {
  publisher: string;
  title?: string;
  url?: string;
  date?: string;
  quote?: string;
}

export interface Entity {
  id: string;
  kind: 'company' | 'product' | 'model' | 'person' | 'organisation' | 'currency-pair' | 'event' | 'other';
  names: { en: string[]; zh: string[] };
  /**
   * Short forms that are also ordinary words ("Figure", "Stability"): a mention only where the text shows
   * the company is meant (bind/shortNames.ts).
   */
  shortNames?: { en: string[]; zh: string[] };
  /** Month-day the fiscal year ends ("01-28" for Nvidia, "06-30" for Microsoft); calendar year when absent. */
  fiscalYearEnd?: string;
  /** Entity this one belongs to (ChatGPT -> OpenAI, Azure -> Microsoft). */
  parent?: string;
  /**
   * A common noun for a kind of thing ("GPUs", "hyperscalers"), not one named thing: in a heading it is
   * the topic, never the subject that competes with the company the heading names (bind/coreference.ts).
   */
  generic?: boolean;
  /**
   * The entities a group stands for ("the four hyperscalers": Microsoft, Alphabet, Amazon, Meta): a total
   * stated over exactly these names ("微软、谷歌、亚马逊和Meta合计…", "… together spent") is the group's
   * figure (bind/groupTotal.ts).
   */
  members?: string[];
}

export interface Metric {
  id: string;
  names: { en: string[]; zh: string[] };
  /** Words near a number that select this metric. */
  triggers: { en: string[]; zh: string[] };
  /** Quantity kinds this metric can take. */
  kinds: QuantityKind[];
  /** Facts of this metric are flows over a period (revenue) or levels at an instant (valuation). */
  periodKind: 'duration' | 'instant';
  /** The metric this one is stated as a share of ("88% of revenue", a net margin): a segment's total. */
  shareOf?: string;
  /** Words naming this metric as a percentage of its `shareOf` whole ("net margin", "净利率"). */
  marginNames?: { en: string[]; zh: string[] };
  /** The metric this one plans or forecasts (capex guidance → capex): what a plan is compared with. */
  forecastOf?: string;
  /** For a level that changes in steps: days its newest figure stands for "now" in an undated claim. */
  currentForDays?: number;
  /** An event that happens once, on its date (a round, an investment, a deal, a one-day move). */
  oneOff?: boolean;
  /** Qualifiers naming the event a figure was set at (ipo-price, opening): figures of different ones are different series. */
  eventQualifiers?: string[];
  /** A product's fixed property (a vendor spec): the same for the product at any date, so it needs no period. */
  timeless?: boolean;
  /** Metrics this one's figures are filed under (a commitment of money is an investment or a deal's value): see checks/facts/filedAs.ts. */
  filedAs?: string[];
  /** The metric this one is the year-over-year growth of (revenue growth → revenue; an amount: revenue.increase → revenue). */
  growthOf?: string;
  /** What money spent on is this metric ("spent $X on servers" is capex): read with a spending verb. */
  spentOn?: { en: string[]; zh: string[] };
  /**
   * Words saying a figure is a forecast or plan ("guiding to", 指引, 计划) without naming what of: on a
   * `forecastOf` metric, the figure is this forecast when its context names the forecast's measure (bind/carriedForecast.ts).
   */
  forecastWords?: { en: string[]; zh: string[] };
  /** Verbs naming this metric only touching a figure that is their object ("took about 10%"): see bind/verbBefore.ts. */
  verbsBefore?: { en: string[]; zh: string[] };
  /** Verbs whose object is an amount put "into" a named recipient ("put $4 billion into Anthropic"): see bind/intoRecipient.ts. */
  verbsInto?: { en: string[]; zh: string[] };
  /** Denominators a money figure of this metric is written per ("$20.47 a share", 每股): see bind/perUnit.ts. */
  perUnits?: string[];
  /** Words naming another measure per such a unit ("dividend", 每股收益): with one in its clause, the figure is not this metric's. */
  perUnitsUnless?: { en: string[]; zh: string[] };
  /**
   * Short words that name this metric only in a sentence that also writes one of `when` ("on a hit" is
   * the cached-input price where the sentence names a cache or a miss): see checks/facts/guardedTrigger.ts.
   */
  guardedTriggers?: { en: string[]; zh: string[]; when: { en: string[]; zh: string[] } };
}

/** Where a fact (or a problem) came from in its file: 1-based line and column. */
export interface Origin {
  file: string;
  line: number;
  column: number;
}

export interface Fact {
  id: string;
  entity: string;
  metric: string;
  /** Numeric facts: a value or a range in base units. Text-only facts (dates, specs) have neither. */
  value?: number;
  low?: number;
  high?: number;
  /** "USD", "CNY", "EUR" (money), "count", "percent", "points", "ratio", "multiple", "CNY/USD" (FX rates). */
  unit: string;
  /** What is counted or priced (entity id of a product, or a word such as "GPU"). */
  product?: string;
  per?: { amount: number; unit: string };
  period: Period;
  /** When a guidance or forecast was given ("2025-07" or a day): revisions of one guidance share a period. */
  issued?: string;
  qualifiers: string[]; // annualized, estimate, guidance, post-money, equivalent, projection, ...
  sources: Source[];
  confidence: Confidence;
  fromMemory: boolean;
  /** A text value for facts that are not a single number ("Mar 18-21, 2024"). */
  text?: string;
  note?: string;
  origin?: Origin;
  /** Entity id of the other party of an investment, stake or deal (investment: entity invests in counterparty). */
  counterparty?: string;
  /** Entity ids of the publishers or research firms the figure is attributed to ("according to The Information"). */
  reportedBy?: string[];
  /** The cited page was actually read (research flag; false for derived and from-memory facts). */
  sourceSeen?: boolean;
  /** Ids of the seed-article claims this fact decides (shared/research/seed-claims.md). */
  seedClaims?: string[];
}

// ---------------------------------------------------------------------------------------------
// Findings

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type Verdict =
  | 'supported'
  | 'contradicted'
  | 'wrong-period'
  | 'wrong-currency'
  | 'wrong-scale'
  | 'wrong-metric'
  | 'misattributed'
  | 'stale'
  | 'conflicting'
  | 'unverifiable'
  | 'inconsistent' // arithmetic
  | 'consistent'; // arithmetic

export interface Evidence {
  factId: string;
  /** The fact's value written for people ("$1.6B", "¥6.56亿"). */
  value: string;
  period: string;
  qualifiers: string[];
  confidence: Confidence;
  source: Source;
}

export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Only certain fixes are applied by "fix all" and `tally check --fix`. */
  certain: boolean;
}

export interface Finding extends Span {
  check: string; // check id, e.g. "fact.value-mismatch"
  severity: Severity;
  message: string;
  /** Exactly document.slice(start, end). */
  text: string;
  claimId?: string;
  verdict?: Verdict;
  evidence: Evidence[];
  fixes: Fix[];
  /** Fact checks: why the finding shows below its check's severity (the binding or evidence it lacks). */
  heldBack?: string;
  /** Arithmetic: the computation, step by step, for hovers. */
  computation?: string[];
  /** Other spans the finding depends on (the operands of a relation). */
  related?: Span[];
  /** Set when a suppression comment silences this finding. */
  suppressed?: { reason: string; directive: Span };
}

/** Something wrong with the input or configuration that is not a finding about a claim. */
export interface Problem {
  severity: Severity;
  message: string;
  /** Where: a fact file, or the document itself when absent. */
  origin?: Origin;
  span?: Span;
  code?: string;
}
