// How each fact of /work/shared/research/facts.yaml becomes one or more structured facts in data/facts/.
// Read by scripts/convert-facts.mjs; see the key legend there. Every source id appears exactly once.
//
// Conventions (also in data/README.md):
// - financial metrics (revenue, capex, valuation, funding…) sit on the company; the product line goes in `pr`;
// - product facts (prices, specs, users, usage, dates) sit on the product or model itself;
// - `investment` and `equity-stake`: entity = investor / holder, counterparty = the company invested in;
// - a post-money valuation is a `valuation` (tag post-money) and a milestone a `market-cap` (tag milestone):
//   checkers match metrics exactly, and a writer's "valued at $157B" must find the post-money figure;
// - a split fact gets `<source id>.<suffix>` ids; an unsplit one keeps the source id;
// - reportedBy (rb) names who broke or estimated a figure. The converter guesses it from the outlets the
//   source names ("CNA (Reuters)"); `rb: []` drops that guess on a figure the company itself announced
//   (release, call, filing, keynote) or on market data, read in an outlet's reprint: any outlet may report
//   those. An estimate carries the firm or report behind it (`rb: ['iea']`). See data/README.md.
//
// data/facts/*.yaml is this file's output: fix or add a fact here and run `node scripts/convert-facts.mjs`;
// test/convertFacts.test.ts fails when the two disagree.

const tokens = [1e6, 'token'];
/** API price items: $ per 1M tokens on the model itself. */
const api = (suffix, metric) => (v, o = {}) => ({ s: suffix, m: metric, v, u: 'USD', per: tokens, ...o });
const IN = api('input', 'api-price.input');
const OUT = api('output', 'api-price.output');
const CACHED = api('cached-input', 'api-price.cached-input');
const RAISE = (v, o = {}) => ({ s: 'raise', m: 'funding.raised', v, ...o });
const VAL = (v, o = {}) => ({ s: 'valuation', m: 'valuation', v, ...o });
const POST = (v, o = {}) => ({ s: 'valuation', m: 'valuation', v, q: ['post-money'], ...o });
const GROWTH = (v, o = {}) => ({ s: 'growth', m: 'revenue.growth', v, u: 'percent', q: ['year-over-year'], ...o });
const model = (id) => ({ e: id, pr: id });
/** The WSJ's report of who put what into OpenAI's October 2024 round, as a research note cites it. */
const WSJ_VIA_MINT = { publisher: 'Mint' };
/**
 * A quarter's Azure AI contribution (points of Azure growth) and Azure's own growth that quarter, which
 * the research gives in the period field ("Q3 FY2024 (Jan-Mar 2024); Azure +31%"). Every quarter with a
 * stated growth carries it, so one quarter's rate is never the only record of a rate another shares.
 */
const AZURE_POINTS = (p, points, growth, o = {}) => ({
  e: 'microsoft', pr: 'azure', p,
  items: [{ s: 'points', m: 'growth-contribution.points', v: points, u: 'points', ...o }, GROWTH(growth, { s: 'azure-growth' })],
});

