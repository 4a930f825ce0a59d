#!/usr/bin/env node
// Converts the research fact list (free-form units, periods and composite values) into the bundled,
// structured fact files data/facts/*.yaml. Run from the repository root:
//
//   node scripts/convert-facts.mjs [path/to/research/facts.yaml]     (default ../shared/research/facts.yaml)
//
// The per-fact interpretation (entity, metric, period, how a composite value splits) lives in
// scripts/convert-facts.specs.mjs. Spec keys: e entity, m metric, pr product, cp counterparty,
// p period code, pl period label, v value, r [low, high], a approx, b bound, u unit, per [amount, unit],
// iss issued (when a guidance revision was given), t text (text-only fact), q qualifier tags (added to those read from the source qualifier), qo (item: instead of them), rb reportedBy, n note, fm fromMemory override,
// note the whole note, verbatim, instead of the one assembled from n, the source value, notes, qualifier and period
// (for items added by hand whose note was written differently), src source ids whose sources replace this fact's,
// ns (item) the source the research fact's notes name for this figure, when its own source does not carry it
// (publisher and date as the notes give them): listed first, before the research fact's page (kept for its
// address), and the figure's source counts as not seen,
// items [{ s: suffix, ...overrides }].
// Period codes: 2023 | 2023-12 | 2023-12-29 | 2023-Q4 | 2024-H1 | a..b | nv:FY2024 | nv:Q1FY25 | ms:FY2025 | ms:Q1FY24.
//
// data/facts/*.yaml must be exactly what this script writes: a fix to a fact goes into the specs, never
// into data/facts by hand, or the next run undoes it. test/convertFacts.test.ts runs `convertFacts` in
// memory and compares it with data/facts file by file (skipped when the research list is absent).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import YAML from 'yaml';
import { FILES, EXTRA } from './convert-facts.specs.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The research list, beside the clone (as .ci/run and the helpers' worktrees have it). */
export const RESEARCH_FILE = path.resolve(ROOT, '../shared/research/facts.yaml');
export const OUT_DIR = path.join(ROOT, 'data/facts');

// ------------------------------------------------------------------------------------------- periods
// Nvidia's fiscal calendar: 52/53-week years ending on the last Sunday of January.
const NVIDIA = {
  FY2023: ['2022-01-31', '2023-01-29'], FY2024: ['2023-01-30', '2024-01-28'], FY2025: ['2024-01-29', '2025-01-26'],
  Q1FY24: ['2023-01-30', '2023-04-30'], Q2FY24: ['2023-05-01', '2023-07-30'], Q3FY24: ['2023-07-31', '2023-10-29'],
  Q4FY24: ['2023-10-30', '2024-01-28'], Q1FY25: ['2024-01-29', '2024-04-28'], Q2FY25: ['2024-04-29', '2024-07-28'],
  Q3FY25: ['2024-07-29', '2024-10-27'], Q4FY25: ['2024-10-28', '2025-01-26'], Q1FY26: ['2025-01-27', '2025-04-27'],
};
const pad = (n) => String(n).padStart(2, '0');
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A period code to [start, end] (inclusive ISO dates). */
function span(code) {
  if (code.includes('..')) {
    const [a, b] = code.split('..');
    return [span(a)[0], span(b)[1]];
  }
  if (code.startsWith('nv:')) {
    const s = NVIDIA[code.slice(3)];
    if (!s) throw new Error(`unknown Nvidia period ${code}`);
    return s;
  }
  let m = /^ms:FY(\d{4})$/.exec(code);
  if (m) return [`${+m[1] - 1}-07-01`, `${m[1]}-06-30`];
  m = /^ms:Q([1-4])FY(\d{2})$/.exec(code);
  if (m) {
    const fy = 2000 + +m[2];
    const [y, first] = [[fy - 1, 7], [fy - 1, 10], [fy, 1], [fy, 4]][+m[1] - 1];
    return [`${y}-${pad(first)}-01`, `${y}-${pad(first + 2)}-${lastDay(y, first + 2)}`];
  }
  if ((m = /^(\d{4})$/.exec(code))) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  if ((m = /^(\d{4})-(\d{2})$/.exec(code))) return [`${code}-01`, `${code}-${lastDay(+m[1], +m[2])}`];
  if (/^\d{4}-\d{2}-\d{2}$/.test(code)) return [code, code];
  if ((m = /^(\d{4})-Q([1-4])$/.exec(code))) {
    const first = (+m[2] - 1) * 3 + 1;
    return [`${m[1]}-${pad(first)}-01`, `${m[1]}-${pad(first + 2)}-${lastDay(+m[1], first + 2)}`];
  }
  if ((m = /^(\d{4})-H([12])$/.exec(code))) return m[2] === '1' ? [`${m[1]}-01-01`, `${m[1]}-06-30`] : [`${m[1]}-07-01`, `${m[1]}-12-31`];
  throw new Error(`unknown period code ${code}`);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A period code written for people: 2023-12 -> "December 2023", ms:Q1FY24 -> "Q1 FY2024". */
function labelOf(code) {
  if (code.includes('..')) return code.split('..').map(labelOf).join(' to ');
  let m;
  if ((m = /^(?:nv|ms):(Q[1-4])?FY(\d{2,4})$/.exec(code))) return `${m[1] ? `${m[1]} ` : ''}FY${m[2].length === 2 ? `20${m[2]}` : m[2]}`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(code))) return `${MONTHS[+m[2] - 1]} ${m[1]}`;
  if ((m = /^(\d{4})-([QH][1-4])$/.exec(code))) return `${m[2]} ${m[1]}`;
  return code;
}

