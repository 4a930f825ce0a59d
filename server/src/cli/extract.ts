/**
 * `tally extract [files|-] [--format text|json|jsonl] [--lang en|zh]`: print what the recogniser
 * reads. With --format jsonl every input line is one text and gets one output line
 *   {"input": "...", "quantities": [{"text","start","end","kind","value","low","high","unit",
 *    "currency","approx","bound","per","numberStart","numberEnd"}]}
 * (approx = the hedge word or null; numberStart/numberEnd = the written number inside the span).
 */
import type { Lang, Quantity } from '../core/model';
import { recognize } from '../core/recognize/index';

export interface ExtractIO {
  stdin: () => Promise<string>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (p: string) => Promise<string>;
}

const HELP = `Usage: tally extract [files|-] [--format text|json|jsonl] [--lang en|zh]

Prints the quantities the recogniser reads: money, counts, percentages, points, ratios, multiples,
vague magnitudes and bare numbers, with the interval their wording allows.
  --format text    one line per quantity (default)
  --format json    one JSON document per input
  --format jsonl   every input line is one text; one JSON object per line
  --lang en|zh     language of the text (guessed from its characters when absent)
Reads standard input when no file (or "-") is given.
`;

type Format = 'text' | 'json' | 'jsonl';

interface Options {
  format: Format;
  lang?: Lang;
  files: string[];
}

function parseArgs(args: string[]): Options | string {
  const opts: Options = { format: 'text', files: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag === '--format' || flag === '-f') {
      const v = inline ?? args[++i];
      if (v !== 'text' && v !== 'json' && v !== 'jsonl') return `unknown format “${v ?? ''}” (text, json or jsonl)`;
      opts.format = v;
    } else if (flag === '--lang') {
      const v = inline ?? args[++i];
      if (v !== 'en' && v !== 'zh') return `unknown language “${v ?? ''}” (en or zh)`;
      opts.lang = v;
    } else if (a.startsWith('-') && a !== '-') {
      return `unknown option “${a}”`;
    } else {
      opts.files.push(a);
    }
  }
  return opts;
}

export function quantityJson(q: Quantity): Record<string, unknown> {
  return {
    text: q.text,
    start: q.start,
    end: q.end,
    kind: q.kind,
    value: q.value,
    low: q.low,
    high: q.high,
    unit: q.unit ?? null,
    currency: q.currency ?? null,
    approx: q.hedge ?? null,
    bound: q.bound,
    per: q.per ?? null,
    numberStart: q.start + q.style.numberSpan.start,
    numberEnd: q.start + q.style.numberSpan.end,
  };
}

function textLine(name: string, text: string, q: Quantity): string {
  let line = 1;
  let col = 1;
  for (let i = 0; i < q.start; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      col = 1;
    } else col++;
  }
  const interval = `[${q.low ?? '−∞'}, ${q.high ?? '+∞'}]`;
  const extras = [q.currency, q.unit && `unit=${q.unit}`, q.per && `per ${q.per.amount} ${q.per.unit}`, q.hedge && `hedge=${q.hedge}`]
    .filter(Boolean)
    .join(' ');
  return `${name}:${line}:${col}\t${q.text}\t${q.kind} ${q.value} ${interval} ${q.bound}${extras ? ' ' + extras : ''}\n`;
}

export async function runExtract(args: string[], io: ExtractIO): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    io.stdout(HELP);
    return 0;
  }
  const opts = parseArgs(args);
  if (typeof opts === 'string') {
    io.stderr(`tally extract: ${opts}\n`);
    return 2;
  }
  const inputs: { name: string; text: string }[] = [];
  const files = opts.files.length === 0 ? ['-'] : opts.files;
  for (const f of files) {
    try {
      inputs.push({ name: f === '-' ? '<stdin>' : f, text: f === '-' ? await io.stdin() : await io.readFile(f) });
    } catch (err) {
      io.stderr(`tally extract: cannot read ${f}: ${err instanceof Error ? err.message : String(err)}\n`);
      return 2;
    }
  }
  const options = opts.lang ? { lang: opts.lang } : undefined;
  for (const { name, text } of inputs) {
    if (opts.format === 'jsonl') {
      const lines = text.split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      for (const raw of lines) {
        const input = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        const quantities = recognize(input, options).map(quantityJson);
        io.stdout(JSON.stringify({ input, quantities }) + '\n');
      }
    } else if (opts.format === 'json') {
      const quantities = recognize(text, options).map(quantityJson);
      io.stdout(JSON.stringify({ file: name, quantities }, null, 2) + '\n');
    } else {
      for (const q of recognize(text, options)) io.stdout(textLine(name, text, q));
    }
  }
  return 0;
}
