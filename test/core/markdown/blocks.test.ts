import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../server/src/core/markdown/blocks';

const texts = (src: string) => splitBlocks(src).map((b) => src.slice(b.start, b.end));

describe('splitBlocks', () => {
  it('separates paragraphs at blank lines and keeps exact offsets', () => {
    const src = 'One $1.6B.\n\nTwo 16亿美元。\n';
    expect(texts(src)).toEqual(['One $1.6B.', 'Two 16亿美元。']);
  });

  it('keeps front matter as one non-prose block', () => {
    const src = '---\ndate: 2024-03-01\n\ntitle: x\n---\nText $2B.\n';
    const blocks = splitBlocks(src);
    expect(blocks[0].frontMatter).toBe(true);
    expect(src.slice(blocks[0].start, blocks[0].end)).toBe('---\ndate: 2024-03-01\n\ntitle: x\n---');
    expect(src.slice(blocks[1].start, blocks[1].end)).toBe('Text $2B.');
  });

  it('never cuts inside a fenced code block with blank lines', () => {
    const src = 'Intro\n\n```js\nconst a = 1;\n\nconst b = 2;\n```\n\nAfter';
    expect(texts(src)).toEqual(['Intro', '```js\nconst a = 1;\n\nconst b = 2;\n```', 'After']);
  });

  it('keeps an unclosed fence to the end of the document', () => {
    const src = 'A\n\n~~~\ncode\n\nmore code';
    expect(texts(src)).toEqual(['A', '~~~\ncode\n\nmore code']);
  });

  it('keeps multi-line HTML comments together', () => {
    const src = '<!-- tally-disable\n\n-->\nText';
    expect(texts(src)).toEqual(['<!-- tally-disable\n\n-->\nText']);
  });

  it('keeps indented list continuations with their item', () => {
    const src = '- item $1B\n\n  continued $2B\n\nNext';
    expect(texts(src)).toEqual(['- item $1B\n\n  continued $2B', 'Next']);
  });

  it('handles CRLF and CR line endings', () => {
    const src = 'A $1B\r\n\r\nB $2B\rC\r\rD';
    expect(texts(src)).toEqual(['A $1B', 'B $2B\rC', 'D']);
  });

  it('covers every non-blank line exactly once, in order', () => {
    const src = '# H\n\npara\nline\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quote\n\n1. one\n2. two\n';
    const blocks = splitBlocks(src);
    for (let i = 1; i < blocks.length; i++) expect(blocks[i].start).toBeGreaterThanOrEqual(blocks[i - 1].end);
    const covered = blocks.map((b) => src.slice(b.start, b.end)).join('\n');
    expect(covered.replace(/\s+/g, '')).toBe(src.replace(/\s+/g, ''));
  });
});