/**
 * Instant metrics (valuations, run-rates, users, rounds) dated only to a month or a quarter become an
 * instant on its last day: checkers treat an instant as matching any claim period that contains it,
 * while a month span would only match a claim of that very month. Averages (fx.rate) stay spans.
 */
const METRICS = new Map(YAML.parse(readFileSync(path.join(ROOT, 'data/metrics.yaml'), 'utf8')).metrics.map((m) => [m.id, m]));
function instantOf(code, metric, [start, end]) {
  const instant = METRICS.get(metric)?.periodKind === 'instant' && metric !== 'fx.rate';
  return instant && /^\d{4}-(\d{2}|Q[1-4])$/.test(code) ? [end, end] : [start, end];
}

// ------------------------------------------------------------------------------------------- values
const UNITS = {
  'USD billion': ['USD', 9], 'USD billion (cash)': ['USD', 9], USD: ['USD', 0], 'USD million': ['USD', 6],
  'USD trillion': ['USD', 12], 'CNY billion': ['CNY', 9], 'RMB million': ['CNY', 6], 'EUR million': ['EUR', 6],
  million: ['count', 6], 'CNY per USD': ['CNY/USD', 0], 'percentage points of Azure growth': ['points', 0],
  'USD per GPU': ['USD', 0, [1, 'GPU']], GPUs: ['count', 0], 'GPUs each': ['count', 0], 'H100-equivalents': ['count', 0],
  'USD per month': ['USD', 0, [1, 'month']], 'USD per user per month': ['USD', 0, [1, 'month']],
  'percent of revenue': ['percent', 0], 'paid seats': ['count', 0], downloads: ['count', 0],
  'business customers': ['count', 0], 'USD billion per year': ['USD', 9, [1, 'year']],
  'USD billion per year of capex': ['USD', 9, [1, 'year']],
};
const SCALE_WORDS = { million: 6, billion: 9, trillion: 12 };
const scaled = (digits, exponent) => Number(`${digits.replace(/,/g, '')}e${exponent}`);

/** Parses a simple source value ("~13", ">75", "25,000-30,000", "15 million") in the fact's source unit. */
function parseSimple(id, value, unit) {
  const known = UNITS[unit];
  if (!known) throw new Error(`${id}: no unit mapping for "${unit}"; give v/u in the spec`);
  const [u, exponent0, per] = known;
  const m = /^(~|>|≥|<)?\s*([\d,.]+)(?:\s*-\s*([\d,.]+))?(?:\s+(million|billion|trillion))?$/.exec(String(value).trim());
  if (!m) throw new Error(`${id}: cannot read value "${value}"; give v/r in the spec`);
  const exponent = exponent0 + (m[4] ? SCALE_WORDS[m[4]] : 0);
  const out = { u, per };
  if (m[3]) out.r = [scaled(m[2], exponent), scaled(m[3], exponent)];
  else out.v = scaled(m[2], exponent);
  if (m[1] === '~') out.a = 1;
  if (m[1] === '>') out.b = 'over';
  if (m[1] === '≥') out.b = 'atLeast';
  if (m[1] === '<') out.b = 'under';
  return out;
}

