/**
 * Hand-built worst cases, each a function of a size in UTF-16 code units: long digit runs, 万万万,
 * hedges stacked on one number, "1,1,1,…", 10,000 figures in one paragraph, 100k-character lines,
 * deep nesting, huge tables, unclosed constructs. The property tests check the invariants on each once;
 * `npm run bench` times them at 1×, 10× and 100× to catch super-linear growth.
 */

const repeatTo = (unit: string, size: number) => unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, Math.max(size, unit.length));

export const ADVERSARIAL: Record<string, (size: number) => string> = {
  /** One number with `size` digits. */
  'digit-run': (size) => `Revenue was $${repeatTo('1234567890', size)} billion in 2024.\n`,
  /** A scale word repeated: 万万万…亿. */
  'wan-run': (size) => `英伟达2024财年营收为1${repeatTo('万', size)}亿美元。\n`,
  /** Hedge words stacked in front of one figure. */
  'hedge-stack': (size) => `OpenAI's annualized revenue was ${repeatTo('about nearly roughly more than 约 超过 ', size)}$2.6 billion in December 2023.\n`,
  /** "1,1,1,1,…" on one line: every comma could be a thousands separator. */
  'comma-ones': (size) => `${repeatTo('1,', size)}1\n`,
  /** Thousands of figures in one paragraph (10,000 at 100 KB). */
  'figures-paragraph': (size) => `${repeatTo('$1.5B, 23%, 3x, 16亿美元, ', size)}and more.\n`,
  /** One line of claims without a line break (100k characters at 100 KB). */
  'long-line': (size) => repeatTo("OpenAI's annualized revenue was $2.6 billion in December 2023. ", size) + '\n',
  /** Sentences with no punctuation at all. */
  'no-punctuation': (size) => repeatTo('revenue 26亿美元 and $2.6 billion grew 30% ', size) + '\n',
  /** A list nested as deep as the size allows (each level 2 more spaces). */
  'deep-list': (size) => {
    const lines: string[] = [];
    for (let depth = 0, used = 0; used < size; depth = (depth + 1) % 200) {
      const line = `${'  '.repeat(depth)}- item ${depth}: $${depth}.5 billion`;
      lines.push(line);
      used += line.length + 1;
    }
    return lines.join('\n') + '\n';
  },
  /** Block quotes nested 1..100 deep. */
  'deep-quote': (size) => {
    const lines: string[] = [];
    for (let depth = 1, used = 0; used < size; depth = (depth % 100) + 1) {
      const line = `${'> '.repeat(depth)}Nvidia's revenue for fiscal 2024 was $69.0 billion.`;
      lines.push(line);
      used += line.length + 1;
    }
    return lines.join('\n') + '\n';
  },
  /** One GFM table with thousands of rows of figures. */
  'huge-table': (size) => {
    const rows = ['| Company | Period | Revenue | Growth |', '|---|---|---:|---:|'];
    for (let i = 0, used = 0; used < size; i++) {
      const row = `| Nvidia | FY${2000 + (i % 30)} | $${(i % 97) + 0.5} billion | ${i % 300}% |`;
      rows.push(row);
      used += row.length + 1;
    }
    return rows.join('\n') + '\n';
  },
  /** A fence opened and never closed: everything after it is code. */
  'unclosed-fence': (size) => '```\n' + repeatTo("OpenAI's annualized revenue was $2.6 billion in December 2023.\n\n", size),
  /** An HTML comment opened and never closed. */
  'unclosed-comment': (size) => 'Intro $1.6 billion.\n\n<!--\n' + repeatTo('Hidden $2.6 billion.\n\n', size),
  /** Many small paragraphs separated by blank lines (the most blocks per byte). */
  'many-blocks': (size) => repeatTo('$1.6B\n\n', size),
  /** Old-Mac line breaks only, with claims. */
  'cr-only': (size) => repeatTo("OpenAI's annualized revenue was $2.6 billion in December 2023.\r\r", size),
  /** Astral characters, emoji sequences and lone surrogates around figures. */
  'astral-mix': (size) => repeatTo('👨‍👩‍👧 $2.6 billion \ud800 𝟙𝟚 营收26亿美元\u202e \u0000', size) + '\n',
  /** HTML with figures inside tags and attributes. */
  'html-soup': (size) => repeatTo('<div data-x="$2.6 billion"><span>$2.6 billion</span><br></div>\n', size),
};
