/**
 * The bundled fact base (data/) must load without a single problem, and must carry every fact of the
 * research list with a unit, a period and (unless from memory) an http(s) source. CI fails otherwise.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFactBase, unitKind, type FactBase } from '../server/src/core/facts/index';
import { bundledDataDir, readBundledFactFiles } from '../server/src/node/factFiles';
import { evidenceOf } from '../server/src/core/checks/facts/findings';

const RESEARCH_IDS = fs
  .readFileSync(path.join(__dirname, 'core/facts/fixtures/research-fact-ids.txt'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'));
const RESEARCH_FILE = '/work/shared/research/facts.yaml';

let kb: FactBase;
beforeAll(() => {
  kb = loadFactBase(readBundledFactFiles(bundledDataDir()));
});

const where = (f: { id: string; origin?: { file: string; line: number } }) => `${f.id} (${path.basename(f.origin?.file ?? '?')}:${f.origin?.line})`;

describe('bundled fact base', () => {
  it('loads without problems', () => {
    const report = kb.problems.map((p) => `${p.origin ? `${path.basename(p.origin.file)}:${p.origin.line}:${p.origin.column} ` : ''}${p.code}: ${p.message}`);
    expect(report).toEqual([]);
  });

  it('bundles every research fact, split ones by prefix', () => {
    expect(RESEARCH_IDS).toHaveLength(332);
    expect(kb.facts.length).toBeGreaterThanOrEqual(332);
    const ids = kb.facts.map((f) => f.id);
    const missing = RESEARCH_IDS.filter((id) => !ids.some((x) => x === id || x.startsWith(`${id}.`)));
    expect(missing).toEqual([]);
  });

  it('keeps the fixture of research ids in step with the research file when it is present', () => {
    if (!fs.existsSync(RESEARCH_FILE)) return;
    const inFile = [...fs.readFileSync(RESEARCH_FILE, 'utf8').matchAll(/^- id: (.+)$/gm)].map((m) => m[1].trim());
    expect(inFile).toEqual(RESEARCH_IDS);
  });

  it('gives every fact a unit and a real period, and every numeric fact a numeric unit', () => {
    const bad = kb.facts.filter((f) => {
      const numeric = f.value !== undefined || f.low !== undefined || f.high !== undefined;
      const datesOk = /^\d{4}-\d{2}-\d{2}$/.test(f.period.start) && /^\d{4}-\d{2}-\d{2}$/.test(f.period.end) && f.period.start <= f.period.end;
      return !f.unit || !datesOk || !f.period.label || (numeric ? unitKind(f.unit) === 'text' : f.text === undefined);
    });
    expect(bad.map(where)).toEqual([]);
  });

  it('gives every fact that is not from memory a source with a publisher and an http(s) URL', () => {
    const bad = kb.facts.filter((f) => !f.fromMemory && !f.sources.some((s) => s.publisher && /^https?:\/\//.test(s.url ?? '')));
    expect(bad.map(where)).toEqual([]);
    const badUrls = kb.facts.flatMap((f) => f.sources.filter((s) => s.url !== undefined && !/^https?:\/\//.test(s.url)).map(() => where(f)));
    expect(badUrls).toEqual([]);
  });

  it('shows a figure the research notes credit elsewhere by the notes\' source, not a page that does not carry it', () => {
    const evidence = (id: string) => evidenceOf(kb.facts.find((f) => f.id === id)!, 'en', kb).source.publisher;
    // BNN Bloomberg reports the $2.5B buy-out valuation; the $2.7B paid is the WSJ's (note of CHARAI-GOOGLE).
    expect(evidence('CHARAI-GOOGLE.payment')).toBe('Wall Street Journal (via RTTNews (reprinted on markets.businessinsider.com))');
    expect(evidence('CHARAI-GOOGLE.valuation')).toContain('BNN Bloomberg');
    expect(evidence('OPENAI-VAL-157B.microsoft-investment')).toBe('Wall Street Journal (via Mint)');
    // ByteDance's 2026 plan was reported in December 2025, not by the January 2025 Reuters page.
    const plan = kb.facts.find((f) => f.id === 'BYTEDANCE-CAPEX-2025.2026')!;
    expect(plan.sources[0]).toMatchObject({ publisher: '星岛 (stheadline.com)', date: '2025-12-23' });
    expect(plan.sources.some((s) => s.url)).toBe(true);
  });

  it('keeps confidence and from-memory marks, and sets each origin', () => {
    expect(kb.factById('MSFT-AZURE-AI-Q4FY23')).toMatchObject({ fromMemory: true, confidence: 'low' });
    expect(kb.factById('NVDA-FY24-REV')).toMatchObject({ fromMemory: false, confidence: 'high' });
    expect(kb.facts.every((f) => f.origin && f.origin.line > 0 && f.origin.column > 0)).toBe(true);
  });

  it('states the seed article facts in base units and calendar periods', () => {
    expect(kb.factById('NVDA-FY24-REV')).toMatchObject({
      entity: 'nvidia', metric: 'revenue', value: 60.922e9, unit: 'USD',
      period: { start: '2023-01-30', end: '2024-01-28' }, seedClaims: ['S07'],
    });
    expect(kb.factById('NVDA-FY24-REV-DELTA')).toMatchObject({ metric: 'revenue.increase', value: 33.95e9 });
    expect(kb.factById('NVDA-FY24-NI-DELTA')).toMatchObject({ metric: 'net-income.increase', value: 25.392e9 });
    expect(kb.factById('OPENAI-ARR-2023-12-TI')).toMatchObject({ metric: 'revenue.annualized', value: 1.6e9, reportedBy: ['the-information'], period: { start: '2023-12-31', end: '2023-12-31', label: 'December 2023' } });
    expect(kb.factById('OPENAI-ARR-2023-12-FT')).toMatchObject({ value: 2e9, reportedBy: ['financial-times'] });
    expect(kb.factById('OPENAI-VAL-157B.raise')).toMatchObject({ metric: 'funding.raised', value: 6.6e9 });
    expect(kb.factById('OPENAI-VAL-157B.valuation')).toMatchObject({ metric: 'valuation', value: 157e9, qualifiers: ['post-money'] });
    expect(kb.factById('NVDA-MCAP-2T-INTRADAY')).toMatchObject({ metric: 'market-cap', value: 2e12, qualifiers: ['intraday', 'milestone'] });
    expect(kb.factById('OPENAI-GPT4-8K-PRICE.input')).toMatchObject({ metric: 'api-price.input', value: 30, per: { amount: 1e6, unit: 'token' } });
    expect(kb.factById('OPENAI-GPT4-8K-PRICE.output')).toMatchObject({ value: 60 });
    expect(kb.factById('MSFT-AZURE-AI-Q1FY24.points')).toMatchObject({ metric: 'growth-contribution.points', unit: 'points', value: 3, period: { start: '2023-07-01', end: '2023-09-30' } });
    expect(kb.factById('OMDIA-H100-2023-MSFT-META.meta')).toMatchObject({ entity: 'meta', product: 'h100', metric: 'gpus.acquired', value: 150000, period: { start: '2023-01-01', end: '2023-12-31' } });
    expect(kb.factById('H100-PRICE-RJ')).toMatchObject({ low: 25000, high: 30000, per: { amount: 1, unit: 'GPU' } });
    expect(kb.factById('BIDU-GENAI-Q4-2023.incremental')).toMatchObject({ entity: 'baidu', value: 656e6, unit: 'CNY', period: { start: '2023-10-01', end: '2023-12-31' } });
    expect(kb.factById('FX-USDCNY-AVG-2023-12')).toMatchObject({ entity: 'usd-cny', metric: 'fx.rate', unit: 'CNY/USD', value: 7.1402 });
    expect(kb.factById('MSFT-AZURE-FY25')).toMatchObject({ value: 75e9, low: 75e9, qualifiers: expect.arrayContaining(['over']) });
  });

  it('indexes facts by entity and metric', () => {
    const revenue = kb.factsFor('nvidia', 'revenue');
    expect(revenue.map((f) => f.id)).toContain('NVDA-FY24-REV');
    expect(revenue.every((f) => f.entity === 'nvidia' && f.metric === 'revenue')).toBe(true);
    expect(kb.factsFor('nvidia').length).toBeGreaterThan(revenue.length);
  });
});

describe('bundled entities and metrics', () => {
  const alias = (text: string) => [...new Set(kb.entityAliases.filter((a) => a.text === text).map((a) => a.entity))];
  const trigger = (text: string) => kb.metricTriggers.filter((t) => t.text === text).map((t) => t.metric);

  it('name the entities drafts talk about, in English and Chinese', () => {
    expect(alias('英伟达')).toEqual(['nvidia']);
    expect(alias('輝達')).toEqual(['nvidia']);
    expect(alias('微软')).toEqual(['microsoft']);
    expect(alias('文心一言')).toEqual(['ernie']);
    expect(alias('谷歌')).toEqual(['alphabet']);
    expect(alias('扎克伯格')).toEqual(['mark-zuckerberg']);
    expect(alias('《金融时报》')).toEqual(['financial-times']);
    expect(alias('The Information')).toEqual(['the-information']);
    expect(alias('H100')).toEqual(['h100']);
    expect(alias('元')).toEqual([]);
    expect(kb.entities.get('chatgpt')?.parent).toBe('openai');
    expect(kb.entities.get('azure')?.parent).toBe('microsoft');
    expect(kb.entities.get('mark-zuckerberg')?.kind).toBe('person');
    expect(kb.entities.get('microsoft')?.fiscalYearEnd).toBe('06-30');
    expect(kb.entities.get('nvidia')?.fiscalYearEnd).toBe('01-31');
  });

  it('give every entity a name and list aliases longest first', () => {
    expect([...kb.entities.values()].filter((e) => e.names.en.length + e.names.zh.length === 0)).toEqual([]);
    const lengths = kb.entityAliases.map((a) => a.text.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });

  it('have the trigger words of the seed article metrics', () => {
    expect(trigger('估值')).toContain('valuation');
    expect(trigger('年化收入')).toContain('revenue.annualized');
    expect(trigger('run-rate')).toContain('revenue.annualized');
    expect(trigger('个百分点')).toContain('growth-contribution.points');
    expect(trigger('多赚')).toContain('net-income.increase');
    expect(trigger('汇率')).toContain('fx.rate');
    expect(trigger('市值')).toContain('market-cap');
    expect(trigger('资本开支')).toContain('capex');
    expect(trigger('周活跃用户')).toContain('users.weekly');
  });

  it('define no metric that no fact uses', () => {
    const used = new Set(kb.facts.map((f) => f.metric));
    const unused = [...kb.metrics.keys()].filter((m) => !used.has(m));
    expect(unused).toEqual([]);
  });
});

describe('schemas', () => {
  const schemas = ['entities', 'metrics', 'facts'].map((name) => ({
    name,
    schema: JSON.parse(fs.readFileSync(path.join(bundledDataDir(), 'schema', `${name}.schema.json`), 'utf8')) as Record<string, unknown>,
  }));

  it('describe every property, directly or through the definition they refer to', () => {
    const undescribed: string[] = [];
    for (const { name, schema } of schemas) {
      const definitions = (schema.definitions ?? {}) as Record<string, { description?: string }>;
      const describedRef = (s: { $ref?: string }) => s.$ref?.startsWith('#/definitions/') && definitions[s.$ref.slice(14)]?.description;
      const walk = (node: unknown, where: string) => {
        if (!node || typeof node !== 'object') return;
        const props = (node as { properties?: Record<string, { description?: string; $ref?: string }> }).properties;
        for (const [key, prop] of Object.entries(props ?? {})) {
          if (!prop.description && !describedRef(prop)) undescribed.push(`${name}: ${where}.${key}`);
        }
        for (const [key, child] of Object.entries(node)) walk(child, `${where}/${key}`);
      };
      walk(schema, '');
    }
    expect(undescribed).toEqual([]);
  });

  it('only allow http(s) source URLs', () => {
    const facts = schemas.find((s) => s.name === 'facts')!.schema as { definitions: { source: { properties: { url: { pattern: string } } } } };
    const url = new RegExp(facts.definitions.source.properties.url.pattern);
    expect(['https://a.example/x', 'http://b.example'].every((u) => url.test(u))).toBe(true);
    expect(['javascript:alert(1)', 'command:workbench.action.quit', 'file:///etc/passwd', 'vscode://x'].some((u) => url.test(u))).toBe(false);
  });
});
