import { describe, expect, it } from 'vitest';
import { extractProse } from '../../../server/src/core/markdown/prose';

/** The prose as the recogniser sees it: masked text of every segment, trimmed. */
function prose(src: string): string[] {
  return extractProse(src).map((s) => s.masked.replace(/\s+/g, ' ').trim());
}

describe('extractProse', () => {
  it('keeps paragraphs, headings, list items, quotes and table cells', () => {
    const src = '# Revenue $1B\n\n- item 15万块H100\n\n> quote $2B\n\n| a | b |\n|---|---|\n| $3B | 4% |\n';
    expect(prose(src)).toEqual(['Revenue $1B', 'item 15万块H100', 'quote $2B', 'a', 'b', '$3B', '4%']);
  });

  it('drops code, inline code, HTML and link URLs but keeps link text', () => {
    const src = 'See `$9B` and <b title="$4B">bold</b> and [the $7B report](https://x.com/$6B) $5B.\n\n<div>\n$8B\n</div>';
    const [p, ...rest] = prose(src);
    expect(rest).toEqual([]);
    expect(p).not.toContain('$4B');
    expect(p).not.toContain('$9B');
    expect(p).not.toContain('$8B');
    expect(p).not.toContain('$6B');
    expect(p).toContain('the $7B report');
    expect(p).toContain('$5B');
  });

  it('skips fenced code blocks entirely', () => {
    expect(prose('```\n$1B\n```')).toEqual([]);
  });

  it('keeps every kept character at its source offset (escapes and entities)', () => {
    const src = 'Cost \\$1.6B &amp; 16亿美元 &#36;2B';
    const [seg] = extractProse(src);
    for (let i = 0; i < seg.masked.length; i++) {
      const ch = seg.masked[i];
      if (ch !== ' ') expect(src[seg.start + i]).toBe(ch);
    }
    expect(seg.masked).toContain('$1.6B');
    expect(seg.masked).not.toContain('\\');
    expect(seg.masked).not.toContain('&amp;');
  });

  it('maps offsets exactly after Chinese text, CRLF and an emoji', () => {
    const src = '引言 😀 文字\r\n\r\nOpenAI 年化收入 16亿美元 🚀 $1.6B';
    const segs = extractProse(src);
    const last = segs[segs.length - 1];
    const at = last.masked.indexOf('$1.6B');
    expect(src.slice(last.start + at, last.start + at + 5)).toBe('$1.6B');
    const zh = last.masked.indexOf('16亿美元');
    expect(src.slice(last.start + zh, last.start + zh + 5)).toBe('16亿美元');
  });

  it('includes footnote definitions and shifts by a base offset', () => {
    const src = 'Text[^1].\n\n[^1]: Source says $2B.';
    const segs = extractProse(src, 100);
    const note = segs.find((s) => s.masked.includes('$2B'))!;
    expect(note.start).toBeGreaterThanOrEqual(100);
    expect(src.slice(note.start - 100 + note.masked.indexOf('$2B'), note.start - 100 + note.masked.indexOf('$2B') + 3)).toBe('$2B');
  });
});
