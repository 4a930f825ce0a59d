/**
 * The parser-free path for plain paragraphs, headings and lists must give exactly what remark gives: on
 * every block of the corpus, the examples and a generated report, and on random blocks built from the
 * characters and line starts that mean something to Markdown.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainProse } from '../../../server/src/core/markdown/plainBlocks';
import { parsedProse } from '../../../server/src/core/markdown/prose';
import { splitBlocks } from '../../../server/src/core/markdown/blocks';
import { runs } from '../../property/params';

const ROOT = path.resolve(__dirname, '../../..');

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(p) : e.name.endsWith('.md') ? [p] : [];
  });
}

/** Whenever the fast path answers, remark must agree segment for segment. */
function agrees(source: string): boolean {
  const fast = plainProse(source, 7);
  if (!fast) return true;
  expect(fast, JSON.stringify(source)).toEqual(parsedProse(source, 7));
  return true;
}

/** The fast path answers for this block, and exactly as remark does. */
function readsPlain(source: string): void {
  const seg = plainProse(source);
  expect(seg, source).toBeDefined();
  expect(seg).toEqual(parsedProse(source));
}

describe('plainProse', () => {
  it('reads plain English and Chinese paragraphs without the parser', () => {
    for (const p of [
      "Nvidia's data-center revenue rose to $30.8 billion in the quarter, up 112% from a year earlier.",
      '英伟达本季度数据中心收入为308亿美元，同比增长112%。',
      'OpenAI said revenue reached $3.7 billion.\nIt expects $11.6 billion next year.',
      '   Three spaces of indent are still a paragraph: 15万块H100.',
    ])
      readsPlain(p);
  });

  it('reads plain headings and lists without the parser', () => {
    for (const p of [
      '## Nvidia revenue $1B ##  ',
      '# 英伟达2024财年',
      '- OpenAI raised $6.6B\n- xAI raised $6B\n  in May',
      '1. first $1B\n2. second $2B\n10. tenth 15万块',
      '+ one\r\n+ two',
      '- item\n  - nested $1B\n    - deeper 15万块\n- back $2B',
      '- 英伟达营收609亿美元\n   - 同比增长126%\n- item\n1. a new list at 1 $1B',
      '1. first\n   - nested $1B\n2. second $2B',
      ' - indented $1B\n - sibling\n   lazy text',
    ])
      readsPlain(p);
  });

  it('reads footnote references, plain links and code spans without the parser: link text kept, addresses and code blanked', () => {
    for (const p of [
      'Footnote[^1] $2B.',
      'OpenAI\'s revenue reached $3.7 billion.[^29] See [the filing](https://example.com/zh/8706).',
      '据The Information报道，[OpenAI](https://example.com/zh/8706)在2023年12月的年化收入为20亿美元。[^33]',
      '## Revenue [^2]',
      '- [Nvidia](https://nvidia.com) $60.9B\n  - 英伟达[^1]',
      'Priced per million tokens for `gpt-4o`: $2.50 in, $10 out.',
      '| `o1` model | $15 |\n|---|---|',
    ])
      readsPlain(p);
    expect(plainProse('A [link](https://example.com) to $3B.')?.[0].masked).toBe('A  link                       to $3B.');
  });

  it('reads tables of plain cells without the parser, one segment per cell with text', () => {
    for (const p of [
      '| Company | Revenue |\n|---|---:|\n| Nvidia | $60.9B |\n| 英伟达 | 609亿美元[^2] |',
      '| a |\n|:-:|\n|  |\n| 1 | 2 | 3 |',
      '| [OpenAI](https://openai.com) | $3.7B |\n| - | - |',
    ])
      readsPlain(p);
    // Not such a table: no delimiter row, header and delimiter of different widths, escaped pipes, a row
    // without its pipes, inline syntax in a cell.
    for (const p of ['| a | b |\n| 1 | 2 |', '| a | b |\n|---|\n| 1 | 2 |', '| a \\| b |\n|---|\n| 1 |', '| a |\n|---|\n1', '| a |\n|---|\n| **1** |', '| [ ](u) |\n|---|']) {
      expect(plainProse(p), p).toBeUndefined();
    }
  });

  it('reads a block that is only fenced code as no prose, without the parser', () => {
    for (const p of [
      '```python\nrevenue = 60.9e9  # $60.9B\n```',
      '~~~\n2024: 15万块H100\n~~~~',
      '   ````\n```\n$1B\n````  ',
      '```\nnever closed $2B',
      '~~~ info with ` backtick\n$3B\n~~~\r\n',
    ]) {
      expect(plainProse(p), p).toEqual([]);
      expect(parsedProse(p), p).toEqual([]);
    }
    // Not only code: prose after the closing fence, inline code that looks like a fence, indented code.
    for (const p of ['```\ncode\n```\nRevenue was $2B.', '```js`x\n$1B', '    ```\n$1B\n```', '``\n$1B\n``']) {
      expect(plainProse(p), p).not.toEqual([]);
    }
  });

  it('leaves anything with Markdown syntax to remark', () => {
    for (const p of [
      '- item\n  2. a new list may not start at 2 here: text $1B',
      '- item\n      - too deep: text $1B',
      '#NoSpace $1B',
      '> quoted $2B',
      // A delimiter row opening with a colon makes a one-column table of the line above, pipes or not.
      'Revenue $1.6B\n:-',
      '[^1]  \n:- ',
      '`$9B`',
      '`a` `b`',
      'See ``$9B`` here.',
      'See `$9B\nover lines` here.',
      'See \\`$9B` here.',
      'Up **40%** today.',
      'An ![image](https://example.com/a.png) of $3B.',
      'A [link](https://example.com "with a title") to $3B.',
      'A [link](https://example.com/a_b) with an underscore in its address: $3B.',
      'A [*link*](https://example.com) with emphasis: $3B.',
      'A [link][ref] by reference: $3B.',
      'A [^1](https://example.com) footnote-looking link: $3B.',
      '[^1]: a footnote definition, $3B.',
      'A [link](https://www.example.com) then www.example.com: $3B.',
      'Fees of $5 &amp; up.',
      'Text\n===',
      'Text\n---',
      '    indented code $4B',
      '| a | b |',
      'See www.example.com for $2B.',
      'Mail ir@example.com about $2B.',
      'tab\there $1B',
    ]) {
      expect(plainProse(p), p).toBeUndefined();
    }
  });

  it('agrees with remark on every block of the corpus, the examples and the benchmark generator', async () => {
    const files = [...markdownFiles(path.join(ROOT, 'test', 'corpus')), ...markdownFiles(path.join(ROOT, 'examples'))];
    const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
    const { generateDocument } = await import('../../../bench/generate.mjs');
    texts.push(generateDocument(60_000, 3));
    let plain = 0;
    let blocks = 0;
    for (const text of texts) {
      for (const b of splitBlocks(text)) {
        if (b.frontMatter) continue;
        const source = text.slice(b.start, b.end);
        blocks++;
        if (plainProse(source)) plain++;
        agrees(source);
      }
    }
    // The point of the fast path: a good share of real blocks take it.
    expect(plain / blocks).toBeGreaterThan(0.3);
  });

  it('agrees with remark on random blocks made of Markdown-significant pieces', () => {
    const piece = fc.constantFrom(
      'revenue', '$1.6B', '16亿美元', '。', ', ', '.', ' ', '  ', '   ', '    ', '\n', '\r\n', '\r', '\t', '\u0000', '\u3000', '\u00a0',
      '#', '##', '-', '+', '*', '_', '=', '==', '---', '1.', '1)', '2023.', '12)', '>', '<', '<b>', '&amp;', '&', '\\', '`', '```', '~~~', '~',
      '|', '[', ']', '(', ')', '!', '[^1]', 'http://x.io', 'www.x.io', 'a@b.io', 'mailto:', ':', '$', '%', 'Nvidia', '英伟达',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 24 }).map((xs) => xs.join('')), agrees), runs(3000));
  });

  it('agrees with remark on random nested lists', () => {
    // Mostly well-formed items at every depth, with a few lines that break the pattern.
    const indent = fc.constantFrom('', '', ' ', '  ', '  ', '   ', '   ', '    ', '    ', '     ', '      ', '       ');
    const marker = fc.constantFrom('- ', '- ', '+ ', '1. ', '1. ', '2. ', '1) ', '10. ', '', '', '-  ', '1.');
    const text = fc.constantFrom('revenue $1.6B', '16亿美元', 'a', 'revenue $1.6B', '16亿美元', 'a', '- b', '2. c', '# d', 'x ', '');
    const line = fc.tuple(indent, marker, text).map(([a, b, c]) => a + b + c);
    fc.assert(fc.property(fc.tuple(fc.constantFrom('- a', '1. a', '  + a', '3) a'), fc.array(line, { minLength: 1, maxLength: 6 })), ([first, lines]) => agrees([first, ...lines].join('\n'))), runs(3000));
  });

  it('agrees with remark on random footnote references, links and code spans', () => {
    const piece = fc.constantFrom(
      '`', '`a`', '`[b](u)`', '``c``', '[`d`](u)', '[^1]', '[^a2]', '[OpenAI]', '[OpenAI](https://x.io/a)', '[英伟达 ](u)', '[ $1B](u)', '[a](u "t")', '![a](u)', '[a]: u',
      '[', ']', '(', ')', '(https://x.io/a?b=1#c)', '(u)', '( u )', '^', '!', ':', ' ', '\n', '  \n',
      'revenue $1.6B', '16亿美元', 'www.x.io', '*', '_', '#', '- ', '1. ', '|',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map((xs) => xs.join('')), agrees), runs(3000));
  });

  it('agrees with remark on random tables', () => {
    const cell = fc.constantFrom('', ' ', ' a ', ' $1.6B ', '16亿美元', ' - ', '---', ':-:', ' [^1] ', ' [a](u) ', ' [ ](u) ', ' `e` ', ' `f` x ', ' *b* ', '\u3000c', ' x  y ');
    const row = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => `|${cells.join('|')}|`);
    const odd = fc.constantFrom('', 'text', '|', '| a', ' | a |', '| a | ', '> | a |');
    const line = fc.oneof(row, row, row, odd);
    // A delimiter row as wide as the header, mostly (a table), or of any width (not one).
    const table = fc.tuple(fc.array(cell, { minLength: 1, maxLength: 4 }), fc.integer({ min: -1, max: 4 })).chain(([head, width]) =>
      fc.tuple(fc.array(fc.constantFrom('---', ':-', '-:', ' :-: ', '-', ' - '), { minLength: width < 1 ? head.length : width, maxLength: width < 1 ? head.length : width }), fc.array(line, { maxLength: 4 })).map(
        ([delim, body]) => [`|${head.join('|')}|`, `|${delim.join('|')}|`, ...body].join('\n'),
      ),
    );
    fc.assert(fc.property(table, agrees), runs(3000));
  });

  it('agrees with remark on random fenced blocks', () => {
    const line = fc.constantFrom('```', '````', '~~~', '~~~~', '  ```', '   ~~~', '    ```', '```js', '```a`b', '~~~ a`b', '``` ', '```\t', '``', 'code $1B', '16亿美元', '', ' ', 'Revenue was $2B.', '- item $3B');
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(
      fc.property(fc.array(fc.tuple(line, eol), { minLength: 1, maxLength: 6 }), (lines) => agrees(lines.map(([l, e]) => l + e).join('').replace(/(\r\n|\r|\n)$/, ''))),
      runs(3000),
    );
  });

  it('agrees with remark on random lists and headings', () => {
    const start = fc.constantFrom('- ', '+ ', '* ', '1. ', '2) ', '10. ', '# ', '## ', '###### ', '####### ', '', ' ', '  ', '    ', '-', '1.', '#');
    const text = fc.constantFrom('revenue $1.6B', '16亿美元', 'a', '- b', '1. c', '# d', '> e', '===', '---', '```', ' x ', 'y  ', 'z #', ' # ', '#', '\u3000w', 'v\u00a0', '');
    const line = fc.tuple(start, text).map(([a, b]) => a + b);
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(
      fc.property(fc.array(fc.tuple(line, eol), { minLength: 1, maxLength: 6 }), (lines) => agrees(lines.map(([l, e]) => l + e).join('').replace(/(\r\n|\r|\n)$/, ''))),
      runs(3000),
    );
  });
});