// ------------------------------------------------------------------------------------------- qualifiers and attribution
const TAGS = [
  [/reported|disclosed|disclosure|prospectus|S-1|10-K|8-K|6-K|424B4|interim report/i, 'reported'],
  [/\bGAAP\b/, 'gaap'], [/\bIFRS\b/, 'ifrs'], [/estimate|analysis/i, 'estimate'], [/guidance|guided/i, 'guidance'],
  [/projection|forecast|expectation|\bplan\b|intent/i, 'projection'], [/annualized/i, 'annualized'],
  [/post-money/i, 'post-money'], [/list price/i, 'list-price'], [/intraday/i, 'intraday'],
  [/closing basis|close day/i, 'closing'], [/derived/i, 'derived'], [/target/i, 'target'], [/^event/i, 'event'],
  [/company[- ](stated|statements?|announcements?|disclosure|press release|target|plan|guidance|figure|indication|forecast|reported)|CEO statement/i, 'company-stated'],
  [/vendor (spec|claim)/i, 'vendor-spec'], [/talks/i, 'talks'], [/survey/i, 'survey'], [/tender/i, 'tender-offer'],
  [/theoretical/i, 'theoretical'],
];
/** Tags that only make sense for some metrics; other split items of the same source fact drop them. */
const TAG_METRICS = {
  'post-money': /^valuation$/, annualized: /^revenue\.annualized/,
  'list-price': /^(api-price|unit-price|subscription-price)/, intraday: /^market-cap/,
  closing: /^market-cap|^share-price/, 'tender-offer': /^valuation/, event: /^event/,
};
const PUBLISHERS = [
  [/The Information/, 'the-information'], [/Financial Times|\bFT\b/, 'financial-times'], [/Bloomberg\b(?!-style)/, 'bloomberg'],
  [/Reuters/, 'reuters'], [/\bWSJ\b|Wall Street Journal/, 'wsj'], [/CNBC/, 'cnbc'], [/\bNYT\b|New York Times/, 'nyt'],
  [/Fortune/, 'fortune'], [/Forbes/, 'forbes'], [/Axios/, 'axios'], [/TechCrunch/, 'techcrunch'], [/The Verge/, 'the-verge'],
  [/Barron/, 'barrons'], [/MarketWatch/, 'marketwatch'], [/Tom's Hardware/, 'toms-hardware'], [/VentureBeat/, 'venturebeat'],
  [/\bAFP\b/, 'afp'], [/Globe and Mail/, 'the-globe-and-mail'], [/LatePost|晚点/, 'latepost'], [/36Kr|36氪/, '36kr'],
  [/Omdia/, 'omdia'], [/TrendForce/, 'trendforce'], [/TechInsights/, 'techinsights'], [/CB Insights/, 'cb-insights'],
  [/Raymond James/, 'raymond-james'], [/Menlo Ventures/, 'menlo-ventures'],
];

function autoTags(qualifier, metric) {
  // "not company-reported", "post-money not stated": a negated phrase must not become a tag.
  const affirmed = qualifier.replace(/\bnot [^;,)]*|[\w-]+ not stated/gi, '');
  const tags = TAGS.filter(([re]) => re.test(affirmed)).map(([, tag]) => tag);
  return tags.filter((tag) => !TAG_METRICS[tag] || TAG_METRICS[tag].test(metric));
}
const autoReportedBy = (text) => PUBLISHERS.filter(([re]) => re.test(text)).map(([, id]) => id);

// ------------------------------------------------------------------------------------------- sources
function sourcesOf(orig) {
  const s = orig.source;
  if (!s.publisher && !s.url) return { sources: [], dateRemark: undefined };
  const out = { publisher: s.publisher };
  if (s.title) out.title = s.title;
  if (s.url) out.url = s.url;
  let dateRemark;
  const date = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s*(.*)$/.exec(String(s.date ?? ''));
  if (date) {
    out.date = date[1];
    if (date[2]) dateRemark = `Source date ${date[1]} ${date[2].replace(/^\((.*)\)$/, '$1')}.`;
  }
  if (s.quote) out.quote = s.quote;
  return { sources: [out], dateRemark };
}

// ------------------------------------------------------------------------------------------- building facts
const unique = (xs) => [...new Set(xs)];

