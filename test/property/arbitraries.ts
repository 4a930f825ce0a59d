/**
 * fast-check generators for hostile and ordinary Markdown drafts: every Unicode plane, lone surrogates,
 * NUL and control characters, BOM, RTL and combining marks, CRLF/CR/LF mixes, tabs, nested lists and
 * quotes, unclosed fences and comments, tables, raw HTML, and the figures Tally reads (including
 * sentences the bundled facts contradict, so findings exist to check).
 */
import fc from 'fast-check';

/** Sentences the bundled fact base or the arithmetic checks should judge (our own wording). */
export const CLAIM_SENTENCES = [
  "OpenAI's annualized revenue was $2.6 billion in December 2023, according to The Information.",
  "OpenAI's annualized revenue reached $1.6 billion in December 2023, according to The Information.",
  "Nvidia's revenue for fiscal 2024 was $60.9 billion, up from $27.0 billion a year earlier.",
  "Nvidia's net income for fiscal 2024 was $60.9 billion.",
  'Meta plans to own 350,000 H100s by the end of 2024.',
  'ChatGPT Plus costs $25 a month.',
  'Revenue grew from $10 billion to $15 billion, up 60%.',
  'Of the $12 billion, $5 billion went to chips and $4 billion to power, or 75% in total.',
  '据The Information报道，OpenAI在2023年12月的年化收入为26亿美元。',
  '英伟达2024财年营收为690亿美元，上一财年为270亿美元。',
  'Meta计划到2024年底拥有35万块H100。',
  '百度在2023年第四季度从文心一言获得6.6亿美元的增量收入。',
];

/** Figures written every way the recogniser reads them, plus the pathological ones. */
const FIGURES = [
  '$1.6 billion', '$13B', 'US$3 trillion', '$450M', '30%', '3x', '150,000', '16亿美元', '1.33亿美元', '35万块',
  '两倍', '约60亿元', '超过', 'about', 'nearly', '百分之三十', '１．６亿', '1,1,1,1,1', '万万万', '9'.repeat(40),
  '$25k–$40k', '2.5万至4万', '1/10', '6 percentage points', '$0.50 per 1M input tokens', '-3.5%', '1e9', '0x1F',
];

const WORDS = ['revenue', 'Nvidia', 'OpenAI', 'fiscal', 'December', 'in', 'the', 'of', '营收', '英伟达', '年化收入', '据', '报道', 'Q3', '2024', 'FY2024'];

/** Characters that break naive code: NUL, controls, BOM, bidi overrides, combining marks, ZWJ, lone surrogates. */
const HOSTILE_CHARS = [
  '\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff', '\u200b', '\u200d',
  '\u202e', '\u202d', '\u2066', '\u0301', '\u0336', '\u20dd', '\ud800', '\udfff', '\udbff', '\ufffd', '\uffff',
  'مرحبا', 'שלום', '👨‍👩‍👧‍👦', '🏳️‍🌈', '𝟙𝟚𝟛', '\u{10ffff}', '\u{e0001}', 'Z̴̛̰a̷͚l̸g̵o', '١٢٣٤', '௧௨', '\t',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Free text from any plane (including unpaired surrogates and controls). */
export const noise = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'binary-ascii', maxLength: 12 }),
  loneSurrogate,
  fc.constantFrom(...HOSTILE_CHARS),
);

/** One inline token: words, figures, claims, Markdown inline syntax, or noise. */
const inlineToken: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...FIGURES) },
  { weight: 3, arbitrary: fc.constantFrom(...CLAIM_SENTENCES) },
  { weight: 2, arbitrary: noise },
  { weight: 1, arbitrary: fc.constantFrom('*', '**', '_', '`', '``', '~~', '[', ']', '(', ')', '![', '<', '>', '\\', '&amp;', '&#36;', '&#x4E07;', '[^1]', '<br>', '|', '$', '<!--', '-->') },
  { weight: 1, arbitrary: fc.constantFrom('[link](https://example.com/a_b)', '`$2.6 billion`', '<span>$2.6 billion</span>', '\\$2.6 billion', '**$2.6** billion', '<https://x.y/1.6B>') },
);

/** A line of inline content. */
export const inlineLine = fc.array(inlineToken, { minLength: 1, maxLength: 8 }).chain((tokens) =>
  fc.array(fc.constantFrom(' ', '', '  ', '\t', '，', '。', '. '), { minLength: tokens.length, maxLength: tokens.length }).map((seps) => tokens.map((t, i) => t + seps[i]).join('')),
);

const indent = fc.constantFrom('', '', ' ', '  ', '   ', '    ', '\t', '      ', ' \t');