export const FILES = {
  'nvidia.yaml': {
    header: 'Nvidia: fiscal-year and quarterly revenue, data-center revenue, net income, market-cap milestones, charges.\n' +
      'Nvidia fiscal years end on the last Sunday of January (FY2024 = 2023-01-30..2024-01-28); periods below are exact.',
    facts: {
      'NVDA-FY24-REV': { e: 'nvidia', m: 'revenue', p: 'nv:FY2024' },
      'NVDA-FY23-REV': { e: 'nvidia', m: 'revenue', p: 'nv:FY2023' },
      'NVDA-FY25-REV': { e: 'nvidia', m: 'revenue', p: 'nv:FY2025' },
      'NVDA-FY24-DC': { e: 'nvidia', m: 'revenue.datacenter', p: 'nv:FY2024' },
      'NVDA-FY23-DC': { e: 'nvidia', m: 'revenue.datacenter', p: 'nv:FY2023' },
      'NVDA-FY25-DC': { e: 'nvidia', m: 'revenue.datacenter', p: 'nv:FY2025' },
      'NVDA-FY24-NI': { e: 'nvidia', m: 'net-income', p: 'nv:FY2024' },
      'NVDA-FY23-NI': { e: 'nvidia', m: 'net-income', p: 'nv:FY2023' },
      'NVDA-FY25-NI': { e: 'nvidia', m: 'net-income', p: 'nv:FY2025' },
      'NVDA-FY24-REV-DELTA': {
        e: 'nvidia', m: 'revenue.increase', p: 'nv:FY2024', pl: 'FY2024 vs FY2023', q: ['derived'],
        src: ['NVDA-FY24-REV', 'NVDA-FY23-REV'],
        n: 'Derived: FY2024 revenue $60.922B minus FY2023 revenue $26.974B; sources are those of NVDA-FY24-REV and NVDA-FY23-REV.',
      },
      'NVDA-Q1FY24-REV': {
        e: 'nvidia', p: 'nv:Q1FY24', u: 'USD',
        items: [{ s: 'revenue', m: 'revenue', v: 7.19e9 }, { s: 'net-income', m: 'net-income', v: 2.04e9, q: ['gaap'] }],
      },
      'NVDA-Q2FY24-REV': { e: 'nvidia', m: 'revenue', p: 'nv:Q2FY24' },
      'NVDA-Q2FY24-DC': { e: 'nvidia', m: 'revenue.datacenter', p: 'nv:Q2FY24' },
      'NVDA-Q3FY24-REV': { e: 'nvidia', m: 'revenue', p: 'nv:Q3FY24' },
      'NVDA-Q3FY24-DC': { e: 'nvidia', m: 'revenue.datacenter', p: 'nv:Q3FY24' },
      'NVDA-Q4FY24-REV': { e: 'nvidia', m: 'revenue', p: 'nv:Q4FY24' },
      'NVDA-Q4FY24-DC': { e: 'nvidia', m: 'revenue.datacenter', p: 'nv:Q4FY24' },
      'NVDA-Q1FY25-REV': {
        e: 'nvidia', p: 'nv:Q1FY25', u: 'USD',
        items: [
          { s: 'revenue', m: 'revenue', v: 26e9 },
          { s: 'split', m: 'event.date', p: '2024-06-07', t: '10-for-1 stock split effective 2024-06-07; split-adjusted trading from 2024-06-10', u: 'date', q: ['stock-split'] },
        ],
      },
      'NVDA-Q1FY25-DC': { e: 'nvidia', m: 'revenue.datacenter', p: 'nv:Q1FY25' },
      'NVDA-Q2FY25-REV': { e: 'nvidia', m: 'revenue', p: 'nv:Q2FY25' },
      'NVDA-Q2FY25-DC': { e: 'nvidia', m: 'revenue.datacenter', p: 'nv:Q2FY25' },
      'NVDA-Q3FY25-REV': {
        e: 'nvidia', p: 'nv:Q3FY25', u: 'USD',
        items: [{ s: 'revenue', m: 'revenue', v: 35.082e9 }, { s: 'net-income', m: 'net-income', v: 19.309e9, q: ['gaap'] }],
      },
      'NVDA-Q3FY25-DC': { e: 'nvidia', m: 'revenue.datacenter', p: 'nv:Q3FY25' },
      'NVDA-Q4FY25-REV': {
        e: 'nvidia', p: 'nv:Q4FY25', u: 'USD',
        items: [{ s: 'revenue', m: 'revenue', v: 39.331e9 }, { s: 'net-income', m: 'net-income', v: 22.091e9, q: ['gaap'] }],
      },
      'NVDA-Q4FY25-DC': { e: 'nvidia', m: 'revenue.datacenter', p: 'nv:Q4FY25' },
      'NVDA-MCAP-1T': {
        e: 'nvidia', m: 'market-cap', p: '2023-05-30', u: 'USD', rb: [],
        items: [
          { s: 'milestone', v: 1e12, q: ['milestone'] },
          { s: 'close', v: 990e9, q: ['closing'], n: "The Daily Mail the same day: the valuation 'ended the day at $990 billion' (note of the research fact)." },
        ],
      },
      'NVDA-MCAP-2T-INTRADAY': { e: 'nvidia', m: 'market-cap', p: '2024-02-23', q: ['milestone'], rb: [] },
      'NVDA-MCAP-2T-CLOSE': { e: 'nvidia', m: 'market-cap', p: '2024-03-01', q: ['milestone'] },
      'NVDA-MCAP-2T-FIFTH': { e: 'nvidia', m: 'rank', p: '2024-02-23', v: 5, u: 'ordinal', q: ['market-cap-2t'] },
      'NVDA-ONEDAY-GAIN': { e: 'nvidia', m: 'market-cap.daily-gain', p: '2024-02-22', rb: [] },
      'NVDA-MCAP-3T': { e: 'nvidia', m: 'market-cap', p: '2024-06-05', q: ['milestone'] },
      'NVDA-MCAP-4T': { e: 'nvidia', m: 'market-cap', p: '2025-07-09', q: ['milestone'], rb: [] },
      'NVDA-MCAP-5T': { e: 'nvidia', m: 'market-cap', p: '2025-10-29', q: ['milestone'] },
      'NVDA-ONEDAY-LOSS-DEEPSEEK': {
        e: 'nvidia', p: '2025-01-27', rb: [],
        items: [
          { s: 'loss', m: 'market-cap.daily-loss', r: [589e9, 593.7e9], u: 'USD', n: 'The quote gives $593.7B; other reports $589B.' },
          { s: 'share-drop', m: 'share-price.change', v: 17, u: 'percent', q: ['decline'] },
          { s: 'broadcom-share-drop', e: 'broadcom', m: 'share-price.change', v: 17, u: 'percent', q: ['decline'], n: 'Broadcom the same day (note of the research fact).' },
          {
            s: 'prior-record', m: 'market-cap.daily-loss', v: 279e9, a: 1, u: 'USD', p: '2024-09-03', fm: true,
            n: "The prior record, Nvidia's own drop on 2024-09-03: from memory.",
          },
        ],
      },
      'NVDA-H20-CHARGE': {
        e: 'nvidia', pr: 'h20', m: 'charge', p: 'nv:Q1FY26', u: 'USD', rb: [],
        items: [
          { s: 'guided', v: 5.5e9, a: 1, b: 'atMost' },
          { s: 'actual', v: 4.5e9, fm: true, n: 'The charge actually taken in Q1 FY2026: from memory, not verified.' },
        ],
      },
      'NVDA-H20-REV-2024': { e: 'nvidia', pr: 'h20', m: 'revenue.ai', p: '2024' },
      'NVDA-BLACKWELL-RUBIN-500B': { e: 'nvidia', pr: 'blackwell', m: 'revenue.backlog', p: '2025-10-28', rb: [] },
      'NVDA-DC-GPU-SHARE-2023': {
        e: 'nvidia', p: '2023', pr: 'gpu', rb: ['techinsights'],
        items: [
          { s: 'share', m: 'market-share', v: 98, u: 'percent' },
          { s: 'units', m: 'gpus.shipped', v: 3.76e6, u: 'count', a: 1 },
          { s: 'revenue', m: 'revenue.ai', v: 36.2e9, u: 'USD', a: 1 },
        ],
      },
      'NVDA-OPENAI-100B': {
        e: 'nvidia', cp: 'openai', m: 'investment', p: '2025-09-22', u: 'USD', q: ['letter-of-intent'], rb: [],
        items: [
          { s: 'total', v: 100e9, b: 'atMost' },
          { s: 'first', v: 10e9, n: 'First tranche, at signing of a definitive agreement.' },
          { s: 'share-gain', cp: undefined, m: 'share-price.change', v: 3.9, u: 'percent', qo: [], n: 'Nvidia shares that day.' },
        ],
      },
      'NVDA-INTEL-5B': {
        e: 'nvidia', cp: 'intel', p: '2025-09-18', rb: [],
        items: [
          { s: 'investment', m: 'investment', v: 5e9, u: 'USD' },
          { s: 'share-price', m: 'share-price', v: 23.28, u: 'USD', per: [1, 'share'] },
          { s: 'stake', m: 'equity-stake', v: 4, u: 'percent', a: 1 },
          { s: 'softbank-investment', e: 'softbank', m: 'investment', v: 2e9, u: 'USD', p: '2025-08', n: "SoftBank's investment in Intel, which the Nvidia deal followed." },
        ],
      },
      'GTC-2024': { e: 'gtc', m: 'event.date', p: '2024-03-18..2024-03-21', t: 'Mar 18-21, 2024; keynote Mar 18 at SAP Center, San Jose', u: 'date' },
    },
  },

  'hardware.yaml': {
    header: 'GPUs and chips: unit prices and costs, specifications, GPU purchases and fleets (Omdia, Meta, xAI, CoreWeave),\n' +
      'AMD, TSMC, Broadcom, SK hynix and HBM, Intel, Cambricon, Cerebras.',
    facts: {
      'H100-PRICE-RJ': { ...model('h100'), m: 'unit-price', p: '2023', rb: ['raymond-james', 'barrons'] },
      'H100-COST': { ...model('h100'), m: 'cost.unit', p: '2023', rb: ['raymond-james'] },
      'H100-PRICE-RANGE': { ...model('h100'), m: 'unit-price', p: '2023..2024' },
      'B200-PRICE': { ...model('b200'), m: 'unit-price', p: '2024', rb: ['cnbc'] },
      'A100-PRICE': { ...model('a100'), m: 'unit-price', p: '2023' },
      'H100-SXM-MEM': {
        ...model('h100'), p: '2022',
        items: [
          { s: 'memory', m: 'spec.memory', v: 80, u: 'GB', n: 'HBM3.' },
          { s: 'bandwidth', m: 'spec.bandwidth', v: 3.35, u: 'TB/s' },
        ],
      },
      'H100-SXM-TDP': {
        ...model('h100'), p: '2022', m: 'spec.power', u: 'W',
        items: [
          { s: 'sxm', v: 700, q: ['sxm'] },
          { s: 'pcie', r: [300, 350], q: ['pcie'] },
        ],
      },
      'H100-SXM-TFLOPS': {
        ...model('h100'), p: '2022', m: 'spec.throughput', u: 'TFLOPS',
        items: [
          { s: 'fp8-sparse', v: 3958, q: ['fp8', 'sparse'] },
          { s: 'fp16-sparse', v: 1979, q: ['bf16-fp16', 'sparse'] },
          { s: 'fp8-dense', v: 1979, q: ['fp8', 'dense'], n: 'Dense figure: half the sparse one.' },
          { s: 'fp16-dense', v: 989, q: ['bf16-fp16', 'dense'], n: 'Dense figure: half the sparse one.' },
        ],
      },
      'H100-ANNOUNCED': {
        ...model('h100'), p: '2022-03-22',
        items: [
          { s: 'date', m: 'event.date', t: '2022-03-22', u: 'date' },
          { s: 'transistors', m: 'spec.transistors', v: 80e9, u: 'count', n: 'TSMC 4N.' },
        ],
      },
      'H200-SPECS': {
        ...model('h200'), p: '2023-11-13',
        items: [
          { s: 'memory', m: 'spec.memory', v: 141, u: 'GB', n: 'HBM3e.' },
          { s: 'bandwidth', m: 'spec.bandwidth', v: 4.8, u: 'TB/s' },
          { s: 'power', m: 'spec.power', v: 700, u: 'W' },
        ],
      },
      'A100-SPECS': {
        ...model('a100'), p: '2020',
        items: [
          { s: 'bandwidth', m: 'spec.bandwidth', v: 2, u: 'TB/s' },
          { s: 'memory', m: 'spec.memory', v: 80, u: 'GB', n: 'HBM2e.' },
          { s: 'fp16-dense', m: 'spec.throughput', v: 312, u: 'TFLOPS', q: ['fp16', 'dense'] },
          { s: 'power', m: 'spec.power', v: 400, u: 'W', q: ['sxm'], fm: true, n: 'A100 SXM TDP: from memory.' },
        ],
      },
      'B200-SPECS': {
        ...model('b200'), p: '2024-03-18',
        items: [
          { s: 'transistors', m: 'spec.transistors', v: 208e9, u: 'count', n: 'Two dies.' },
          { s: 'fp4', m: 'spec.throughput', v: 20, u: 'PFLOPS', q: ['fp4', 'peak'] },
          { s: 'memory', m: 'spec.memory', v: 192, u: 'GB', fm: true, n: 'HBM3e; commonly cited, from memory.' },
          { s: 'bandwidth', m: 'spec.bandwidth', v: 8, u: 'TB/s', fm: true, n: 'Commonly cited, from memory.' },
          { s: 'power', m: 'spec.power', v: 1000, a: 1, u: 'W', fm: true, n: 'Commonly cited, from memory.' },
        ],
      },
      'OMDIA-H100-2023-MSFT-META': {
        m: 'gpus.acquired', pr: 'h100', p: '2023', u: 'count', rb: ['omdia', 'toms-hardware'],
        items: [{ s: 'microsoft', e: 'microsoft', v: 150000 }, { s: 'meta', e: 'meta', v: 150000 }],
      },
      'OMDIA-H100-2023-OTHERS': {
        m: 'gpus.acquired', pr: 'h100', p: '2023', u: 'count', rb: ['omdia'],
        items: [
          { s: 'alphabet', e: 'alphabet', v: 50000 }, { s: 'amazon', e: 'amazon', v: 50000 },
          { s: 'oracle', e: 'oracle', v: 50000 }, { s: 'tencent', e: 'tencent', v: 50000 },
          // The rest of the same Omdia chart (note of the research fact); Lambda and Tesla have no entity.
          { s: 'coreweave', e: 'coreweave', v: 40000 }, { s: 'baidu', e: 'baidu', v: 30000 },
          { s: 'alibaba', e: 'alibaba', v: 25000 }, { s: 'bytedance', e: 'bytedance', v: 20000 },
        ],
      },
      'OMDIA-Q3-2023-SHIP': { e: 'nvidia', pr: 'gpu', m: 'gpus.shipped', p: '2023-Q3', u: 'count', rb: ['omdia'], n: 'A100 and H100 together.' },
      'OMDIA-HOPPER-2024': {
        m: 'gpus.acquired', pr: 'hopper', p: '2024', u: 'count', rb: ['omdia', 'financial-times'],
        items: [{ s: 'microsoft', e: 'microsoft', v: 485000, a: 1 }, { s: 'meta', e: 'meta', v: 224000, a: 1 }],
      },
      'META-H100-2024': { e: 'meta', pr: 'h100', m: 'gpus.owned-target', p: '2024-12-31', u: 'count', rb: [] },
      'META-H100EQ-2024': { e: 'meta', pr: 'h100', m: 'compute.h100-equivalent', p: '2024-12-31', u: 'count', rb: [] },
      'META-GPU-2025': { e: 'meta', pr: 'gpu', m: 'gpus.owned-target', p: '2025-12-31', u: 'count' },
      'XAI-COLOSSUS': {
        e: 'xai', pr: 'h100',
        items: [
          { s: 'gpus', m: 'gpus.fleet', v: 100000, u: 'count', p: '2024-07..2024-09' },
          { s: 'build-time', m: 'build-time', v: 122, u: 'days', p: '2024-07..2024-09', rb: [] },
          { s: 'expansion', m: 'gpus.fleet', pr: 'hopper', v: 200000, u: 'count', p: '2024-10', q: ['target'], pl: 'doubling announced Oct 2024' },
        ],
      },
      'CRWV-GPU-FLEET': {
        e: 'coreweave', p: '2025-03-03',
        items: [
          { s: 'gpus', m: 'gpus.fleet', pr: 'gpu', v: 250000, b: 'over', u: 'count' },
          { s: 'data-centers', m: 'data-centers', v: 32, u: 'count' },
          { s: 'nvidia-stake', e: 'nvidia', cp: 'coreweave', m: 'equity-stake', v: 6, a: 1, u: 'percent', q: ['pre-ipo'] },
        ],
      },
      'AMD-2024-REV': { e: 'amd', m: 'revenue', p: '2024' },
      'AMD-DC-2024-REV': { e: 'amd', m: 'revenue.datacenter', p: '2024', rb: [] },
      'AMD-INSTINCT-2024-REV': { e: 'amd', pr: 'mi300', m: 'revenue.ai', p: '2024', rb: [] },
      'AMD-INSTINCT-2024-GUIDE': {
        e: 'amd', pr: 'mi300', m: 'revenue.ai', p: '2024', u: 'USD', b: 'over', q: ['guidance'],
        items: [
          { s: '2023-10', iss: '2023-10', v: 2e9, pl: '2024 (guided Oct 2023)' },
          { s: '2024-01', iss: '2024-01', v: 3.5e9, pl: '2024 (guided Jan 2024)' },
          { s: '2024-04', iss: '2024-04', v: 4e9, pl: '2024 (guided Apr 2024)' },
          { s: '2024-07', iss: '2024-07', v: 4.5e9, pl: '2024 (guided Jul 2024)' },
          { s: '2024-10', iss: '2024-10', v: 5e9, pl: '2024 (guided Oct 2024)' },
        ],
      },
      'AMD-INSTINCT-Q2-2024': { e: 'amd', pr: 'mi300', m: 'revenue.ai', p: '2024-Q2' },
      'AMD-DC-Q2-2024': { e: 'amd', m: 'revenue.datacenter', p: '2024-Q2' },
      'AMD-DC-Q3-2024': { e: 'amd', m: 'revenue.datacenter', p: '2024-Q3' },
      'AMD-DC-Q4-2024': { e: 'amd', m: 'revenue.datacenter', p: '2024-Q4' },
      'AMD-Q4-2024-REV': { e: 'amd', m: 'revenue', p: '2024-09-29..2024-12-28', rb: [] },
      'AMD-OPENAI-6GW': {
        p: '2025-10-06',
        items: [
          { s: 'capacity', e: 'amd', cp: 'openai', m: 'capacity.power', v: 6, u: 'GW' },
          { s: 'first-phase', e: 'amd', cp: 'openai', m: 'capacity.power', v: 1, u: 'GW', q: ['first-phase'], n: 'First 1 GW of MI450 in H2 2026.' },
          { s: 'warrant-shares', e: 'openai', cp: 'amd', m: 'shares', v: 160e6, b: 'atMost', u: 'count', q: ['warrant'] },
          { s: 'warrant-stake', e: 'openai', cp: 'amd', m: 'equity-stake', v: 10, a: 1, u: 'percent', q: ['warrant'] },
          { s: 'amd-market-cap', e: 'amd', m: 'market-cap', v: 330.6e9, a: 1, u: 'USD', n: 'After a gain of $63.4B that day (MobileAppDaily).' },
        ],
      },
      'TSMC-AI-ACCEL-2024': {
        e: 'tsmc', p: '2024', q: ['ai-accelerators'], rb: [],
        items: [
          { s: 'share', m: 'share-of-revenue', t: 'mid-teens percent of 2024 revenue', u: 'percent' },
          { s: 'growth', m: 'revenue.growth', v: 3, u: 'multiple', n: 'AI accelerator revenue tripled from 2023.' },
          { s: 'cagr', m: 'revenue.growth', t: 'mid-40% CAGR 2024-2029 (expected to double in 2025)', u: 'percent', p: '2024..2029', q: ['projection'] },
          { s: 'total-growth-2024', m: 'revenue.growth', v: 30, a: 1, u: 'percent', qo: ['year-over-year', 'usd'], n: "TSMC's overall revenue growth in 2024 (USD)." },
        ],
      },
      'TSMC-Q4-2024': {
        e: 'tsmc', p: '2024-Q4',
        items: [
          { s: 'revenue', m: 'revenue', v: 868.46e9, u: 'TWD' },
          { s: 'revenue-usd', m: 'revenue', v: 26.88e9, a: 1, u: 'USD' },
          { s: 'growth', m: 'revenue.growth', r: [37, 39], u: 'percent', q: ['year-over-year'] },
          { s: 'net-income', m: 'net-income', v: 374.68e9, u: 'TWD' },
          { s: 'hpc-share-2024', m: 'share-of-revenue', v: 51, u: 'percent', p: '2024', pl: '2024', q: ['hpc'], n: 'HPC share of 2024 revenue.' },
          { s: 'revenue-2024', m: 'revenue', v: 2.9e12, a: 1, u: 'TWD', p: '2024', pl: '2024' },
        ],
      },
      'AVGO-AI-REV-FY24': {
        e: 'broadcom', p: '2023-10-30..2024-11-03',
        items: [
          { s: 'revenue', m: 'revenue.ai', v: 12.2e9, u: 'USD' },
          { s: 'growth', m: 'revenue.growth', v: 220, u: 'percent', q: ['year-over-year', 'ai'] },
          { s: 'prior-year', m: 'revenue.ai', v: 3.8e9, u: 'USD', p: '2022-10-31..2023-10-29', pl: 'fiscal 2023' },
          { s: 'share', m: 'share-of-revenue', v: 41, u: 'percent', n: 'Share of semiconductor revenue.' },
          { s: 'total-revenue', m: 'revenue', v: 51.6e9, u: 'USD', n: 'Consolidated FY2024 revenue, including VMware (note of the research fact).' },
          { s: 'share-gain', m: 'share-price.change', v: 24, u: 'percent', p: '2024-12-13' },
          { s: 'market-cap', m: 'market-cap', v: 1e12, b: 'over', u: 'USD', p: '2024-12-13', q: ['milestone'], n: 'Market value first topped $1 trillion.' },
        ],
      },
      'AVGO-AI-SAM-2027': { e: 'broadcom', m: 'market-size', p: '2026-11-02..2027-10-31', q: ['projection'] },
      'HBM-DRAM-SHARE-2024': {
        e: 'hbm', m: 'share-of-revenue', u: 'percent', rb: ['trendforce'],
        items: [
          { s: '2022', v: 2.6, p: '2022' },
          { s: '2023', v: 8.4, p: '2023' },
          { s: '2024', v: 20.1, p: '2024', q: ['estimate', 'projection'] },
          { s: 'sk-hynix-hbm3', e: 'sk-hynix', pr: 'hbm', m: 'market-share', v: 90, b: 'over', p: '2024-03-18', q: ['hbm3'], n: 'SK hynix share of the HBM3 market (same release).' },
        ],
      },
      'HBM-VENDOR-SHARE': {
        pr: 'hbm', m: 'market-share', u: 'percent', rb: ['trendforce'],
        items: [
          { s: '2023-sk-hynix', e: 'sk-hynix', v: 50, p: '2023' },
          { s: '2023-samsung', e: 'samsung', v: 40, p: '2023' },
          { s: '2023-micron', e: 'micron', v: 10, p: '2023' },
          { s: '2024-sk-hynix', e: 'sk-hynix', v: 49.1, p: '2024', q: ['projection'] },
          { s: '2024-samsung', e: 'samsung', v: 45.6, p: '2024', q: ['projection'] },
          { s: '2024-micron', e: 'micron', v: 9, p: '2024', q: ['projection'] },
          { s: '2025-sk-hynix', e: 'sk-hynix', v: 49.6, p: '2025', q: ['projection'] },
          { s: '2025-samsung', e: 'samsung', v: 46.2, p: '2025', q: ['projection'] },
          { s: '2025-micron', e: 'micron', v: 4.2, p: '2025', q: ['projection'] },
        ],
      },
      'SKHYNIX-2024-RESULTS': {
        e: 'sk-hynix', p: '2024',
        items: [
          { s: 'revenue', m: 'revenue', v: 66.19e12, u: 'KRW' },
          GROWTH(102),
          { s: 'operating-income', m: 'operating-income', v: 23.47e12, u: 'KRW' },
          { s: 'operating-margin', m: 'profit-margin', v: 35, u: 'percent', q: ['operating'] },
        ],
      },
      'INTEL-USGOV-STAKE': {
        e: 'us-government', cp: 'intel', p: '2025-08',
        items: [
          { s: 'stake', m: 'equity-stake', v: 10, a: 1, u: 'percent' },
          { s: 'investment', m: 'investment', v: 8.9e9, u: 'USD' },
          { s: 'share-price', m: 'share-price', v: 20.47, u: 'USD', per: [1, 'share'] },
        ],
      },
      'CAMBRICON-H1-2025': {
        e: 'cambricon', u: 'CNY', p: '2025-H1',
        items: [
          { s: 'revenue', m: 'revenue', v: 2.881e9 },
          GROWTH(4347.82),
          { s: 'net-income', m: 'net-income', v: 1.038e9 },
          { s: 'prior-net-loss', m: 'net-loss', v: 530e6, p: '2024-H1', pl: 'H1 2024' },
          { s: 'cloud-share', m: 'share-of-revenue', v: 99.6, u: 'percent', q: ['cloud-products'], n: 'Cloud product line share of revenue.' },
          { s: 'market-cap-2025-08-22', m: 'market-cap', v: 494e9, a: 1, p: '2025-08-22', n: 'Passed SMIC to top the STAR Market.' },
          { s: 'revenue-2025', m: 'revenue', v: 6.497e9, p: '2025', pl: '2025', n: 'Full-year 2025 revenue (信報, 2026; note of the research fact).' },
          { s: 'revenue-2024', m: 'revenue', v: 1.174e9, p: '2024', pl: '2024', n: 'Full-year 2024 revenue (信報, 2026; note of the research fact).' },
        ],
      },
      'CBRS-G42-SHARE': {
        e: 'cerebras', cp: 'g42', rb: [],
        items: [
          { s: 'share', m: 'share-of-revenue', v: 87, u: 'percent', p: '2024-H1' },
          { s: 'g42-share-purchase', e: 'g42', cp: 'cerebras', m: 'investment', v: 335e6, u: 'USD', p: '2025-03', pl: 'agreed by 2025-03-31 (source date); non-voting after the CFIUS review' },
        ],
      },
      'CBRS-REV-H1-2024': {
        e: 'cerebras', u: 'USD',
        items: [
          { s: 'revenue', m: 'revenue', v: 136e6, p: '2024-H1' },
          { s: 'ipo-raise-plan', m: 'ipo.proceeds', r: [750e6, 1e9], p: '2024', q: ['plan'], n: 'The 2024 IPO plan, later withdrawn.' },
        ],
      },
    },
  },

  'microsoft.yaml': {
    header: 'Microsoft: Azure AI contribution to Azure growth (percentage points, not a share of revenue), Intelligent Cloud revenue,\n' +
      'capex, OpenAI investments and stake, Copilot prices and seats. Fiscal years end on 30 June (Q1 FY2024 = Jul-Sep 2023).',
    facts: {
      'MSFT-OPENAI-2019': { e: 'microsoft', cp: 'openai', m: 'investment', p: '2019-07-22', rb: [] },
      'MSFT-OPENAI-2023': {
        e: 'microsoft', cp: 'openai', m: 'investment', u: 'USD',
        items: [
          { s: 'third-phase', v: 10e9, p: '2023-01-23' },
          { s: 'after-2019', v: 2e9, p: '2019-08..2022-12', pl: 'in the years after 2019 (2021)', n: "ZDNet: '$2 billion in the years after' 2019; the research dates it to 2021." },
        ],
      },
      'MSFT-OPENAI-TOTAL': { e: 'microsoft', cp: 'openai', m: 'investment', p: '2024-10', q: ['cumulative'] },
      'MSFT-AZURE-AI-Q4FY23': { e: 'microsoft', pr: 'azure', m: 'growth-contribution.points', p: 'ms:Q4FY23', u: 'points' },
      'MSFT-AZURE-AI-Q1FY24-GUIDE': { e: 'microsoft', pr: 'azure', m: 'growth-contribution.points', p: 'ms:Q1FY24', u: 'points' },
      'MSFT-AZURE-AI-Q1FY24': { ...AZURE_POINTS('ms:Q1FY24', 3, 29, { a: 1 }) },
      'MSFT-AZURE-AI-Q1FY24-USD': { e: 'microsoft', pr: 'azure', m: 'revenue.ai', p: 'ms:Q1FY24', rb: ['wsj'] },
      'MSFT-AZURE-AI-Q2FY24': { ...AZURE_POINTS('ms:Q2FY24', 6, 30), rb: [] },
      'MSFT-AZURE-AI-Q3FY24': { ...AZURE_POINTS('ms:Q3FY24', 7, 31), rb: [] },
      'MSFT-AZURE-AI-Q4FY24': { ...AZURE_POINTS('ms:Q4FY24', 8, 29) },
      'MSFT-AZURE-AI-Q1FY25': { ...AZURE_POINTS('ms:Q1FY25', 12, 33) },
      'MSFT-AZURE-AI-Q2FY25': {
        e: 'microsoft', p: 'ms:Q2FY25',
        items: [
          { s: 'points', pr: 'azure', m: 'growth-contribution.points', v: 13, u: 'points' },
          { s: 'run-rate', m: 'revenue.annualized', v: 13e9, b: 'over', u: 'USD', q: ['annualized'], n: 'Run-rate of the whole Microsoft AI business.' },
          GROWTH(31, { s: 'azure-growth', pr: 'azure' }),
        ],
      },
      'MSFT-AZURE-AI-Q3FY25': {
        e: 'microsoft', p: 'ms:Q3FY25',
        items: [
          { s: 'points', pr: 'azure', m: 'growth-contribution.points', v: 16, u: 'points' },
          GROWTH(33, { s: 'azure-growth', pr: 'azure' }),
          GROWTH(35, { s: 'azure-growth-cc', pr: 'azure', q: ['year-over-year', 'constant-currency'] }),
          { s: 'capex', m: 'capex', v: 21.4e9, u: 'USD', n: 'Same quarter (note of the research fact).' },
        ],
      },
      'MSFT-IC-Q4FY23': { e: 'microsoft', m: 'revenue.cloud-segment', p: 'ms:Q4FY23', q: ['intelligent-cloud'] },
      'MSFT-IC-Q1FY24': { e: 'microsoft', m: 'revenue.cloud-segment', p: 'ms:Q1FY24', q: ['intelligent-cloud'] },
      'MSFT-IC-Q2FY24': { e: 'microsoft', m: 'revenue.cloud-segment', p: 'ms:Q2FY24', q: ['intelligent-cloud'] },
      'MSFT-IC-Q3FY24': { e: 'microsoft', m: 'revenue.cloud-segment', p: 'ms:Q3FY24', q: ['intelligent-cloud'], rb: [] },
      'MSFT-IC-Q4FY24': {
        e: 'microsoft', u: 'USD',
        items: [
          { s: 'revenue', m: 'revenue.cloud-segment', v: 28.52e9, p: 'ms:Q4FY24', q: ['intelligent-cloud'] },
          { s: 'fy2024-revenue', m: 'revenue', v: 245.1e9, p: 'ms:FY2024', n: 'Total FY2024 revenue (note of the research fact).' },
        ],
      },
      'MSFT-AZURE-FY25': { e: 'microsoft', pr: 'azure', m: 'revenue', p: 'ms:FY2025', rb: [] },
      'MSFT-CAPEX-2024': {
        e: 'microsoft', m: 'capex', u: 'USD',
        items: [
          { s: '2024', v: 56e9, a: 1, p: '2024' },
          { s: 'q4-fy2024', v: 19e9, p: 'ms:Q4FY24', q: ['incl-finance-leases'], rb: [], n: 'Including finance leases (CNBC via moneysmarts.news, note of the research fact).' },
        ],
      },
      'MSFT-CAPEX-FY25': { e: 'microsoft', m: 'capex.guidance', p: 'ms:FY2025', q: ['plan'] },
      'MSFT-CAPEX-Q4FY23': { e: 'microsoft', m: 'capex', p: 'ms:Q4FY23' },
      'MSFT-OPENAI-27PCT': {
        e: 'microsoft', cp: 'openai', p: '2025-10-28', rb: [],
        items: [
          { s: 'stake', m: 'equity-stake', v: 27, a: 1, u: 'percent' },
          { s: 'stake-value', m: 'investment', v: 135e9, a: 1, u: 'USD', q: ['stake-value'], n: 'Value of the stake as stated at the time.' },
          // The stake held before the recapitalisation: as of the day before, so '32.5% now' after it is stale.
          {
            s: 'prior-stake', m: 'equity-stake', v: 32.5, u: 'percent', q: ['before-recapitalization'],
            p: '2025-10-27', pl: 'before the recapitalisation agreed 2025-10-28',
            note: "Source value: ~27%, valued at ~$135B; down from 32.5% (percent; USD billion). GeekWire (via mediahub.az) - 'not a bad return on an investment of $13.8 billion'. Microsoft IP rights extended through 2032; AGI declaration subject to independent expert panel; Microsoft shares +2-4%. Qualifier: company announcement (joint Microsoft/OpenAI blog); valuation as stated at the time.",
          },
        ],
      },
      'MSFT-M365-COPILOT-PRICE': { ...model('m365-copilot'), m: 'subscription-price', p: '2023-07-18', per: [1, 'month'], q: ['per-user'] },
      'M365-COPILOT-SEATS': { ...model('m365-copilot'), m: 'users.paid', p: '2025-12-31', u: 'count', q: ['seats'] },
      'GHCOPILOT-USERS': {
        ...model('github-copilot'), u: 'count',
        items: [
          { s: 'users', m: 'users.total', v: 20e6, p: '2025-07', q: ['all-time'] },
          { s: 'paid', m: 'users.paid', v: 4.7e6, p: '2026-01' },
          { s: 'microsoft-revenue', e: 'microsoft', pr: undefined, m: 'revenue', v: 81.3e9, u: 'USD', p: 'ms:Q2FY26', n: 'Microsoft revenue, quarter ended December 2025 (note of the research fact).' },
          { s: 'microsoft-capex-fy2025', e: 'microsoft', pr: undefined, m: 'capex', v: 88.2e9, u: 'USD', p: 'ms:FY2025', rb: [], n: 'FY2025 capex (TechSpot, note of the research fact).' },
        ],
      },
      'NBIS-MSFT-DEAL': {
        e: 'nebius', cp: 'microsoft', m: 'deal.value', p: '2025-09-08', u: 'USD',
        items: [
          { s: 'base', v: 17.4e9, n: 'Over five years, through 2031.' },
          { s: 'with-options', v: 19.4e9, b: 'atMost' },
        ],
      },
    },
  },

  'openai.yaml': {
    header: 'OpenAI and ChatGPT: run-rate and calendar revenue (a run-rate is not annual revenue), losses and cash burn,\n' +
      'valuations and rounds, users, subscription prices, model release dates, compute deals.',
    facts: {
      'OPENAI-PLUS-PRICE': { ...model('chatgpt-plus'), m: 'subscription-price', p: '2023-02-01..2025-12-31', per: [1, 'month'] },
      'OPENAI-PRO-PRICE': { ...model('chatgpt-pro'), m: 'subscription-price', p: '2024-12-05..2025-12-31', per: [1, 'month'] },
      'OPENAI-GPT4-RELEASE': { ...model('gpt-4'), m: 'event.date', p: '2023-03-14', t: '2023-03-14', u: 'date' },
      'OPENAI-TOKEN-WORDS': {
        e: 'openai', m: 'tokens.per-word', p: '2023', pl: 'OpenAI documentation (2023-2025)',
        items: [
          { s: 'words-per-token', v: 0.75, u: 'ratio', n: 'English words per token; Chinese text tokenizes very differently.' },
          { s: 'characters-per-token', v: 4, u: 'count', per: [1, 'token'], a: 1 },
        ],
      },
      'OPENAI-GPT5-RELEASE': {
        ...model('gpt-5'), p: '2025-08-07',
        items: [
          { s: 'date', m: 'event.date', t: '2025-08-07', u: 'date', q: ['event'] },
          IN(1.25, { q: ['list-price'] }),
          OUT(10, { q: ['list-price'] }),
        ],
      },
      'GPT5-MIDYEAR-EXPECT': { ...model('gpt-5'), m: 'event.date', p: '2024', t: 'mid-2024 (did not happen; launched 2025-08-07)', u: 'date', rb: ['wsj'] },
      'OPENAI-ARR-2023-10': { e: 'openai', m: 'revenue.annualized', p: '2023-10', rb: ['the-information'] },
      'OPENAI-ARR-2023-12-TI': { e: 'openai', m: 'revenue.annualized', p: '2023-12', rb: ['the-information'] },
      'OPENAI-ARR-2023-12-FT': { e: 'openai', m: 'revenue.annualized', p: '2023-12', rb: ['financial-times'] },
      'OPENAI-REV-2023-PROJ': {
        e: 'openai', m: 'revenue', p: '2023', u: 'USD',
        items: [
          { s: 'projection', v: 1e9, a: 1, rb: ['the-information'] },
          { s: 'chatgpt', pr: 'chatgpt', v: 700e6, a: 1, rb: ['nyt'], n: 'ChatGPT alone in 2023, per documents the NYT reviewed (note of the research fact).' },
        ],
      },
      'OPENAI-ARR-2024-06': {
        e: 'openai', m: 'revenue.annualized', p: '2024-06', u: 'USD', rb: ['bloomberg', 'the-information'],
        items: [
          { s: 'run-rate', v: 3.4e9 },
          { s: 'own-products', v: 3.2e9, a: 1, q: ['own-products'], n: 'From its own products and services.' },
          { s: 'via-azure', v: 200e6, a: 1, q: ['via-azure'], n: 'Through Azure.' },
        ],
      },
      'OPENAI-2024-REV-LOSS': {
        e: 'openai', p: '2024', u: 'USD', rb: ['nyt'],
        items: [
          { s: 'revenue', m: 'revenue', v: 3.7e9, a: 1 },
          { s: 'net-loss', m: 'net-loss', v: 5e9, a: 1 },
          { s: 'monthly-2024-08', m: 'revenue', v: 300e6, per: [1, 'month'], p: '2024-08' },
          { s: 'projection-2025', m: 'revenue', v: 11.6e9, p: '2025', q: ['projection'] },
        ],
      },
      'OPENAI-ARR-2025-06': {
        e: 'openai', m: 'revenue.annualized', u: 'USD', rb: ['cnbc'],
        items: [
          { s: 'run-rate', v: 10e9, p: '2025-06' },
          { s: 'run-rate-2024-12', v: 5.5e9, p: '2024-12', n: 'The run-rate it doubled from in six months, as the period and quote of the research fact give it.' },
        ],
      },
      'OPENAI-REV-2025-PROJ': { e: 'openai', m: 'revenue', p: '2025' },
      'OPENAI-VAL-2023-04': { e: 'openai', m: 'valuation', p: '2023-04' },
      'OPENAI-VAL-86B': { e: 'openai', m: 'valuation', p: '2023-11..2024-02', q: ['tender-offer'] },
      'OPENAI-VAL-157B': {
        e: 'openai', p: '2024-10-02', u: 'USD',
        items: [
          RAISE(6.6e9),
          POST(157e9),
          // What investors put in, as the WSJ reported it (note of the research fact); Thrive's ~$1.25B has no entity.
          // The NDTV Profit page gives the round, not these amounts: their source is the note's (WSJ via Mint).
          { s: 'microsoft-investment', e: 'microsoft', cp: 'openai', m: 'investment', v: 1e9, b: 'under', rb: ['wsj'], ns: WSJ_VIA_MINT },
          { s: 'softbank-investment', e: 'softbank', cp: 'openai', m: 'investment', v: 500e6, a: 1, rb: ['wsj'], ns: WSJ_VIA_MINT },
          { s: 'nvidia-investment', e: 'nvidia', cp: 'openai', m: 'investment', v: 100e6, a: 1, rb: ['wsj'], ns: WSJ_VIA_MINT },
        ],
      },
      'OPENAI-VAL-300B': { e: 'openai', p: '2025-03-31', u: 'USD', items: [RAISE(40e9), POST(300e9)] },
      'SBG-OPENAI-40B': {
        e: 'softbank', cp: 'openai', m: 'investment', p: '2025-03-31', u: 'USD',
        items: [
          { s: 'total', v: 40e9, b: 'atMost' },
          { s: 'softbank-share', v: 30e9, b: 'atMost', n: "SoftBank's own effective share." },
          { s: 'syndicated', v: 10e9, n: 'Syndicated to co-investors.' },
          { s: 'vision-fund-2', v: 2.2e9, p: '2024-09..2025-03', q: ['cumulative'], n: 'Invested through Vision Fund 2 since September 2024, as the same release says.' },
        ],
      },
      'CHATGPT-WAU-2023-11': { ...model('chatgpt'), m: 'users.weekly', p: '2023-11-06', rb: [] },
      'CHATGPT-WAU-2024-08': { ...model('chatgpt'), m: 'users.weekly', p: '2024-08' },
      'CHATGPT-WAU-2024-10': { ...model('chatgpt'), m: 'users.weekly', p: '2024-10' },
      'CHATGPT-WAU-2024-12': { ...model('chatgpt'), m: 'users.weekly', p: '2024-12-04' },
      'CHATGPT-WAU-2025-03': { ...model('chatgpt'), m: 'users.weekly', p: '2025-03-31' },
      'CHATGPT-WAU-2025-10': {
        ...model('chatgpt'), m: 'users.weekly', u: 'count',
        items: [
          { s: '2025-10', v: 800e6, p: '2025-10-06' },
          { s: '2025-08', v: 700e6, a: 1, p: '2025-08', n: 'Around the GPT-5 launch (note of the research fact).' },
        ],
      },
      'OPENAI-CHATGPT-BIZ-USERS': {
        ...model('chatgpt'), m: 'users.paid', u: 'count', q: ['business'], rb: [],
        items: [
          { s: '2025-06', v: 3e6, p: '2025-06' },
          { s: '2025-08', v: 5e6, p: '2025-08' },
          { s: '2024-09', v: 1e6, p: '2024-09', fm: true, n: 'Earlier milestone, from memory.' },
          { s: '2025-02', v: 2e6, p: '2025-02', fm: true, n: 'Earlier milestone, from memory.' },
        ],
      },
      'CHATGPT-DAILY-PROMPTS': {
        ...model('chatgpt'), m: 'usage.prompts', u: 'count', per: [1, 'day'], rb: ['axios'],
        items: [
          { s: '2025-07', v: 2.5e9, b: 'over', p: '2025-07' },
          { s: '2024-12', v: 1e9, a: 1, p: '2024-12' },
        ],
      },
      'OPENAI-BUSINESS-CUSTOMERS': { e: 'openai', m: 'customers.business', p: '2025-11-06', u: 'count' },
      'OPENAI-BURN-2029': {
        e: 'openai', m: 'cash-burn', u: 'USD', q: ['projection'], rb: ['the-information'],
        items: [
          { s: 'total', v: 115e9, p: '2025..2029' },
          { s: '2025', v: 8e9, b: 'over', p: '2025' },
          { s: '2026', v: 17e9, a: 1, p: '2026' },
          { s: '2027', v: 35e9, p: '2027' },
          { s: '2028', v: 45e9, p: '2028' },
        ],
      },
      'OPENAI-AZURE-250B': { e: 'openai', cp: 'microsoft', pr: 'azure', m: 'commitment', p: '2025-10-28', rb: [] },
      'OPENAI-AWS-38B': { e: 'openai', cp: 'amazon', pr: 'aws', m: 'deal.value', p: '2025-11-03', v: 38e9, u: 'USD', n: 'Over seven years.' },
      'OPENAI-BROADCOM-10GW': { e: 'openai', cp: 'broadcom', m: 'capacity.power', p: '2025-10-13', v: 10, u: 'GW', rb: [] },
      'OPENAI-COMPUTE-1.4T': {
        e: 'openai', p: '2025-10-28', rb: [],
        items: [
          { s: 'commitments', m: 'commitment', v: 1.4e12, a: 1, u: 'USD', n: 'Over about eight years.' },
          { s: 'power', m: 'capacity.power', v: 30, a: 1, u: 'GW' },
          { s: 'cost-per-gw', m: 'cost.unit', v: 40e9, b: 'over', u: 'USD', per: [1, 'GW'], n: "Altman's estimate of the capital cost of a gigawatt today." },
        ],
      },
      'ORCL-OPENAI-300B': { e: 'oracle', cp: 'openai', m: 'deal.value', p: '2025-09-10', v: 300e9, a: 1, u: 'USD', rb: ['wsj'], n: 'Over about five years starting 2027.' },
      'CRWV-OPENAI-11.9B': {
        e: 'coreweave', cp: 'openai', m: 'deal.value', u: 'USD', rb: ['reuters'],
        items: [
          { s: 'contract', v: 11.9e9, p: '2025-03', n: 'Over five years.' },
          { s: 'equity', v: 350e6, p: '2025-03', q: ['equity'], n: 'CoreWeave equity issued to OpenAI.' },
          { s: 'expansion', v: 4e9, a: 1, p: '2025-05' },
          { s: 'q1-2025-revenue', cp: undefined, m: 'revenue', v: 981e6, p: '2025-Q1', rb: [], n: 'CoreWeave Q1 2025 revenue (note of the research fact, Global Data Center Hub).' },
          GROWTH(420, { s: 'q1-2025-growth', cp: undefined, p: '2025-Q1', rb: [] }),
          { s: 'capex-plan-2025', cp: undefined, m: 'capex.guidance', v: 23e9, a: 1, p: '2025', iss: '2025-05', rb: [], q: ['plan'] },
          { s: 'meta-deal', cp: 'meta', v: 14.2e9, p: '2025-09', fm: true, rb: [], n: 'From memory, not verified.' },
          { s: 'expansion-2025-09', v: 6.5e9, p: '2025-09', fm: true, rb: [], n: 'From memory, not verified.' },
        ],
      },
    },
  },

  'anthropic.yaml': {
    header: 'Anthropic and Claude: funding rounds and valuations, Amazon and Google investments, run-rate revenue,\n' +
      'business customers, API usage share, settlements, compute deals, Claude release date.',
    facts: {
      'ANTH-2023-03': {
        e: 'anthropic', p: '2023-03', u: 'USD', rb: ['the-information'],
        items: [RAISE(300e6), VAL(4.1e9), RAISE(450e6, { s: 'series-c', p: '2023-05', q: ['series-c'], rb: ['nyt'] })],
      },
      'ANTH-AMZN-4B': {
        e: 'amazon', cp: 'anthropic', m: 'investment', u: 'USD',
        items: [
          { s: 'total', v: 4e9, p: '2024-03-27', q: ['cumulative'] },
          { s: 'first', v: 1.25e9, p: '2023-09' },
          { s: 'second', v: 2.75e9, p: '2024-03-27' },
        ],
      },
      'ANTH-AMZN-8B': {
        e: 'amazon', cp: 'anthropic', m: 'investment', u: 'USD', p: '2024-11-22',
        items: [{ s: 'additional', v: 4e9 }, { s: 'total', v: 8e9, q: ['cumulative'] }],
      },
      'ANTH-GOOG-2B': {
        e: 'alphabet', cp: 'anthropic', m: 'investment', u: 'USD', p: '2023-10-27',
        items: [
          { s: 'total', v: 2e9, b: 'atMost' },
          { s: 'upfront', v: 500e6 },
          { s: 'later', v: 1.5e9 },
        ],
      },
      'ANTH-2023-RAISED': {
        e: 'anthropic', u: 'USD', rb: ['nyt'],
        items: [
          { s: 'raised', m: 'funding.raised', v: 7.3e9, p: '2023-02..2024-02', q: ['cumulative'], n: 'Raised over one year.' },
          VAL(15e9, { p: '2024-02' }),
          { s: 'monthly-revenue', m: 'revenue', v: 8e6, a: 1, per: [1, 'month'], p: '2023' },
          RAISE(750e6, { s: 'menlo-round', p: '2024-02', n: 'The Menlo Ventures-led deal the total includes.' }),
          VAL(18.4e9, { s: 'menlo-round-valuation', p: '2024-02', rb: [], n: 'Valuation other reports cite for the Menlo-led round (bnnbreaking).' }),
        ],
      },
      'ANTH-SERIES-E': { e: 'anthropic', p: '2025-03-03', u: 'USD', items: [RAISE(3.5e9), POST(61.5e9)] },
      'ANTH-ARR-2025-01': { e: 'anthropic', m: 'revenue.annualized', p: '2025-01', rb: ['wsj'] },
      'ANTH-SERIES-F': {
        e: 'anthropic', p: '2025-09-02', u: 'USD',
        items: [RAISE(13e9), POST(183e9), { s: 'run-rate', m: 'revenue.annualized', v: 5e9, a: 1, q: ['annualized'], fm: true, n: 'From memory.' }],
      },
      'ANTH-BIZ-CUSTOMERS-2025': { e: 'anthropic', m: 'customers.business', p: '2025-10', u: 'count' },
      'ANTH-ENT-API-SHARE-2025': {
        m: 'market-share', u: 'percent', rb: ['menlo-ventures'], q: ['enterprise-llm-api'],
        items: [
          { s: 'anthropic-2025', e: 'anthropic', v: 32, p: '2025-07', pl: 'mid-2025' },
          { s: 'openai-2025', e: 'openai', v: 25, p: '2025-07', pl: 'mid-2025' },
          { s: 'openai-2023', e: 'openai', v: 50, a: 1, p: '2023' },
          { s: 'anthropic-2023', e: 'anthropic', v: 12, p: '2023' },
        ],
      },
      'ANTH-GOOGLE-TPU-DEAL': {
        e: 'anthropic', cp: 'alphabet', p: '2025-10-23',
        items: [
          { s: 'tpus', m: 'gpus.acquired', pr: 'tpu', v: 1e6, b: 'atMost', u: 'count', q: ['agreement'] },
          { s: 'power', m: 'capacity.power', v: 1, b: 'over', u: 'GW', n: 'Well over 1 GW coming online in 2026.' },
          { s: 'value', m: 'deal.value', t: 'tens of billions of dollars', u: 'USD' },
          { s: 'business-customers', cp: undefined, m: 'customers.business', v: 300e3, b: 'over', u: 'count', rb: [] },
        ],
      },
      'ANTH-BARTZ-SETTLEMENT': {
        e: 'anthropic', m: 'deal.value', u: 'USD', p: '2025-09-05', q: ['settlement'],
        items: [
          { s: 'total', v: 1.5e9, b: 'atLeast' },
          { s: 'per-work', v: 3000, a: 1, per: [1, 'work'], n: 'For about 500,000 books.' },
        ],
      },
      'ANTH-MSFT-NVDA-2025-11': {
        p: '2025-11-18', rb: [],
        items: [
          { s: 'nvidia', e: 'nvidia', cp: 'anthropic', m: 'investment', v: 10e9, b: 'atMost', u: 'USD' },
          { s: 'microsoft', e: 'microsoft', cp: 'anthropic', m: 'investment', v: 5e9, b: 'atMost', u: 'USD' },
          { s: 'azure-commitment', e: 'anthropic', cp: 'microsoft', pr: 'azure', m: 'commitment', v: 30e9, u: 'USD' },
          { s: 'capacity', e: 'anthropic', cp: 'nvidia', m: 'capacity.power', v: 1, b: 'atMost', u: 'GW' },
          { s: 'valuation', e: 'anthropic', m: 'valuation', v: 350e9, a: 1, u: 'USD', n: 'Reported value of Anthropic in the deal (WebProNews).' },
        ],
      },
      'CLAUDE3-RELEASE': { ...model('claude-3'), m: 'event.date', p: '2024-03-04', t: '2024-03-04', u: 'date' },
    },
  },

  'api-prices.yaml': {
    header: 'Model API list prices, normalised to USD (or CNY) per 1M tokens. Each fact sits on the model itself.\n' +
      'Source prices quoted per 1K tokens are converted (x1000) and the original wording is kept in `note`.',
    facts: {
      'OPENAI-GPT4-8K-PRICE': { ...model('gpt-4'), p: '2023-03-14', items: [IN(30), OUT(60)], n: 'Source: $0.03 / $0.06 per 1K tokens.' },
      'OPENAI-GPT4-32K-PRICE': { ...model('gpt-4-32k'), p: '2023', items: [IN(60), OUT(120)], n: 'From $0.06 / $0.12 per 1K tokens.' },
      'OPENAI-GPT4T-PRICE': { ...model('gpt-4-turbo'), p: '2023-11-06', items: [IN(10), OUT(30)], n: 'Source: $0.01 / $0.03 per 1K tokens.' },
      'OPENAI-GPT4O-PRICE': { ...model('gpt-4o'), p: '2024-05-13', items: [IN(5), OUT(15)] },
      'GPT4O-PRICE-2024-08': { ...model('gpt-4o'), p: '2024-08-06', items: [IN(2.5), OUT(10), CACHED(1.25)] },
      'GPT4OMINI-PRICE': { ...model('gpt-4o-mini'), p: '2024-07-18', items: [IN(0.15), OUT(0.6)] },
      'O1-PRICE': { ...model('o1'), p: '2024-09-12', items: [IN(15), CACHED(7.5), OUT(60)] },
      'O3-PRICE': {
        ...model('o3'),
        items: [
          IN(10, { s: 'launch-input', p: '2025-04-16' }),
          OUT(40, { s: 'launch-output', p: '2025-04-16' }),
          IN(2, { p: '2025-06-10' }),
          OUT(8, { p: '2025-06-10' }),
          { s: 'cut', m: 'price.change', v: 80, u: 'percent', p: '2025-06-10', q: ['decline'] },
        ],
      },
      'O4MINI-PRICE': { ...model('o4-mini'), p: '2025-04-16', items: [IN(1.1), OUT(4.4)] },
      'GPT45-PRICE': { ...model('gpt-4-5'), p: '2025-02-27', items: [IN(75), OUT(150)] },
      'CLAUDE3-OPUS-PRICE': { ...model('claude-3-opus'), p: '2024-03-04', items: [IN(15), OUT(75)] },
      'CLAUDE3-SONNET-PRICE': { ...model('claude-3-sonnet'), p: '2024-03-04', items: [IN(3), OUT(15)] },
      'CLAUDE3-HAIKU-PRICE': { ...model('claude-3-haiku'), p: '2024-03-13', items: [IN(0.25), OUT(1.25)] },
      'CLAUDE35-SONNET-PRICE': { ...model('claude-3-5-sonnet'), p: '2024-06-20', items: [IN(3), OUT(15)] },
      'CLAUDE35-HAIKU-PRICE': { ...model('claude-3-5-haiku'), p: '2025', items: [IN(0.8), OUT(4)] },
      'CLAUDE-OPUS4-PRICE': { ...model('claude-opus-4'), p: '2025-05-22', items: [IN(15), OUT(75)] },
      'CLAUDE-SONNET4-PRICE': {
        ...model('claude-sonnet-4'), p: '2025-05-22',
        items: [
          IN(3), OUT(15),
          IN(6, { s: 'long-input', q: ['long-context'], n: 'Prompts over 200K tokens on the 1M-context beta.' }),
          OUT(22.5, { s: 'long-output', q: ['long-context'], n: 'Prompts over 200K tokens on the 1M-context beta.' }),
        ],
      },
      'GEMINI15PRO-PRICE': {
        ...model('gemini-1-5-pro'), p: '2024-05..2024-09',
        items: [
          IN(3.5), OUT(10.5),
          IN(7, { s: 'long-input', q: ['long-context'], n: 'Prompts over 128K tokens.' }),
          OUT(21, { s: 'long-output', q: ['long-context'], n: 'Prompts over 128K tokens.' }),
        ],
      },
      'GEMINI15FLASH-PRICE': { ...model('gemini-1-5-flash'), p: '2024-08-12', items: [IN(0.075), OUT(0.3)] },
      'LLAMA3-70B-GROQ-PRICE': { ...model('llama-3-70b'), cp: 'groq', p: '2024', items: [IN(0.59), OUT(0.79)] },
      'DSK-V3-API-PRICE': {
        ...model('deepseek-v3'), p: '2025-02-08',
        items: [
          CACHED(0.07), IN(0.27), OUT(1.1),
          // The yuan list prices (xyzlabs.substack.com) and the off-peak discount (SCMP), as the research notes give them.
          CACHED(0.5, { s: 'cached-input-cny', u: 'CNY', a: 1 }),
          IN(2, { s: 'input-cny', u: 'CNY', a: 1 }),
          OUT(8, { s: 'output-cny', u: 'CNY', a: 1 }),
          { s: 'off-peak-discount', m: 'price.change', v: 50, u: 'percent', p: '2025-02-26', q: ['decline', 'off-peak'] },
        ],
      },
      'DSK-R1-API-PRICE': {
        ...model('deepseek-r1'), p: '2025-01-20',
        items: [
          CACHED(0.14), IN(0.55), OUT(2.19),
          { s: 'off-peak-discount', m: 'price.change', v: 75, u: 'percent', p: '2025-02-26', q: ['decline', 'off-peak'] },
        ],
      },
      'DOUBAO-PRICE-2024-05': {
        ...model('doubao'), p: '2024-05-15',
        items: [
          IN(0.8, { u: 'CNY', n: 'Source: CNY 0.0008 (0.8厘) per 1K input tokens.' }),
          { s: 'below-industry', m: 'price.change', v: 99.3, u: 'percent', q: ['decline'], n: 'Below the industry price, as the company put it.' },
        ],
      },
      'QWEN-LONG-PRICE-CUT': {
        m: 'price.change', u: 'percent', q: ['decline'],
        items: [
          { s: 'qwen-long', ...model('qwen-long'), p: '2024-05-21', v: 97 },
          { s: 'qwen-turbo', ...model('qwen'), p: '2024-09', v: 85, q: ['qwen-turbo'], n: 'The September 2024 cut on Qwen-Turbo, as the same source gives it.' },
        ],
      },
    },
  },

  'funding.yaml': {
    header: 'Start-up funding rounds, valuations, run-rates and deals outside the big labs: Inflection, Cohere, Stability,\n' +
      'Mistral, xAI, Character.AI, Perplexity, Scale, SSI, Thinking Machines, Databricks, Hugging Face, Figure, ElevenLabs,\n' +
      'Groq, Cursor, Runway, Harvey, Cognition, Midjourney, CoreWeave, Windsurf.',
    facts: {
      'INFL-MSFT-650M': {
        e: 'inflection-ai', cp: 'microsoft', m: 'deal.value', u: 'USD', p: '2024-03', rb: ['bloomberg', 'the-information'],
        items: [
          { s: 'total', v: 650e6, a: 1 },
          { s: 'licence', v: 620e6, q: ['licence'] },
          { s: 'waiver', v: 30e6, a: 1, q: ['legal-waiver'] },
        ],
      },
      'INFL-HIRE': { e: 'inflection-ai', cp: 'microsoft', m: 'event.date', p: '2024-03-19', t: '2024-03-19', u: 'date' },
      'INFL-1.3B': {
        e: 'inflection-ai', p: '2023-06',
        items: [
          { s: 'raise', m: 'funding.raised', v: 1.3e9, u: 'USD' },
          { s: 'cluster', pr: 'h100', m: 'gpus.fleet', v: 22000, u: 'count', q: ['announced'], n: 'Cluster of H100 GPUs announced with the round (note of the research fact).' },
        ],
      },
      'INFL-TOTAL-1.525B': { e: 'inflection-ai', m: 'funding.total', p: '2024-03' },
      'INFL-VAL-4B': { e: 'inflection-ai', m: 'valuation', p: '2023-06' },
      'INFL-INVESTOR-RETURNS': {
        e: 'inflection-ai', m: 'return.multiple', u: 'multiple', p: '2024-03', rb: ['the-information'],
        items: [
          { s: 'first-round', v: 1.5, a: 1, q: ['first-round'] },
          { s: 'second-round', v: 1.1, a: 1, q: ['1.3b-round'] },
        ],
      },
      'INFL-PI-FREE': { ...model('pi'), m: 'pricing.model', p: '2023..2024', t: 'free to consumers', u: 'text' },
      'COHERE-2023-06': { e: 'cohere', p: '2023-06-08', u: 'USD', rb: ['reuters'], items: [RAISE(270e6), VAL(2.2e9, { a: 1 })] },
      'COHERE-2024-03-TALKS': {
        e: 'cohere', p: '2024-03-28', u: 'USD', q: ['talks'], rb: ['the-information', 'the-globe-and-mail'],
        items: [
          RAISE(500e6, { b: 'atLeast' }),
          VAL(5e9, { a: 1 }),
          RAISE(1e9, { s: 'raise-2024-01', b: 'atMost', p: '2024-01', rb: ['financial-times'], n: 'Talks to raise up to $1B reported by the FT in January 2024 (note of the research fact, via qz.com).' }),
        ],
      },
      'COHERE-REV-2024-03': { e: 'cohere', m: 'revenue', p: '2024-03', v: 1.8e6, u: 'USD', rb: ['the-information'], n: 'Monthly revenue in March 2024.' },
      'COHERE-MULTIPLES': {
        m: 'valuation.revenue-multiple', u: 'multiple', p: '2024-01..2024-03', rb: ['cb-insights'],
        items: [
          { s: 'cohere', e: 'cohere', v: 100, a: 1 },
          { s: 'openai', e: 'openai', v: 20.5 },
          { s: 'anthropic', e: 'anthropic', v: 18.1 },
        ],
      },
      'COHERE-ARR-2024': {
        e: 'cohere', m: 'revenue.annualized', u: 'USD',
        items: [
          { s: '2024-03', v: 35e6, p: '2024-03-31' },
          { s: '2023-12', v: 13e6, p: '2023-12-31' },
          { s: 'total-raised', m: 'funding.total', v: 970e6, p: '2024-07' },
          RAISE(500e6, { s: 'series-d', m: 'funding.raised', p: '2024-07', fm: true, n: 'Series D of July 2024: date and amount from memory.' }),
        ],
      },
      'COHERE-2025': {
        e: 'cohere', u: 'USD',
        items: [
          RAISE(500e6, { s: '2025-08-raise', p: '2025-08' }),
          VAL(6.8e9, { s: '2025-08-valuation', p: '2025-08' }),
          RAISE(100e6, { s: '2025-09-raise', p: '2025-09' }),
          VAL(7e9, { s: '2025-09-valuation', p: '2025-09', a: 1 }),
        ],
      },
      'STAB-CEO-RESIGN': { e: 'stability-ai', m: 'event.date', p: '2024-03-22', t: '2024-03-22', u: 'date', rb: [] },
      'STAB-RESEARCHERS': {
        e: 'stability-ai',
        items: [
          { s: 'date', m: 'event.date', p: '2024-03', t: 'March 2024 (reported by Forbes around 2024-03-20)', u: 'date', rb: ['forbes'] },
          {
            s: 'monthly-spend', m: 'spending', v: 8e6, a: 1, u: 'USD', per: [1, 'month'], p: '2023..2024-03', pl: 'before March 2024 (reported earlier by Bloomberg)', rb: ['bloomberg'],
            n: "Stability AI's spending per month, as Bloomberg reported it earlier (note of the research fact).",
          },
        ],
      },
      'STAB-VAL-1B': { e: 'stability-ai', m: 'valuation', p: '2022-10' },
      'MISTRAL-SEED': { e: 'mistral-ai', m: 'funding.raised', p: '2023-06' },
      'MISTRAL-SERIES-A': {
        e: 'mistral-ai', p: '2023-12-10',
        items: [
          // The company announced the raise ("announced Sunday it had raised 385 million euros"): any
          // outlet may report it. The €2B valuation is AFP's reading of the round and keeps its credit.
          RAISE(385e6, { u: 'EUR', rb: [] }),
          VAL(2e9, { u: 'EUR', a: 1 }),
          VAL(2e9, { s: 'valuation-usd', u: 'USD', a: 1 }),
        ],
      },
      'MISTRAL-SERIES-B': {
        e: 'mistral-ai', p: '2024-06-11', rb: ['financial-times'],
        items: [
          RAISE(600e6, { u: 'EUR', n: '€468M equity plus €132M debt (FT).' }),
          POST(5.8e9, { u: 'EUR' }),
          POST(6.2e9, { s: 'valuation-usd', u: 'USD', a: 1 }),
          { s: 'microsoft-investment', e: 'microsoft', cp: 'mistral-ai', m: 'investment', v: 15e6, a: 1, u: 'EUR', p: '2024-02', rb: [] },
          { s: 'microsoft-investment-usd', e: 'microsoft', cp: 'mistral-ai', m: 'investment', v: 16e6, a: 1, u: 'USD', p: '2024-02', rb: [] },
        ],
      },
      'MISTRAL-SERIES-C': {
        e: 'mistral-ai', p: '2025-09',
        items: [
          RAISE(1.7e9, { u: 'EUR' }),
          { s: 'asml', e: 'asml', cp: 'mistral-ai', m: 'investment', v: 1.3e9, u: 'EUR' },
          VAL(14e9, { u: 'USD', a: 1 }),
          VAL(11.7e9, { s: 'valuation-eur', u: 'EUR', a: 1, fm: true, n: 'The euro figure is from memory.' }),
        ],
      },
      'XAI-SERIES-B': {
        e: 'xai', p: '2024-05-26', u: 'USD',
        items: [RAISE(6e9), POST(24e9), { s: 'pre-money', m: 'valuation.pre-money', v: 18e9, q: ['pre-money'] }],
      },
      'XAI-DEC-2024': {
        e: 'xai', p: '2024-12-05', u: 'USD',
        items: [RAISE(6e9), VAL(50e9, { a: 1 }), { s: 'arr', m: 'revenue.annualized', v: 100e6, q: ['annualized'], rb: ['wsj'] }],
      },
      'XAI-X-MERGER': {
        p: '2025-03-28', m: 'valuation', u: 'USD', q: ['all-stock-merger'],
        items: [
          { s: 'xai', e: 'xai', v: 80e9 },
          { s: 'x', e: 'x-corp', v: 33e9, n: '$45B enterprise value less $12B debt.' },
          { s: 'x-enterprise-value', e: 'x-corp', m: 'valuation.enterprise-value', v: 45e9, q: ['enterprise-value'] },
        ],
      },
      'CHARAI-2023': { e: 'character-ai', p: '2023-03', u: 'USD', items: [RAISE(150e6), VAL(1e9)] },
      'CHARAI-GOOGLE': {
        e: 'character-ai', cp: 'alphabet', p: '2024-08-02', u: 'USD',
        items: [
          // The BNN Bloomberg page gives the $2.5B buy-out valuation only; the $2.7B is the WSJ's, per the note.
          { s: 'payment', m: 'deal.value', v: 2.7e9, a: 1, rb: ['wsj'], ns: { publisher: 'RTTNews (reprinted on markets.businessinsider.com)' } },
          VAL(2.5e9, { q: ['buyout'] }),
        ],
      },
      'PPLX-2024-01': { e: 'perplexity', p: '2024-01', u: 'USD', items: [RAISE(74e6), VAL(520e6)] },
      'PPLX-2024-11': {
        e: 'perplexity', u: 'USD',
        items: [RAISE(500e6, { p: '2024-11-05' }), VAL(9e9, { p: '2024-11-05' }), VAL(3e9, { s: 'valuation-2024-06', p: '2024-06' })],
      },
      'PPLX-2025': { e: 'perplexity', p: '2025-05..2025-07', u: 'USD', rb: ['wsj'], items: [RAISE(500e6), VAL(14e9)] },
      'SCALE-META-49PCT': {
        p: '2025-06-12', rb: ['reuters'],
        items: [
          { s: 'investment', e: 'meta', cp: 'scale-ai', m: 'investment', v: 14.3e9, u: 'USD' },
          { s: 'stake', e: 'meta', cp: 'scale-ai', m: 'equity-stake', v: 49, u: 'percent', q: ['non-voting'] },
          VAL(29e9, { e: 'scale-ai', u: 'USD', a: 1 }),
        ],
      },
      'SCALE-SERIES-F': {
        e: 'scale-ai', p: '2024-05-21', u: 'USD', rb: ['fortune'],
        items: [
          RAISE(1e9),
          VAL(14e9, { a: 1 }),
          POST(13.8e9, { s: 'valuation-post-money', fm: true, n: 'The post-money figure often cited is from memory.' }),
          RAISE(325e6, { s: 'raise-2021-04', p: '2021-04', rb: [], n: 'Prior round, as the same article gives it.' }),
          VAL(7.3e9, { s: 'valuation-2021-04', p: '2021-04', rb: [], n: 'Prior round, as the same article gives it.' }),
        ],
      },
      'SCALE-ARR-2024': { e: 'scale-ai', m: 'revenue.annualized', p: '2024-12-31', rb: ['fortune'], q: ['projection'] },
      'SSI-2024-09': { e: 'safe-superintelligence', p: '2024-09-04', u: 'USD', rb: ['reuters'], items: [RAISE(1e9, { rb: [] }), VAL(5e9, { a: 1 })] },
      'SSI-2025-04': { e: 'safe-superintelligence', p: '2025-04', u: 'USD', rb: ['reuters', 'the-information'], items: [RAISE(2e9), VAL(32e9)] },
      'TML-SEED-2025': {
        e: 'thinking-machines-lab', p: '2025-07', u: 'USD',
        items: [
          RAISE(2e9, { q: ['seed'] }),
          VAL(12e9),
          { s: 'pre-money', m: 'valuation.pre-money', v: 10e9, q: ['pre-money'], rb: ['the-information'] },
        ],
      },
      'DBX-SERIES-J': {
        e: 'databricks', p: '2024-12-17', u: 'USD',
        items: [RAISE(10e9, { q: ['equity'] }), VAL(62e9), RAISE(5.25e9, { s: 'debt', q: ['debt'] })],
      },
      'DBX-SERIES-I': {
        e: 'databricks', p: '2023-09', u: 'USD',
        items: [
          RAISE(500e6),
          VAL(43e9),
          { s: 'q3-revenue', m: 'revenue', v: 375e6, a: 1, p: '2023-Q3', n: 'Quarterly revenue as the same post shows it.' },
          GROWTH(51, { s: 'q3-growth', p: '2023-Q3' }),
        ],
      },
      'DBX-REV-FY24': { e: 'databricks', m: 'revenue', p: '2023-02-01..2024-01-31', rb: ['reuters'] },
      'HF-SERIES-D': {
        e: 'hugging-face', p: '2023-08-24', u: 'USD', rb: [],
        items: [
          RAISE(235e6),
          VAL(4.5e9),
          { s: 'revenue-multiple', m: 'valuation.revenue-multiple', v: 100, b: 'over', u: 'multiple', p: '2023-08-22', rb: ['the-information'], n: 'Valuation over annualized revenue.' },
          RAISE(100e6, { s: 'raise-2022-05', p: '2022-05' }),
          VAL(2e9, { s: 'valuation-2022-05', p: '2022-05' }),
        ],
      },
      'FIGURE-SERIES-B': {
        e: 'figure-ai', p: '2024-02-29', u: 'USD', rb: [],
        items: [
          RAISE(675e6),
          { s: 'valuation', m: 'valuation', r: [2.6e9, 2.65e9], n: 'Press reports say $2.6B; the company release says $2.65B.' },
          VAL(39e9, { s: 'valuation-series-c', p: '2025-09', fm: true, n: 'Series C valuation reported later: from memory, not verified.' }),
        ],
      },
      'ELEVEN-TENDER-2025': {
        e: 'elevenlabs', p: '2025-09', rb: ['reuters'], u: 'USD',
        items: [
          { s: 'valuation', m: 'valuation', v: 6.6e9, q: ['tender-offer'] },
          { s: 'arr-target', m: 'revenue.annualized', v: 300e6, p: '2025-12', q: ['target', 'annualized'], n: 'Target for the end of 2025.' },
          VAL(3.3e9, { s: 'valuation-2025-01', p: '2025-01', a: 1, fm: true, rb: [], n: 'The January 2025 Series C it doubles: from memory.' }),
          RAISE(180e6, { s: 'raise-2025-01', p: '2025-01', fm: true, rb: [], n: 'The January 2025 Series C: from memory.' }),
        ],
      },
      'ELEVEN-ARR-2025': {
        e: 'elevenlabs', m: 'revenue.annualized', u: 'USD', rb: ['reuters'],
        items: [
          { s: '2025-09', v: 200e6, p: '2025-08..2025-09' },
          { s: 'ten-months-earlier', v: 100e6, p: '2024-10..2024-11', pl: 'ten months earlier' },
        ],
      },
      'GROQ-2024-08': { e: 'groq', p: '2024-08', u: 'USD', items: [RAISE(640e6), VAL(2.8e9)] },
      'GROQ-2025-09': { e: 'groq', p: '2025-09', u: 'USD', rb: ['cnbc'], items: [RAISE(750e6), VAL(6.9e9, { a: 1 })] },
      'GROQ-NVDA-20B': { e: 'groq', cp: 'nvidia', m: 'deal.value', p: '2025-12-24', rb: ['cnbc'] },
      'CURSOR-SERIES-C': {
        e: 'anysphere', p: '2025-06-05', u: 'USD',
        items: [
          RAISE(900e6),
          VAL(9.9e9),
          { s: 'arr', m: 'revenue.annualized', v: 500e6, b: 'over', q: ['annualized'] },
          VAL(2.6e9, { s: 'valuation-2024-12', p: '2024-12', n: 'Prior valuation (note of the research fact).' }),
          { s: 'arr-2025-01', m: 'revenue.annualized', v: 100e6, p: '2025-01', q: ['annualized'] },
          { s: 'arr-2025-03', m: 'revenue.annualized', v: 150e6, b: 'over', p: '2025-03', q: ['annualized'], rb: ['the-information'] },
        ],
      },
      'CURSOR-SERIES-D': { e: 'anysphere', p: '2025-11-13', u: 'USD', rb: [], items: [RAISE(2.3e9), VAL(29.3e9)] },
      'RUNWAY-SERIES-D': {
        e: 'runway', p: '2025-04', u: 'USD',
        items: [
          RAISE(308e6),
          VAL(3e9, { b: 'over' }),
          VAL(1.5e9, { s: 'valuation-2023', p: '2023-06', pl: 'mid-2023 (Series C extension)', n: 'Prior valuation (note of the research fact, transacted.io).' }),
          RAISE(315e6, { s: 'series-e-raise', p: '2026-02' }),
          VAL(5.3e9, { s: 'series-e-valuation', p: '2026-02' }),
        ],
      },
      'HARVEY-2025-ROUNDS': {
        e: 'harvey', u: 'USD',
        items: [
          RAISE(300e6, { s: 'series-d-raise', p: '2025-02' }),
          VAL(3e9, { s: 'series-d-valuation', p: '2025-02' }),
          RAISE(300e6, { s: 'series-e-raise', p: '2025-06' }),
          VAL(5e9, { s: 'series-e-valuation', p: '2025-06' }),
          VAL(8e9, { s: '2025-10-valuation', p: '2025-10' }),
          { s: 'arr-2025-01', m: 'revenue.annualized', v: 50e6, p: '2025-01', pl: 'early 2025', q: ['annualized'] },
          { s: 'arr-2025-04', m: 'revenue.annualized', v: 75e6, p: '2025-04', q: ['annualized'] },
          { s: 'arr-2025-08', m: 'revenue.annualized', v: 100e6, b: 'over', p: '2025-08', q: ['annualized'] },
          RAISE(80e6, { s: 'series-b-raise', p: '2023-12' }),
          VAL(715e6, { s: 'series-b-valuation', p: '2023-12' }),
          RAISE(100e6, { s: 'series-c-raise', p: '2024-07' }),
          VAL(1.5e9, { s: 'series-c-valuation', p: '2024-07' }),
        ],
      },
      'COGNITION-2025-09': {
        e: 'cognition', p: '2025-09-08', u: 'USD',
        items: [
          RAISE(400e6),
          POST(10.2e9),
          VAL(4e9, { s: 'valuation-2025-03', p: '2025-03', a: 1 }),
          { s: 'windsurf-arr', e: 'windsurf', m: 'revenue.annualized', v: 82e6, a: 1, p: '2025-07', q: ['annualized'] },
          { s: 'windsurf-customers', e: 'windsurf', m: 'customers.business', v: 350, u: 'count', p: '2025-07', q: ['enterprise'] },
        ],
      },
      'MIDJOURNEY-REV-2023': {
        e: 'midjourney', p: '2023', rb: ['the-information'],
        items: [
          { s: 'revenue', m: 'revenue', v: 200e6, a: 1, u: 'USD' },
          { s: 'users', m: 'users.total', v: 15e6, a: 1, u: 'count', p: '2023-09-07', n: 'Almost 15 million users.' },
        ],
      },
      'WINDSURF-GOOGLE-2.4B': {
        cp: 'windsurf', m: 'deal.value', p: '2025-07-11', u: 'USD',
        items: [
          { s: 'deal', e: 'alphabet', v: 2.4e9 },
          { s: 'openai-offer', e: 'openai', v: 3e9, a: 1, q: ['offer', 'lapsed'], n: "OpenAI's acquisition offer, which expired when exclusivity lapsed on 2025-07-11." },
        ],
      },
      'CRWV-IPO-PRICE': {
        e: 'coreweave', p: '2025-03-27',
        items: [
          { s: 'price', m: 'share-price', v: 40, u: 'USD', per: [1, 'share'], q: ['ipo-price'] },
          { s: 'shares', m: 'shares', v: 37.5e6, u: 'count', n: '36.59M primary plus 0.91M secondary shares.' },
          { s: 'marketed-shares', m: 'shares', v: 49e6, u: 'count', p: '2025-03-19', q: ['marketed'], n: 'Shares marketed before pricing.' },
        ],
      },
      'CRWV-IPO-RAISE': { e: 'coreweave', m: 'ipo.proceeds', p: '2025-03', rb: ['financial-times'] },
      'CRWV-IPO-DEBUT': {
        e: 'coreweave', p: '2025-03-28', rb: ['barrons', 'marketwatch'],
        items: [
          { s: 'first-trade', m: 'share-price', v: 39, u: 'USD', per: [1, 'share'], q: ['opening'] },
          { s: 'valuation', m: 'market-cap', v: 18.5e9, a: 1, u: 'USD' },
          { s: 'nvidia-purchase', e: 'nvidia', cp: 'coreweave', m: 'investment', v: 250e6, u: 'USD', q: ['ipo'], rb: [], n: 'Shares bought at the IPO price, per co-founder Brian Venturo.' },
        ],
      },
      'CRWV-REV-2024': {
        e: 'coreweave', m: 'revenue', u: 'USD',
        items: [
          { s: '2024', v: 1.92e9, p: '2024' },
          { s: '2023', v: 228.9e6, p: '2023' },
          { s: '2022', v: 16e6, a: 1, p: '2022' },
          GROWTH(737, { p: '2024', rb: ['barrons'] }),
        ],
      },
      'CRWV-NETLOSS-2024': { e: 'coreweave', m: 'net-loss', p: '2024' },
      'CRWV-MSFT-SHARE': {
        e: 'coreweave', cp: 'microsoft', m: 'share-of-revenue', u: 'percent',
        items: [{ s: '2024', v: 62, p: '2024' }, { s: '2023', v: 35, p: '2023' }],
      },
    },
  },

  'bigtech.yaml': {
    header: 'Alphabet, Amazon, Meta and Oracle: capital expenditure (actual and guidance), cloud segment revenue,\n' +
      'users and tokens processed, data-centre financing and contracts; also the four-hyperscaler capex tally.',
    facts: {
      'META-CAPEX-2023': {
        e: 'meta', p: '2023', u: 'USD',
        items: [
          { s: 'guidance', m: 'capex.guidance', r: [27e9, 29e9], q: ['guidance'] },
          { s: 'actual', m: 'capex', v: 28.1e9, a: 1, fm: true, qo: ['reported'], n: 'The actual figure (incl. finance-lease principal) is from memory.' },
        ],
      },
      'META-CAPEX-2024-GUIDE': {
        e: 'meta', m: 'capex.guidance', p: '2024', u: 'USD',
        items: [
          { s: '2024-02', iss: '2024-02', r: [30e9, 37e9], pl: '2024 (guided Feb 2024)' },
          { s: '2024-04', iss: '2024-04', r: [35e9, 40e9], pl: '2024 (guided Apr 2024)' },
        ],
      },
      'META-CAPEX-2024': { e: 'meta', m: 'capex', p: '2024' },
      'META-CAPEX-2025-GUIDE': {
        e: 'meta', m: 'capex.guidance', p: '2025', u: 'USD',
        items: [
          { s: '2025-01', iss: '2025-01', r: [60e9, 65e9], pl: '2025 (guided Jan 2025)' },
          { s: '2025-07', iss: '2025-07', r: [66e9, 72e9], pl: '2025 (guided Jul 2025)' },
          { s: '2025-10', iss: '2025-10', r: [70e9, 72e9], pl: '2025 (guided Oct 2025)' },
        ],
      },
      'GOOG-CAPEX-2023': { e: 'alphabet', m: 'capex', p: '2023', rb: [] },
      'GOOG-CAPEX-2024': { e: 'alphabet', m: 'capex', p: '2024' },
      'GOOG-CAPEX-2025-GUIDE': {
        e: 'alphabet', m: 'capex.guidance', p: '2025', u: 'USD',
        items: [
          { s: '2025-02', iss: '2025-02', v: 75e9, a: 1, pl: '2025 (guided Feb 2025)' },
          { s: '2025-07', iss: '2025-07', v: 85e9, pl: '2025 (guided Jul 2025)' },
          { s: '2025-10', iss: '2025-10', r: [91e9, 93e9], pl: '2025 (guided Oct 2025)' },
        ],
      },
      'AMZN-CAPEX-2023': { e: 'amazon', m: 'capex', p: '2023' },
      'AMZN-CAPEX-2024': {
        e: 'amazon', m: 'capex', u: 'USD',
        items: [
          { s: '2024', r: [78e9, 83e9], a: 1, p: '2024' },
          { s: 'q4-2024', v: 26.3e9, p: '2024-Q4', n: 'Q4 2024 capex as Jassy gave it (note of the research fact).' },
        ],
      },
      'AMZN-CAPEX-2025': {
        e: 'amazon', m: 'capex.guidance', p: '2025', u: 'USD',
        items: [
          { s: '2025-02', iss: '2025-02', v: 100e9, a: 1, pl: '2025 (plan as of Feb 2025)' },
          { s: '2025-07', iss: '2025-07', v: 118e9, b: 'over', pl: '2025 (forecast as of Jul 2025)' },
          { s: '2025-10', iss: '2025-10', v: 125e9, a: 1, pl: '2025 (forecast as of Oct 2025)' },
        ],
      },
      'BIG4-CAPEX-TOTAL': {
        e: 'hyperscalers', u: 'USD', rb: ['yahoo-finance'],
        items: [
          { s: '2024', m: 'capex', v: 223e9, a: 1, p: '2024' },
          { s: '2025-plan', m: 'capex.guidance', v: 325e9, a: 1, p: '2025', q: ['plan'], pl: '2025 plans as of Feb 2025' },
        ],
      },
      'AWS-Q4-2024-REV': {
        e: 'amazon', pr: 'aws', p: '2024-Q4',
        items: [
          { s: 'revenue', m: 'revenue.cloud-segment', v: 28.8e9, u: 'USD' },
          GROWTH(19),
          { s: 'operating-income', m: 'operating-income', v: 10.6e9, u: 'USD' },
          { s: 'operating-income-q4-2023', m: 'operating-income', v: 7.2e9, u: 'USD', p: '2023-Q4', pl: 'Q4 2023' },
          {
            s: 'amazon-capex', pr: undefined, m: 'capex', v: 27.8e9, a: 1, u: 'USD',
            n: "Amazon's Q4 2024 capital expenditure (note of the research fact; described as representative of the 2025 run-rate).",
          },
        ],
      },
      'AWS-2024-REV': {
        e: 'amazon', pr: 'aws', p: '2024',
        items: [
          { s: 'revenue', m: 'revenue.cloud-segment', v: 107.6e9, u: 'USD' },
          GROWTH(19),
          { s: 'amazon-revenue', pr: undefined, m: 'revenue', v: 638e9, u: 'USD', n: 'Amazon total net sales (note of the research fact).' },
          GROWTH(11, { s: 'amazon-growth', pr: undefined, n: 'Growth of Amazon total net sales (note of the research fact).' }),
        ],
      },
      'GCLOUD-Q4-2024-REV': {
        e: 'alphabet', pr: 'google-cloud', p: '2024-Q4',
        items: [
          { s: 'revenue', m: 'revenue.cloud-segment', v: 11.955e9, u: 'USD' },
          GROWTH(30),
          { s: 'prior-year', m: 'revenue.cloud-segment', v: 9.192e9, u: 'USD', p: '2023-Q4', pl: 'Q4 2023' },
          { s: 'operating-margin', m: 'profit-margin', v: 17.5, a: 1, u: 'percent', q: ['operating'] },
        ],
      },
      'GCLOUD-2024-REV': {
        e: 'alphabet', pr: 'google-cloud', p: '2024',
        items: [
          { s: 'revenue', m: 'revenue.cloud-segment', v: 43.2e9, u: 'USD' },
          GROWTH(31),
          { s: 'operating-income', m: 'operating-income', v: 6.1e9, u: 'USD' },
          { s: 'operating-income-2023', m: 'operating-income', v: 1.7e9, u: 'USD', p: '2023', pl: '2023' },
          { s: 'alphabet-revenue', pr: undefined, m: 'revenue', v: 350e9, u: 'USD', n: 'Alphabet total revenue (note of the research fact).' },
          { s: 'alphabet-net-income', pr: undefined, m: 'net-income', v: 100.1e9, u: 'USD', n: 'Alphabet net income (note of the research fact).' },
        ],
      },
      'GEMINI-RELEASES': {
        m: 'event.date', u: 'date',
        items: [
          { s: 'gemini-1-0', ...model('gemini'), p: '2023-12-06', t: 'Gemini 1.0: December 2023 (2023-12-06)' },
          { s: 'gemini-1-5-pro', ...model('gemini-1-5-pro'), p: '2024-02-15', t: 'Gemini 1.5 Pro: February 2024 (2024-02-15)' },
        ],
      },
      'GEMINI-APP-MAU': {
        ...model('gemini'), m: 'users.monthly', u: 'count',
        items: [
          { s: '2025-07', v: 450e6, p: '2025-Q2', pl: 'Q2 2025 (reported July 2025)' },
          { s: '2025-10', v: 650e6, p: '2025-Q3', pl: 'Q3 2025 (reported October 2025)' },
          { s: '2026-02', v: 750e6, p: '2025-Q4', pl: 'Q4 2025 (reported February 2026)' },
        ],
      },
      'GOOGLE-TOKENS-MONTHLY': {
        e: 'alphabet', m: 'usage.tokens', u: 'count', per: [1, 'month'],
        items: [
          { s: '2025-05', v: 480e12, p: '2025-05' },
          { s: '2025-07', v: 980e12, p: '2025-07' },
          { s: '2025-10', v: 1.3e15, b: 'over', p: '2025-10' },
        ],
      },
      'META-AI-MAU-2025': {
        ...model('meta-ai'), m: 'users.monthly', u: 'count',
        items: [
          { s: '2025-05', v: 1e9, a: 1, p: '2025-05-28' },
          { s: '2024-09', v: 500e6, a: 1, p: '2024-09' },
        ],
      },
      'META-LLAMA-DOWNLOADS': {
        ...model('llama'), m: 'downloads', u: 'count', q: ['cumulative'],
        items: [
          { s: '2024-12', v: 650e6, p: '2024-12' },
          { s: '2025-03', v: 1e9, p: '2025-03' },
          { s: '2025-04', v: 1.2e9, b: 'over', p: '2025-04-29' },
        ],
      },
      'META-HYPERION-BLUEOWL': {
        p: '2025-10-21', cp: 'hyperion', rb: [],
        items: [
          { s: 'total', e: 'meta', m: 'deal.value', v: 27e9, a: 1, u: 'USD', q: ['financing'] },
          { s: 'blue-owl-stake', e: 'blue-owl', m: 'equity-stake', v: 80, u: 'percent' },
          { s: 'meta-stake', e: 'meta', m: 'equity-stake', v: 20, u: 'percent' },
          { s: 'blue-owl-cash', e: 'blue-owl', m: 'investment', v: 7e9, a: 1, u: 'USD', q: ['cash'] },
          { s: 'meta-payout', e: 'meta', m: 'deal.value', v: 3e9, a: 1, u: 'USD', q: ['one-time-distribution'] },
        ],
      },
      'ORCL-RPO-Q1FY26': {
        e: 'oracle', u: 'USD', rb: [],
        items: [
          { s: 'rpo', m: 'revenue.backlog', p: '2025-08-31', v: 455e9, n: '+359% year over year.' },
          { s: 'rpo-year-earlier', m: 'revenue.backlog', p: '2024-08-31', v: 99.1e9, n: 'A year earlier (note of the research fact, citing awarelab.io).' },
          { s: 'revenue', m: 'revenue', p: '2025-06..2025-08', pl: 'Q1 FY2026 (quarter ended 2025-08-31)', v: 14.9e9 },
          { s: 'cloud-revenue', m: 'revenue.cloud-segment', p: '2025-06..2025-08', pl: 'Q1 FY2026 (quarter ended 2025-08-31)', v: 7.2e9 },
          { s: 'oci-revenue', m: 'revenue.cloud-segment', p: '2025-06..2025-08', pl: 'Q1 FY2026 (quarter ended 2025-08-31)', v: 3.3e9, q: ['oci'] },
          { s: 'oci-growth', m: 'revenue.growth', p: '2025-06..2025-08', pl: 'Q1 FY2026 (quarter ended 2025-08-31)', v: 55, u: 'percent', q: ['year-over-year', 'oci'] },
          { s: 'share-gain', m: 'share-price.change', p: '2025-09-10', v: 36, a: 1, u: 'percent', n: 'Best day since 1992.' },
          ...[['fy26', '2025-06..2026-05', 18e9], ['fy27', '2026-06..2027-05', 32e9], ['fy28', '2027-06..2028-05', 73e9],
            ['fy29', '2028-06..2029-05', 114e9], ['fy30', '2029-06..2030-05', 144e9]].map(([fy, p, v]) => ({
            s: `oci-guidance-${fy}`, m: 'revenue.cloud-segment', p, pl: `FY20${fy.slice(2)} (guided Sep 2025)`, v, iss: '2025-09', q: ['oci', 'guidance'],
          })),
        ],
      },
      'STARGATE-500B': {
        e: 'stargate', m: 'investment.plan', u: 'USD',
        items: [
          { s: 'total', v: 500e9, b: 'atMost', p: '2025-01-21..2029-01-20', pl: 'over four years from 2025-01-21' },
          { s: 'immediate', v: 100e9, p: '2025-01-21', q: ['immediate'] },
        ],
      },
      'SEQ-200B': { e: 'sequoia-capital', m: 'revenue.required', p: '2023-09', per: [1, 'year'], v: 200e9, u: 'USD', rb: ['sequoia-capital'] },
      'SEQ-125B-HOLE': { e: 'sequoia-capital', m: 'revenue.gap', p: '2023-09', per: [1, 'year'], v: 125e9, u: 'USD', rb: ['sequoia-capital'] },
      'SEQ-600B': {
        e: 'sequoia-capital', p: '2024-06-20', per: [1, 'year'], u: 'USD', rb: ['sequoia-capital'],
        items: [
          { s: 'required', m: 'revenue.required', v: 600e9 },
          { s: 'gap', m: 'revenue.gap', v: 500e9, a: 1, n: "The gap left after generous AI-revenue assumptions (Tom's Hardware summary, note of the research fact)." },
        ],
      },
    },
  },

  'china.yaml': {
    header: 'China: Baidu (ERNIE incremental revenue is in RMB), Alibaba, Tencent, ByteDance, DeepSeek, Zhipu, Moonshot,\n' +
      'MiniMax, Baichuan, 01.AI. Amounts stay in the currency the source used (CNY, USD, HKD).',
    facts: {
      'BIDU-GENAI-Q4-2023': {
        e: 'baidu', p: '2023-Q4', u: 'CNY',
        items: [
          { s: 'incremental', pr: 'ernie', m: 'revenue.incremental-ai', v: 656e6 },
          { s: 'ai-cloud-revenue', pr: 'baidu-ai-cloud', m: 'revenue.cloud-segment', v: 8.4e9, n: 'Baidu AI Cloud revenue, as the source quote gives it.' },
        ],
      },
      'BIDU-GENAI-2024-GUIDE': { e: 'baidu', pr: 'ernie', m: 'revenue.incremental-ai', p: '2024', t: 'several billion RMB (数十亿元)', u: 'CNY' },
      'BIDU-REV-2023': {
        e: 'baidu', m: 'revenue', u: 'CNY',
        items: [
          { s: '2023', v: 134.598e9, p: '2023' },
          { s: 'q4-2023', v: 34.951e9, p: '2023-Q4', pl: 'Q4 2023' },
          // Added from the growth the source quote states; its note was written by hand.
          GROWTH(9, {
            p: '2023',
            note: 'Growth stated in the source quote of BIDU-REV-2023 (research facts.yaml). Qualifier: reported, year-over-year. Period as written: calendar 2023. Source date 2024-02-29 inferred; not shown on page excerpt.',
          }),
        ],
      },
      'BIDU-AICLOUD-Q1-2024': {
        e: 'baidu', pr: 'baidu-ai-cloud', p: '2024-Q1',
        items: [
          { s: 'revenue', m: 'revenue.cloud-segment', v: 4.7e9, u: 'CNY' },
          GROWTH(12),
          { s: 'genai-share', m: 'share-of-revenue', v: 6.9, u: 'percent', q: ['generative-ai'], n: 'Generative AI share of AI Cloud revenue.' },
        ],
      },
      'BIDU-ERNIE-CALLS': {
        ...model('ernie'), m: 'usage.api-calls', u: 'count', per: [1, 'day'],
        items: [
          { s: '2023-12', v: 50e6, p: '2023-12' },
          { s: '2024-05', v: 200e6, p: '2024-05' },
          { s: '2024-11', v: 1.5e9, p: '2024-11' },
          { s: '2024-12', v: 1.65e9, p: '2024-12' },
        ],
      },
      'BABA-AI-CAPEX-3Y': { e: 'alibaba', m: 'investment.plan', p: '2025..2027', v: 380e9, b: 'over', u: 'CNY' },
      'BABA-REV-DEC-Q-2024': {
        e: 'alibaba', p: '2024-Q4', rb: [],
        items: [
          { s: 'revenue', m: 'revenue', v: 280.15e9, u: 'CNY' },
          GROWTH(8),
          { s: 'share-gain', m: 'share-price.change', v: 14.56, u: 'percent', p: '2025-02-21', q: ['hong-kong'], n: 'Biggest one-day gain since Nov 2021.' },
        ],
      },
      'BABA-CLOUD-REV-JUN-Q-2025': {
        e: 'alibaba', pr: 'alibaba-cloud', p: '2025-Q2',
        items: [{ s: 'revenue', m: 'revenue.cloud-segment', v: 33.4e9, u: 'CNY' }, GROWTH(26)],
      },
      'BABA-CLOUD-REV-SEP-Q-2025': {
        e: 'alibaba', pr: 'alibaba-cloud', p: '2025-Q3',
        items: [{ s: 'revenue', m: 'revenue.cloud-segment', v: 39.8e9, u: 'CNY' }, GROWTH(34)],
      },
      'BABA-AI-CAPEX-TTM-2025': {
        e: 'alibaba', m: 'capex', u: 'CNY', q: ['trailing-four-quarters'],
        items: [
          { s: 'ttm-2025-09', v: 120e9, a: 1, p: '2024-10..2025-09' },
          { s: 'ttm-2025-06', v: 100e9, b: 'over', p: '2024-07..2025-06' },
        ],
      },
      'QWEN-APP-DOWNLOADS': { ...model('qwen'), m: 'downloads', p: '2025-11', u: 'count' },
      'TCEHY-CAPEX-2024': {
        e: 'tencent', m: 'capex', p: '2024', rb: [],
        items: [
          { s: 'cny', v: 76.8e9, u: 'CNY' },
          { s: 'usd', v: 10.7e9, a: 1, u: 'USD' },
          { s: '2023-usd', v: 3.4e9, a: 1, u: 'USD', p: '2023', pl: '2023' },
          { s: 'share-of-revenue', m: 'share-of-revenue', v: 12, u: 'percent', q: ['capex-intensity'], n: 'Capex as a share of total revenue.' },
          { s: 'q4-2024', v: 39e9, u: 'CNY', p: '2024-Q4', pl: 'Q4 2024', n: 'Q4 2024 capex (note of the research fact).' },
        ],
      },
      'TCEHY-REV-Q4-2024': {
        e: 'tencent', p: '2024-Q4', rb: [],
        items: [
          { s: 'revenue', m: 'revenue', v: 172.4e9, u: 'CNY' },
          GROWTH(11),
          { s: 'net-income', m: 'net-income', v: 51.3e9, u: 'CNY', n: 'Net profit (note of the research fact).' },
        ],
      },
      'BYTEDANCE-CAPEX-2025': {
        e: 'bytedance', m: 'capex.guidance', u: 'CNY',
        items: [
          { s: '2025', v: 150e9, b: 'over', p: '2025', rb: ['reuters'] },
          // Reported in December 2025, eleven months after the Reuters page that is the research fact's source.
          { s: '2026', v: 160e9, a: 1, p: '2026', rb: ['financial-times'], ns: { publisher: '星岛 (stheadline.com)', date: '2025-12-23' } },
        ],
      },
      'DOUBAO-DAILY-TOKENS-2024-09': {
        ...model('doubao'), m: 'usage.tokens', u: 'count', per: [1, 'day'],
        items: [
          { s: '2024-09', v: 1.3e12, b: 'over', p: '2024-09' },
          { s: '2024-05', v: 120e9, p: '2024-05' },
        ],
      },
      'DSK-V3-TRAIN-COST': { e: 'deepseek', pr: 'deepseek-v3', m: 'cost.training', p: '2024-12-27' },
      'DSK-V3-GPU-HOURS': {
        // The GPU-hours are the model's training run (as its cost, DSK-V3-TRAIN-COST); the cluster is H800s.
        e: 'deepseek', pr: 'deepseek-v3', p: '2024-12-27', u: 'count', n: 'DeepSeek-V3 training.',
        items: [
          { s: 'total', m: 'compute.gpu-hours', v: 2.788e6 },
          { s: 'pre-training', m: 'compute.gpu-hours', v: 2.664e6 },
          { s: 'context-extension', m: 'compute.gpu-hours', v: 119e3 },
          { s: 'post-training', m: 'compute.gpu-hours', v: 5e3 },
          { s: 'cluster', m: 'gpus.fleet', v: 2048, pr: 'h800' },
        ],
      },
      'DSK-INFER-MARGIN': {
        e: 'deepseek', p: '2025-02-27..2025-02-28', pl: '24h from 2025-02-27 12:00 (Beijing)',
        items: [
          { s: 'revenue', m: 'revenue', v: 562027, u: 'USD', per: [1, 'day'], q: ['theoretical'] },
          { s: 'cost', m: 'cost.inference', v: 87072, u: 'USD', per: [1, 'day'] },
          { s: 'margin', m: 'cost-profit-margin', v: 545, u: 'percent', q: ['theoretical', 'cost-profit-margin'] },
        ],
      },
      'DSK-APP-JAN-2025': {
        e: 'deepseek', rb: ['appfigures', 'sensor-tower', 'techcrunch'],
        items: [
          { s: 'rank', m: 'rank', v: 1, u: 'ordinal', p: '2025-01-26', q: ['us-app-store', 'free-apps'] },
          { s: 'downloads', m: 'downloads', v: 2.6e6, u: 'count', p: '2025-01-27', q: ['cumulative'] },
          { s: 'downloads-2025-01-24', m: 'downloads', v: 1e6, u: 'count', p: '2025-01-24', q: ['cumulative'] },
        ],
      },
      'MOONSHOT-2024-02': {
        e: 'moonshot-ai', p: '2024-02', u: 'USD',
        items: [
          RAISE(1e9, { a: 1 }),
          POST(2.5e9, { a: 1 }),
          RAISE(60e6, { s: 'raise-2023-06', p: '2023-06', q: ['first-round'] }),
          { s: 'valuation-2023-06', m: 'valuation', r: [200e6, 300e6], p: '2023-06', q: ['first-round'] },
          RAISE(2e9, { s: 'raise-2023-10', u: 'CNY', a: 1, p: '2023-10' }),
        ],
      },
      'MOONSHOT-2025-12': {
        e: 'moonshot-ai', p: '2025-12-31', rb: ['latepost'],
        items: [
          RAISE(500e6, { u: 'USD' }),
          POST(4.3e9, { u: 'USD' }),
          { s: 'cash', m: 'cash', v: 10e9, b: 'over', u: 'CNY' },
          { s: 'kimi-mau-2024-10', e: 'kimi', m: 'users.monthly', v: 36e6, u: 'count', p: '2024-10', q: ['peak'], rb: [], n: 'Kimi monthly users at their October 2024 peak (投资者网, note of the research fact).' },
        ],
      },
      'KIMI-K2-THINKING-COST': { e: 'moonshot-ai', pr: 'kimi', m: 'cost.training', p: '2025-11-08', rb: ['cnbc'] },
      'ZHIPU-2024-05': {
        e: 'zhipu-ai', p: '2024-05-31', rb: ['financial-times'],
        items: [
          RAISE(400e6, { u: 'USD' }),
          VAL(3e9, { u: 'USD', a: 1 }),
          VAL(21.7e9, { s: 'valuation-cny', u: 'CNY', a: 1 }),
        ],
      },
      'ZHIPU-2025-STATE': {
        e: 'zhipu-ai', p: '2025-03..2025-07', u: 'CNY',
        items: [RAISE(3e9, { a: 1, q: ['state-funds'] }), VAL(40e9, { a: 1 })],
      },
      'ZHIPU-HK-IPO': {
        e: 'zhipu-ai', p: '2026-01-08',
        items: [
          { s: 'proceeds', m: 'ipo.proceeds', v: 4.3e9, a: 1, u: 'HKD', rb: ['latepost'], n: 'IPO raise (note of the research fact, LatePost).' },
          { s: 'pre-ipo-funding', m: 'funding.total', v: 8.3e9, b: 'over', u: 'CNY', n: 'Cumulative pre-IPO funding across 8 rounds.' },
          { s: 'offer-price', m: 'share-price', v: 116.2, u: 'HKD', per: [1, 'share'], q: ['ipo-price'] },
          { s: 'first-day-close', m: 'share-price', v: 131.5, u: 'HKD', per: [1, 'share'], q: ['closing'] },
          { s: 'first-day-gain', m: 'share-price.change', v: 13.17, u: 'percent' },
          { s: 'market-cap', m: 'market-cap', v: 57.9e9, a: 1, u: 'HKD' },
        ],
      },
      'ZHIPU-FINANCIALS-2024': {
        e: 'zhipu-ai', u: 'CNY', p: '2024',
        items: [
          { s: 'revenue', m: 'revenue', v: 312e6 },
          { s: 'revenue-2023', m: 'revenue', v: 125e6, p: '2023', pl: '2023' },
          { s: 'revenue-2022', m: 'revenue', v: 57e6, p: '2022', pl: '2022' },
          { s: 'net-loss', m: 'net-loss', v: 2.958e9 },
          { s: 'rd', m: 'rd-expense', v: 2.195e9 },
          { s: 'rd-compute', m: 'rd-expense', v: 1.553e9, q: ['compute'], n: 'Compute part of R&D expense.' },
          { s: 'revenue-h1-2025', m: 'revenue', v: 191e6, p: '2025-H1', pl: 'H1 2025' },
          GROWTH(325, { s: 'growth-h1-2025', p: '2025-H1', pl: 'H1 2025', u: 'percent' }),
        ],
      },
      'MINIMAX-2024-03': {
        e: 'minimax', p: '2024-03-05', u: 'USD', rb: ['bloomberg'],
        items: [RAISE(600e6, { b: 'atLeast' }), VAL(2.5e9, { b: 'over' })],
      },
      'MINIMAX-REV-2024': {
        e: 'minimax', m: 'revenue', u: 'USD',
        items: [
          { s: '2023', v: 3.46e6, p: '2023' },
          { s: '2024', v: 30.52e6, p: '2024' },
          GROWTH(782, { p: '2024' }),
          { s: '9m-2025', v: 53.44e6, p: '2025-01..2025-09', pl: 'first nine months of 2025' },
          { s: 'net-loss-2024', m: 'net-loss', v: 465e6, a: 1, p: '2024' },
          { s: 'net-loss-9m-2025', m: 'net-loss', v: 512e6, a: 1, p: '2025-01..2025-09', pl: 'first nine months of 2025' },
          { s: 'users', m: 'users.total', v: 212e6, u: 'count', p: '2025-09-30', pl: 'as of the prospectus (cumulative)', q: ['cumulative'] },
          { s: 'paying-users', m: 'users.paid', v: 1.77e6, u: 'count', p: '2025-09-30', pl: 'as of the prospectus' },
        ],
      },
      'BAICHUAN-2023-10': {
        e: 'baichuan', p: '2023-10',
        items: [
          RAISE(300e6, { u: 'USD', q: ['a1-round'] }),
          RAISE(2.2e9, { s: 'raise-cny', u: 'CNY', a: 1, q: ['a1-round'] }),
          { s: 'total', m: 'funding.total', v: 350e6, u: 'USD' },
          RAISE(50e6, { s: 'angel', u: 'USD', q: ['angel'], p: '2023-04..2023-10', pl: 'angel round (2023)' }),
        ],
      },
      '01AI-VAL-2024': { e: '01-ai', m: 'valuation', p: '2024-05-13', v: 1e9, b: 'atMost', a: 1, u: 'USD', n: '近十亿美元: nearly $1B.' },
      '01AI-REV-2024': {
        e: '01-ai', p: '2024',
        items: [
          { s: 'revenue', m: 'revenue', v: 100e6, b: 'over', u: 'CNY' },
          { s: 'pre-training-run-cost', m: 'cost.training', r: [3e6, 4e6], a: 1, u: 'USD', p: '2025-01', n: 'Each pre-training run, per Kai-Fu Lee.' },
        ],
      },
    },
  },

  'fx.yaml': {
    header: 'USD/CNY exchange rates (CNY per USD), dated: FRED/H.10 monthly and annual averages, quarter-end H.10 noon\n' +
      'buying rates (from memory), and PBOC/CFETS central parity fixings. Convert an amount with the rate of its own period.',
    facts: {
      'FX-USDCNY-AVG-2023-03': { e: 'usd-cny', m: 'fx.rate', p: '2023-03', q: ['monthly-average'], rb: ['federal-reserve'] },
      'FX-USDCNY-AVG-2023-06': { e: 'usd-cny', m: 'fx.rate', p: '2023-06', q: ['monthly-average'], rb: ['federal-reserve'] },
      'FX-USDCNY-AVG-2023-09': { e: 'usd-cny', m: 'fx.rate', p: '2023-09', q: ['monthly-average'], rb: ['federal-reserve'] },
      'FX-USDCNY-AVG-2023-12': { e: 'usd-cny', m: 'fx.rate', p: '2023-12', q: ['monthly-average'], rb: ['federal-reserve'] },
      'FX-USDCNY-AVG-2024-03': { e: 'usd-cny', m: 'fx.rate', p: '2024-03', q: ['monthly-average'], rb: ['federal-reserve'] },
      'FX-USDCNY-AVG-2024-06': { e: 'usd-cny', m: 'fx.rate', p: '2024-06', q: ['monthly-average'], rb: ['federal-reserve'] },
      'FX-USDCNY-AVG-2024-09': { e: 'usd-cny', m: 'fx.rate', p: '2024-09', q: ['monthly-average'], rb: ['federal-reserve'] },
      'FX-USDCNY-AVG-2024-12': { e: 'usd-cny', m: 'fx.rate', p: '2024-12', q: ['monthly-average'], rb: ['federal-reserve'] },
      'FX-USDCNY-Q4-2024-ALFRED': {
        e: 'usd-cny', m: 'fx.rate', u: 'CNY/USD', q: ['monthly-average'], rb: ['federal-reserve'],
        items: [
          { s: '2024-10', v: 7.0881, p: '2024-10' },
          { s: '2024-11', v: 7.2063, p: '2024-11' },
          { s: '2024-12', v: 7.2807, p: '2024-12' },
        ],
      },
      'FX-USDCNY-ANNUAL': {
        e: 'usd-cny', m: 'fx.rate', u: 'CNY/USD', q: ['annual-average'], rb: ['federal-reserve'],
        items: [
          { s: '2023', v: 7.0809, p: '2023' },
          { s: '2024', v: 7.1957, p: '2024' },
          { s: '2025', v: 7.1875, p: '2025' },
        ],
      },
      'FX-CFETS-2024-12-31': { e: 'usd-cny', m: 'fx.rate', p: '2024-12-31', q: ['central-parity'], rb: ['pboc'] },
      'FX-H10-2023-03-31': { e: 'usd-cny', m: 'fx.rate', p: '2023-03-31', q: ['noon-buying-rate'], rb: ['federal-reserve'] },
      'FX-H10-2023-06-30': { e: 'usd-cny', m: 'fx.rate', p: '2023-06-30', q: ['noon-buying-rate'], rb: ['federal-reserve'] },
      'FX-H10-2023-09-29': { e: 'usd-cny', m: 'fx.rate', p: '2023-09-29', q: ['noon-buying-rate'], rb: ['federal-reserve'] },
      'FX-H10-2023-12-29': { e: 'usd-cny', m: 'fx.rate', p: '2023-12-29', q: ['noon-buying-rate'], rb: ['federal-reserve'] },
      'FX-H10-2024-03-29': { e: 'usd-cny', m: 'fx.rate', p: '2024-03-29', q: ['noon-buying-rate'], rb: ['federal-reserve'] },
      'FX-H10-2024-06-28': { e: 'usd-cny', m: 'fx.rate', p: '2024-06-28', q: ['noon-buying-rate'], rb: ['federal-reserve'] },
      'FX-H10-2024-09-30': { e: 'usd-cny', m: 'fx.rate', p: '2024-09-30', q: ['noon-buying-rate'], rb: ['federal-reserve'] },
      'FX-H10-2024-12-31': { e: 'usd-cny', m: 'fx.rate', p: '2024-12-31', q: ['noon-buying-rate'], rb: ['federal-reserve'] },
      'FX-CFETS-2023-03-31': { e: 'usd-cny', m: 'fx.rate', p: '2023-03-31', q: ['central-parity'], rb: ['pboc'] },
      'FX-CFETS-2023-06-30': { e: 'usd-cny', m: 'fx.rate', p: '2023-06-30', q: ['central-parity'], rb: ['pboc'] },
      'FX-CFETS-2023-12-29': { e: 'usd-cny', m: 'fx.rate', p: '2023-12-29', q: ['central-parity'], rb: ['pboc'] },
      'FX-CFETS-2024-03-29': { e: 'usd-cny', m: 'fx.rate', p: '2024-03-29', q: ['central-parity'], rb: ['pboc'] },
      'FX-CFETS-2024-06-28': { e: 'usd-cny', m: 'fx.rate', p: '2024-06-28', q: ['central-parity'], rb: ['pboc'] },
      'FX-CFETS-2024-09-30': { e: 'usd-cny', m: 'fx.rate', p: '2024-09-30', q: ['central-parity'], rb: ['pboc'] },
    },
  },

  'research.yaml': {
    header: 'Research, surveys and forecasts about AI spending and returns: Stanford AI Index, IEA, Goldman Sachs,\n' +
      'Acemoglu, MIT NANDA, McKinsey. Most are estimates or projections; quote them as such.',
    facts: {
      'AIINDEX-US-PRIV-INV-2024': {
        e: 'stanford-ai-index', m: 'investment.private', u: 'USD', p: '2024', rb: ['stanford-ai-index'],
        items: [
          { s: 'us', v: 109.1e9, q: ['us'] },
          { s: 'china', v: 9.3e9, q: ['china'] },
          { s: 'uk', v: 4.5e9, q: ['uk'] },
        ],
      },
      'AIINDEX-GENAI-INV-2024': { e: 'stanford-ai-index', m: 'investment.private', p: '2024', v: 33.9e9, u: 'USD', q: ['generative-ai'], rb: ['stanford-ai-index'] },
      'AIINDEX-CORP-INV-2024': { e: 'stanford-ai-index', m: 'investment.private', p: '2024', v: 252.3e9, u: 'USD', q: ['corporate'], rb: ['stanford-ai-index'] },
      'AIINDEX-ORG-ADOPTION-2024': {
        e: 'stanford-ai-index', m: 'survey.share', u: 'percent', rb: ['mckinsey'],
        items: [
          { s: 'ai-2024', v: 78, p: '2024', q: ['ai-use'] },
          { s: 'ai-2023', v: 55, p: '2023', q: ['ai-use'] },
          { s: 'genai-2024', v: 71, p: '2024', q: ['generative-ai-use'] },
          { s: 'genai-2023', v: 33, p: '2023', q: ['generative-ai-use'] },
        ],
      },
      'AIINDEX-INFERENCE-COST-DROP': {
        e: 'stanford-ai-index', q: ['gpt-3.5-level'], rb: ['stanford-ai-index'],
        items: [
          { s: '2022-11', m: 'cost.inference', v: 20, u: 'USD', per: tokens, p: '2022-11' },
          { s: '2024-10', m: 'cost.inference', v: 0.07, u: 'USD', per: tokens, p: '2024-10' },
          { s: 'decline', m: 'price.change', v: 280, b: 'over', u: 'multiple', p: '2022-11..2024-10', q: ['decline'] },
        ],
      },
      'IEA-DC-ELEC-2024-2030': {
        e: 'iea', m: 'electricity.consumption', u: 'TWh', per: [1, 'year'], rb: ['iea'],
        items: [
          { s: '2024', v: 415, a: 1, p: '2024', qo: ['estimate'], n: 'About 1.5% of world electricity.' },
          { s: '2030', v: 945, a: 1, p: '2030', q: ['projection'], n: 'Base case; just under 3% of world electricity.' },
          // The shares of world electricity the source value gives in brackets; their notes were written by hand.
          {
            s: '2024-share', m: 'electricity.share', v: 1.5, a: 1, u: 'percent', per: undefined, p: '2024', qo: ['estimate'],
            note: "Data centres' share of world electricity. Source value: ~415 (2024, ~1.5% of world electricity) -> ~945 (2030 base case, just under 3%) (TWh per year). Qualifier: agency estimate/projection (base case). Period as written: 2024 estimate; 2030 projection (report published 2025-04-10).",
          },
          {
            s: '2030-share', m: 'electricity.share', v: 3, a: 1, u: 'percent', per: undefined, p: '2030', q: ['projection'],
            note: "Data centres' share of world electricity in the base case, just under 3%. Source value: ~415 (2024, ~1.5% of world electricity) -> ~945 (2030 base case, just under 3%) (TWh per year). Qualifier: agency estimate/projection (base case). Period as written: 2024 estimate; 2030 projection (report published 2025-04-10).",
          },
          {
            s: 'dc-investment-2024', m: 'spending', v: 500e9, a: 1, u: 'USD', per: undefined, p: '2024', qo: ['estimate'], q: ['data-centre-investment'],
            n: 'Global data-centre investment in 2024 (IEA via theelectricityhub.com, note of the research fact).',
          },
        ],
      },
      'GS-AI-CAPEX-1T': { e: 'goldman-sachs', m: 'capex', p: '2024-06-25', v: 1e12, a: 1, u: 'USD', q: ['estimate', 'projection'], rb: ['goldman-sachs'], n: 'AI-related capex planned by tech giants and others in the coming years.' },
      'ACEMOGLU-AI-TFP': {
        e: 'daron-acemoglu', p: '2024..2034', pl: 'next ten years (estimate published 2024)', u: 'percent',
        items: [
          { s: 'tfp', m: 'productivity.gain', r: [0.5, 0.66], a: 1, q: ['tfp'] },
          { s: 'gdp', m: 'productivity.gain', r: [0.9, 1.1], a: 1, q: ['gdp'] },
          { s: 'tasks', m: 'automation.share', v: 5, a: 1 },
        ],
      },
      'MIT-NANDA-95PCT': {
        e: 'mit-nanda', p: '2025-07', rb: ['mit-nanda'],
        items: [
          { s: 'no-return', m: 'survey.share', v: 95, u: 'percent', q: ['no-measurable-return'] },
          { s: 'spend', m: 'spending', r: [30e9, 40e9], u: 'USD', q: ['enterprise-generative-ai'] },
          { s: 'production', m: 'survey.share', v: 5, u: 'percent', q: ['custom-tools-in-production'] },
        ],
      },
      'MCK-GENAI-VALUE': {
        e: 'mckinsey', m: 'economic-value', p: '2023-06', u: 'USD', per: [1, 'year'], rb: ['mckinsey'],
        items: [
          { s: 'total', r: [2.6e12, 4.4e12] },
          { s: 'banking', r: [200e9, 340e9], q: ['banking'] },
          { s: 'retail', r: [400e9, 660e9], q: ['retail-cpg'] },
        ],
      },
    },
  },
};