function buildFacts(orig, spec, byId) {
  const items = spec.items ?? [{}];
  const split = Boolean(spec.items);
  const { sources: ownSources, dateRemark } = sourcesOf(orig);
  const sources = spec.src ? spec.src.flatMap((id) => sourcesOf(byId.get(id)).sources) : ownSources;
  const periodText = String(orig.period ?? '').trim();
  return items.map((item) => {
    const f = { ...spec, ...item };
    const id = split ? `${orig.id}.${item.s}` : orig.id;
    if (!split && f.v === undefined && !f.r && f.t === undefined) Object.assign(f, { ...parseSimple(id, orig.value, orig.unit), ...spec });
    if (f.u === undefined && UNITS[orig.unit]) {
      f.u = UNITS[orig.unit][0];
      f.per ??= UNITS[orig.unit][2];
    }
    if (!f.e || !f.m || !f.p || !f.u) throw new Error(`${id}: entity, metric, period and unit are required (e=${f.e} m=${f.m} p=${f.p} u=${f.u})`);
    if (!METRICS.has(f.m)) throw new Error(`${id}: unknown metric ${f.m}`);
    const [start, end] = instantOf(f.p, f.m, span(f.p));
    // An item with its own period is labelled from it; otherwise the source's wording labels it.
    const ownPeriod = item.p !== undefined && item.p !== spec.p;
    const label = f.pl ?? (ownPeriod ? labelOf(f.p) : periodText.split(';')[0].trim() || labelOf(f.p));
    const qualifier = String(orig.qualifier ?? '');
    const publisherText = `${qualifier} ${orig.source.publisher ?? ''}`;
    const reportedBy = item.rb ?? spec.rb ?? autoReportedBy(publisherText);
    const fromMemory = f.fm ?? orig.from_memory;
    const notes = [
      item.n, spec.n,
      split ? `Source value: ${orig.value} (${orig.unit}).` : undefined,
      orig.notes, qualifier ? `Qualifier: ${qualifier}.` : undefined,
      periodText && periodText !== label ? `Period as written: ${periodText}.` : undefined,
      dateRemark,
    ].filter(Boolean);
    return {
      id, entity: f.e, product: f.pr, counterparty: f.cp, metric: f.m,
      value: f.v, range: f.r, approx: f.a ? true : undefined, bound: f.b, text: f.t,
      unit: f.u, per: f.per ? { amount: f.per[0], unit: f.per[1] } : undefined,
      period: start === end ? { asOf: start, label } : { start, end, label },
      issued: f.iss,
      qualifiers: item.qo ?? unique([...autoTags(qualifier, f.m), ...(spec.q ?? []), ...(item.q ?? [])]),
      reportedBy: reportedBy.length ? unique(reportedBy) : undefined,
      sources: item.ns ? [item.ns, ...sources] : sources,
      confidence: item.fm ? 'low' : orig.confidence,
      fromMemory, sourceSeen: item.ns ? false : orig.source_seen,
      seedClaims: orig.seed_claims?.length ? orig.seed_claims : undefined,
      note: f.note ?? (notes.length ? notes.join(' ') : undefined),
    };
  });
}

/**
 * A fact the research list lacks: derived from a research fact (`from`: its sources and confidence), or
 * given whole (`fact`: already in data/facts' shape, with its own sources) and written as it is.
 */
function buildExtra(extra, byId) {
  if (extra.fact) return extra.fact;
  const from = byId.get(extra.from);
  const [start, end] = instantOf(extra.p, extra.m, span(extra.p));
  return {
    id: extra.id, entity: extra.e, metric: extra.m, value: extra.v, unit: extra.u,
    period: start === end ? { asOf: start, label: extra.pl } : { start, end, label: extra.pl },
    qualifiers: extra.q, sources: sourcesOf(from).sources, confidence: from.confidence,
    fromMemory: false, sourceSeen: from.source_seen, seedClaims: extra.seedClaims, note: extra.n,
  };
}

// ------------------------------------------------------------------------------------------- YAML output
/** Numbers in engineering notation (60.922e9) so base-unit values stay readable. */
function formatNumber(v) {
  for (const exponent of [15, 12, 9, 6]) {
    if (Math.abs(v) < 10 ** exponent) continue;
    for (let digits = 1; digits <= 15; digits++) {
      const mantissa = String(Number((v / 10 ** exponent).toPrecision(digits)));
      if (Number(`${mantissa}e${exponent}`) === v) return `${mantissa}e${exponent}`;
    }
  }
  return String(v);
}
const scalar = (x) => (typeof x === 'number' ? formatNumber(x) : YAML.stringify(x, { lineWidth: 0 }).trimEnd());
const flowList = (xs) => `[${xs.map(scalar).join(', ')}]`;

