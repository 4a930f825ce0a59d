// One benchmark cell in its own process, so its peak memory is its own:
//   node bench/cell.mjs <task> <input> <maxRuns> <budgetMs>
// <input> is a Markdown file, or adv:<name>:<size> for an adversarial document.
// Prints one JSON line: { times: [ms…], peakRssMB, size }.
// Every task is first warmed up on the small corpus file so the JIT is warm for all of them alike.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [task, input, maxRunsArg, budgetArg] = process.argv.slice(2);

async function taskFunction(name) {
  switch (name) {
    case 'remark-gfm': {
      const { unified } = await import('unified');
      const remarkParse = (await import('remark-parse')).default;
      const remarkGfm = (await import('remark-gfm')).default;
      const processor = unified().use(remarkParse).use(remarkGfm);
      return (text) => processor.parse(text);
    }
    case 'remark': {
      const { unified } = await import('unified');
      const remarkParse = (await import('remark-parse')).default;
      const processor = unified().use(remarkParse);
      return (text) => processor.parse(text);
    }
    case 'tally-cold': {
      const tally = require(path.join(ROOT, '.bench', 'tally.cjs'));
      const facts = tally.bundledFacts(ROOT);
      return (text) => tally.analyze(text, { facts, cache: new tally.BlockCache() });
    }
    case 'recognize': {
      // The recogniser alone, fed line by line as the pipeline feeds it sentences.
      const tally = require(path.join(ROOT, '.bench', 'tally.cjs'));
      return (text) => {
        for (const line of text.split('\n')) if (line) tally.recognize(line);
      };
    }
    case 'remark-dir': {
      // remark-parse over every Markdown file of a folder: the floor for `tally check <folder>`.
      const { unified } = await import('unified');
      const remarkParse = (await import('remark-parse')).default;
      const processor = unified().use(remarkParse);
      return (dir) => {
        for (const f of fs.readdirSync(dir)) if (f.endsWith('.md')) processor.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      };
    }
    case 'markdownlint': {
      const { lint } = require('markdownlint/sync');
      return (text) => lint({ strings: { doc: text } });
    }
    default:
      throw new Error(`unknown task ${name}`);
  }
}

function readInput(spec) {
  if (spec.startsWith('dir:')) return spec.slice(4);
  if (!spec.startsWith('adv:')) return fs.readFileSync(spec, 'utf8');
  const [, name, size] = spec.split(':');
  return require(path.join(ROOT, '.bench', 'tally.cjs')).ADVERSARIAL[name](Number(size));
}

const run = await taskFunction(task);
const warmup = task === 'remark-dir' ? path.join(ROOT, '.bench', 'corpus') : fs.readFileSync(path.join(ROOT, '.bench', 'corpus', 'mixed-10k.md'), 'utf8');
for (let i = 0; i < 3; i++) run(warmup);
const text = readInput(input);
const times = [];
const budget = Number(budgetArg);
const started = performance.now();
for (let i = 0; i < Number(maxRunsArg); i++) {
  const t0 = performance.now();
  run(text);
  times.push(performance.now() - t0);
  if (performance.now() - started > budget && times.length >= 1) break;
}
process.stdout.write(JSON.stringify({ times, peakRssMB: process.resourceUsage().maxRSS / 1024, size: text.length }) + '\n');