/** A Markdown block as a list of lines (line breaks are chosen later, so CR/LF/CRLF mix freely). */
const block: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 5, arbitrary: fc.array(inlineLine, { minLength: 1, maxLength: 4 }) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), inlineLine).map(([n, l]) => [`${'#'.repeat(n)} ${l}`]) },
  // A bold line standing alone heads a section too (bind/boldHeading.ts).
  { weight: 1, arbitrary: fc.oneof(inlineLine.map((l) => [`**${l}**`]), fc.constantFrom<string[]>(['**Nvidia**'], ['**英伟达**'], ['**Q2. Microsoft**'], ['__OpenAI__'])) },
  {
    weight: 3,
    arbitrary: fc.array(fc.tuple(indent, fc.constantFrom('-', '*', '+', '1.', '2)', '10.'), inlineLine), { minLength: 1, maxLength: 6 }).map((items) => items.map(([i, m, l]) => `${i}${m} ${l}`)),
  },
  {
    weight: 2,
    arbitrary: fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), inlineLine), { minLength: 1, maxLength: 4 }).map((rows) => rows.map(([d, l]) => `${'> '.repeat(d)}${l}`)),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````', '```python'), fc.array(inlineLine, { maxLength: 3 }), fc.boolean()).map(([f, body, closed]) => [f, ...body, ...(closed ? [f.slice(0, 3)] : [])]),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.array(fc.array(inlineToken, { minLength: 1, maxLength: 5 }), { minLength: 0, maxLength: 6 })).map(([cols, rows]) => [
      `| ${Array.from({ length: cols }, (_, i) => `h${i}`).join(' | ')} |`,
      `|${'---|'.repeat(cols)}`,
      ...rows.map((cells) => `| ${cells.join(' | ')} |`),
    ]),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('<div>', '<pre>', '<!--', '<script>', '<table><tr><td>', '<details>'), fc.array(inlineLine, { maxLength: 3 }), fc.boolean()).map(([open, body, closed]) => {
      const close = open === '<!--' ? '-->' : open.replace('<', '</').replace(/<\/table.*/, '</td></tr></table>');
      return [open, ...body, ...(closed ? [close] : [])];
    }),
  },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 99 }), inlineLine).map(([n, l]) => [`[^${n}]: ${l}`]) },
  // A lead line: a short paragraph ending in a colon, which the list or table after it reads (leadLine.ts).
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('Nvidia revenue, by quarter', 'OpenAI的年化收入', 'Capex guidance for 2025, by company', 'ChatGPT weekly active users'), inlineLine, fc.constantFrom(':', '：', ':**')).map(([lead, l, colon]) => [`${lead} ${l.slice(0, 40)}${colon}`]) },
  { weight: 1, arbitrary: inlineLine.map((l) => [`[ref]: https://example.com/${l.slice(0, 10).replace(/\s/g, '_')}`]) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('<!-- tally-disable-next-line fact.value-mismatch -- quoted -->', '<!-- tally-disable -->', '<!-- tally-enable -->', '<!-- tally-disable-next-line no.such-check -->')
      .map((line) => [line]),
  },
  { weight: 1, arbitrary: fc.array(noise, { minLength: 1, maxLength: 3 }) },
);

const lineBreak = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');
const blankRun = fc.constantFrom('\n', '\n\n', '\r\n\r\n', '\n \n', '\n\t\n', '\r\r', '\n\n\n');

/** A whole draft: optional BOM and front matter, then blocks separated by blank lines of any flavour. */
export const markdownDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '', '\ufeff'),
    fc.constantFrom('', '', '---\ndate: 2024-03-30\n---\n', '---\r\ntitle: x\r\n---\r\n', '---\nunclosed: front matter\n'),
    fc.array(fc.tuple(block, blankRun, fc.array(lineBreak, { minLength: 8, maxLength: 8 })), { minLength: 0, maxLength: 10 }),
  )
  .map(([bom, front, blocks]) => bom + front + blocks.map(([lines, blank, breaks]) => lines.map((l, i) => l + (i < lines.length - 1 ? breaks[i % breaks.length] : '')).join('') + blank).join(''));

/** Text without any character that could start Markdown syntax or a date line: for paragraph-level properties. */
const plainWord = fc.constantFrom('the', 'company', 'said', 'its', 'growth', 'was', 'strong', '市场', '普遍', '认为', '增长', '强劲', 'analysts', 'expect', 'more');

/**
 * A self-contained plain paragraph: sentences that name their own entity, metric and period, and plain
 * words; no Markdown syntax that could join it to a neighbour, no date line, no directive.
 */
export const independentParagraph: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...CLAIM_SENTENCES) }, { weight: 1, arbitrary: fc.array(plainWord, { minLength: 1, maxLength: 6 }).map((w) => w.join(' ') + '.') }), {
    minLength: 1,
    maxLength: 4,
  })
  .chain((sentences) => fc.array(fc.constantFrom(' ', '\n'), { minLength: sentences.length, maxLength: sentences.length }).map((seps) => sentences.map((s, i) => (i === 0 ? s : seps[i] + s)).join('')));

/** A random edit of `text`: delete, insert or replace a span (may split surrogate pairs and CRLF). */
export interface Edit {
  start: number;
  end: number;
  newText: string;
}

const editText = fc.oneof(
  { weight: 3, arbitrary: inlineToken },
  {
    weight: 3,
    arbitrary: fc.constantFrom('\n', '\n\n', '\r\n', '\r', '```\n', '~~~', '<!--', '-->', '<pre>', '</pre>', '---\n', '| a | b |\n|---|---|\n', '- ', '> ', '    ', '  ', '\t', '#', '$', '1', '亿', '\ud83d', 'New para $2.6 billion.\n\n'),
  },
  { weight: 1, arbitrary: fc.constant('') },
);

/**
 * An edit: where it starts (a fraction of the text, or of its line starts, where block structure
 * changes), how much it removes (a fraction of the text, squared so small edits dominate), and what it
 * inserts.
 */
export type EditSpec = [at: number, length: number, newText: string, atLineStart: boolean];

export const editSpec: fc.Arbitrary<EditSpec> = fc.tuple(
  fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.3, noNaN: true })),
  editText,
  fc.boolean(),
);

export function applyEditSpec(text: string, [at, len, newText, atLineStart]: EditSpec): { text: string; edit: Edit } {
  let start = Math.floor(at * (text.length + 1));
  if (atLineStart) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if ((c === '\n' || (c === '\r' && text[i + 1] !== '\n')) && i + 1 <= text.length) starts.push(i + 1);
    }
    start = starts[Math.floor(at * starts.length)];
  }
  const end = Math.min(text.length, start + Math.floor(len * len * text.length));
  return { text: text.slice(0, start) + newText + text.slice(end), edit: { start, end, newText } };
}