function emitFact(f) {
  const lines = [`  - id: ${scalar(f.id)}`];
  const put = (key, text) => lines.push(`    ${key}: ${text}`);
  for (const key of ['entity', 'product', 'counterparty', 'metric']) if (f[key] !== undefined) put(key, scalar(f[key]));
  if (f.value !== undefined) put('value', scalar(f.value));
  if (f.range) put('range', flowList(f.range));
  if (f.approx) put('approx', 'true');
  if (f.bound) put('bound', f.bound);
  if (f.text !== undefined) put('text', scalar(f.text));
  put('unit', scalar(f.unit));
  if (f.per) put('per', `{ amount: ${scalar(f.per.amount)}, unit: ${scalar(f.per.unit)} }`);
  lines.push('    period:');
  for (const key of ['asOf', 'start', 'end', 'label']) if (f.period[key] !== undefined) lines.push(`      ${key}: ${scalar(f.period[key])}`);
  if (f.issued !== undefined) put('issued', scalar(f.issued));
  put('qualifiers', flowList(f.qualifiers));
  if (f.reportedBy) put('reportedBy', flowList(f.reportedBy));
  if (f.sources.length === 0) put('sources', '[]');
  else {
    lines.push('    sources:');
    for (const s of f.sources) {
      Object.entries(s).forEach(([key, value], i) => lines.push(`${i === 0 ? '      - ' : '        '}${key}: ${scalar(value)}`));
    }
  }
  put('confidence', f.confidence);
  put('fromMemory', String(f.fromMemory));
  put('sourceSeen', String(f.sourceSeen));
  if (f.seedClaims) put('seedClaims', flowList(f.seedClaims));
  if (f.note) put('note', scalar(f.note));
  return lines.join('\n');
}

// ------------------------------------------------------------------------------------------- conversion
/** The line under each file's description: it sends whoever opens the file to the specs (one line, so facts keep their line numbers). */
const GENERATED = [
  '# Generated by scripts/convert-facts.mjs from ../shared/research/facts.yaml. Do not edit here: edit scripts/convert-facts.specs.mjs and rerun it.',
];

/**
 * Converts the research list (the parsed facts.yaml) into the text of every data/facts file.
 * Returns the files in the specs' order, `{ 'nvidia.yaml': '# …', … }`, and the number of facts in each.
 * Throws on a research fact the specs miss, convert twice or cannot read. The specs default to
 * convert-facts.specs.mjs; tests pass small ones.
 */
export function convertFacts(research, { files: specs = FILES, extra: extras = EXTRA } = {}) {
  const byId = new Map(research.map((f) => [f.id, f]));
  const covered = new Set();
  const files = {};
  const counts = {};
  for (const [file, { header, facts }] of Object.entries(specs)) {
    const out = [];
    for (const [id, spec] of Object.entries(facts)) {
      const orig = byId.get(id);
      if (!orig) throw new Error(`${file}: ${id} is not in the research list`);
      if (covered.has(id)) throw new Error(`${id} is converted twice`);
      covered.add(id);
      out.push(...buildFacts(orig, spec, byId));
    }
    for (const extra of extras[file] ?? []) out.push(buildExtra(extra, byId));
    files[file] = [
      ...header.split('\n').map((line) => `# ${line}`),
      ...GENERATED,
      '# yaml-language-server: $schema=../schema/facts.schema.json',
      'facts:',
      out.map(emitFact).join('\n'),
      '',
    ].join('\n');
    counts[file] = out.length;
  }
  const missing = research.filter((f) => !covered.has(f.id)).map((f) => f.id);
  if (missing.length) throw new Error(`not converted: ${missing.join(', ')}`);
  return { files, counts };
}

/** Reads and parses the research list. */
export const readResearch = (file = RESEARCH_FILE) => YAML.parse(readFileSync(file, 'utf8'));

// ------------------------------------------------------------------------------------------- command line
function main() {
  const source = process.argv[2] ?? RESEARCH_FILE;
  const research = readResearch(source);
  const { files, counts } = convertFacts(research);
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    writeFileSync(path.join(OUT_DIR, file), text);
    console.log(`${file}: ${counts[file]} facts`);
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`${total} facts from ${research.length} research facts`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