/**
 * Facts the research list lacks, per file, written after the converted ones. Derived from a sourced
 * research fact (`from`: its sources and confidence; arithmetic shown in `n`), or, for a fact with its
 * own source, given whole as `{ fact: { id, entity, metric, value, unit, period, qualifiers, sources,
 * confidence, fromMemory, sourceSeen, … } }` in data/facts' shape.
 */
export const EXTRA = {
  'nvidia.yaml': [
    {
      id: 'NVDA-FY24-NI-DELTA', from: 'NVDA-FY24-NI', e: 'nvidia', m: 'net-income.increase', p: 'nv:FY2024',
      pl: 'FY2024 vs FY2023', v: 25.392e9, u: 'USD', q: ['derived'],
      n: 'Derived: FY2024 net income $29,760M minus FY2023 $4,368M (same USFinIQ table). Revenue rose $33.95B; profit only $25.4B.',
      seedClaims: ['S07'],
    },
    {
      id: 'NVDA-MCAP-2T-US-RANK', from: 'NVDA-MCAP-2T-CLOSE', e: 'nvidia', m: 'rank', p: '2024-03-01',
      pl: '2024-03-01 (first close above $2T)', v: 3, u: 'ordinal', q: ['closing', 'us', 'market-cap-2t'],
      n: 'Third US company to close above $2T market cap (after Apple and Microsoft), as the quote says; worldwide and intraday it was the fifth (NVDA-MCAP-2T-FIFTH).',
      seedClaims: ['S04'],
    },
  ],
};
