#!/usr/bin/env node
// Writes the benchmark corpus: realistic mixed English/Chinese AI-finance Markdown (front matter,
// headings, paragraphs dense with figures, bullet and numbered lists, GFM tables, links, inline and
// fenced code, block quotes, footnotes) at 10 KB, 100 KB, 1 MB and 5 MB. Deterministic: the same
// seed gives byte-identical files (whole sections, topped up with one-sentence paragraphs to within
// 2% of the size).
//
//   node bench/generate.mjs [--out .bench/corpus] [--seed 42]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { createRandom } from './lib/random.mjs';
import { sentence, vocabulary as v } from './lib/sentences.mjs';

export const SIZES = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000, '5m': 5_000_000 };

const paragraph = (r, lang) => {
  const parts = [];
  const n = r.int(2, 6);
  for (let i = 0; i < n; i++) {
    let s = sentence(r, lang);
    // Inline syntax inside prose: links, emphasis, inline code, footnote references.
    if (r.chance(0.12)) s = s.replace(/OpenAI|Nvidia|Microsoft|英伟达|微软|百度/, (w) => `[${w}](https://example.com/${lang}/${r.int(1, 9999)})`);
    if (r.chance(0.08)) s = s.replace(/(\d[\d.,]*%)/, '**$1**');
    if (r.chance(0.05)) s += lang === 'en' ? ' The API field is `usage.total_tokens`.' : '接口字段为 `usage.total_tokens`。';
    if (r.chance(0.1)) s += `[^${r.int(1, 40)}]`;
    parts.push(s);
  }
  // Chinese prose runs sentences together; English wraps at about 100 columns like a hand-written draft.
  return lang === 'zh' ? parts.join('') : wrap(parts.join(' '), 100);
};

function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

const list = (r, lang) => {
  const ordered = r.chance(0.35);
  const items = [];
  for (let i = 0, n = r.int(3, 8); i < n; i++) {
    const marker = ordered ? `${i + 1}.` : '-';
    items.push(`${marker} ${sentence(r, lang)}`);
    if (r.chance(0.15)) items.push(`   - ${sentence(r, lang)}`);
  }
  return items.join('\n');
};

const table = (r, lang) => {
  const header = lang === 'en' ? '| Company | Period | Revenue | Growth | Source |' : '| 公司 | 期间 | 营收 | 增速 | 来源 |';
  const rows = [header, '|---|---|---:|---:|---|'];
  for (let i = 0, n = r.int(4, 14); i < n; i++) {
    const company = lang === 'en' ? r.pick(v.COMPANIES_EN) : r.pick(v.COMPANIES_ZH);
    const period = lang === 'en' ? `Q${r.int(1, 4)} ${r.int(2022, 2025)}` : `${r.int(2022, 2025)}年Q${r.int(1, 4)}`;
    const money = lang === 'en' ? v.moneyEn(r) : v.moneyZh(r);
    const publisher = lang === 'en' ? r.pick(v.PUBLISHERS_EN) : r.pick(v.PUBLISHERS_ZH);
    rows.push(`| ${company} | ${period} | ${money} | ${v.percent(r)} | ${publisher} |`);
  }
  return rows.join('\n');
};

const code = (r) => {
  const lines = ['```python', 'revenue = {'];
  for (let i = 0, n = r.int(2, 6); i < n; i++) lines.push(`    "${r.int(2020, 2025)}-Q${r.int(1, 4)}": ${r.decimal(0.1, 90, 2)}e9,`);
  lines.push('}', `growth = revenue["2024-Q4"] / revenue["2023-Q4"] - 1  # ${r.int(10, 300)}% in the draft`, '```');
  return lines.join('\n');
};

const quote = (r, lang) => `> ${sentence(r, lang)}\n> ${sentence(r, lang)}`;

const footnotes = (r, lang) => {
  const defs = [];
  for (let i = 0, n = r.int(1, 3); i < n; i++) {
    const publisher = lang === 'en' ? r.pick(v.PUBLISHERS_EN) : r.pick(v.PUBLISHERS_ZH);
    defs.push(`[^${r.int(1, 40)}]: ${publisher}, ${r.int(2023, 2025)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}: ${sentence(r, lang)}`);
  }
  return defs.join('\n');
};

const heading = (r, lang, level) => {
  const company = lang === 'en' ? r.pick(v.COMPANIES_EN) : r.pick(v.COMPANIES_ZH);
  const title = lang === 'en' ? `${company}: ${r.pick(['the numbers', 'revenue and spending', 'what the filings say', 'chips and capacity'])} ${v.periodEn(r)}` : `${company}${v.periodZh(r)}${r.pick(['的收入与支出', '的算力账', '财报要点', '融资与估值'])}`;
  return `${'#'.repeat(level)} ${title}`;
};

/** One section: a heading and 3–9 blocks of mixed kinds, ~60% English, ~40% Chinese. */
function section(r) {
  const lang = r.chance(0.6) ? 'en' : 'zh';
  const blocks = [heading(r, lang, r.chance(0.8) ? 2 : 3)];
  for (let i = 0, n = r.int(3, 9); i < n; i++) {
    const kind = r.next();
    if (kind < 0.5) blocks.push(paragraph(r, r.chance(0.85) ? lang : lang === 'en' ? 'zh' : 'en'));
    else if (kind < 0.68) blocks.push(list(r, lang));
    else if (kind < 0.8) blocks.push(table(r, lang));
    else if (kind < 0.87) blocks.push(code(r));
    else if (kind < 0.94) blocks.push(quote(r, lang));
    else blocks.push(footnotes(r, lang));
  }
  return blocks.join('\n\n') + '\n\n';
}

/** A document of at most `targetBytes` UTF-8 bytes (and at least 98% of it), cut after a whole section. */
export function generateDocument(targetBytes, seed = 42) {
  const r = createRandom(seed);
  const parts = ['---\ntitle: AI money, by the numbers\ndate: 2024-06-30\n---\n\n# AI money, by the numbers\n\n'];
  let bytes = Buffer.byteLength(parts[0]);
  for (;;) {
    const s = section(r);
    const size = Buffer.byteLength(s);
    if (bytes + size > targetBytes) break;
    parts.push(s);
    bytes += size;
  }
  // Top up with single sentences (each its own paragraph) until the size lands within 2% of the target.
  for (let misses = 0; bytes < targetBytes * 0.98 && misses < 50; ) {
    const s = sentence(r, r.chance(0.6) ? 'en' : 'zh') + '\n\n';
    const size = Buffer.byteLength(s);
    if (bytes + size > targetBytes) {
      misses++;
      continue;
    }
    parts.push(s);
    bytes += size;
  }
  return parts.join('');
}

function main() {
  const { values } = parseArgs({ options: { out: { type: 'string', default: '.bench/corpus' }, seed: { type: 'string', default: '42' } } });
  fs.mkdirSync(values.out, { recursive: true });
  for (const [name, bytes] of Object.entries(SIZES)) {
    const file = path.join(values.out, `mixed-${name}.md`);
    const text = generateDocument(bytes, Number(values.seed));
    fs.writeFileSync(file, text);
    process.stdout.write(`${file}\t${Buffer.byteLength(text)} bytes\t${text.length} chars\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
