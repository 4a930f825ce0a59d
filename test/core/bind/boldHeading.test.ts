/**
 * A line that is one bold run standing as its own paragraph heads the paragraphs below it
 * (bind/boldHeading.ts, read by bind/headings.ts): a subjectless figure under "**Acme Robotics**" is
 * Acme's, bound as context. A bold statement (a full stop, a figure or a date in it), a bold lead-in
 * followed by prose on its line, or a bold line inside a paragraph heads nothing.
 */
import { describe, expect, it } from 'vitest';
import { BOLD_HEADING_LEVEL, boldHeadingTitle } from '../../../server/src/core/bind/boldHeading';
import { headingSpans } from '../../../server/src/core/bind/headings';
import { analyzedClaim } from './helpers';

const DATE = '2024-06-01';
const ownerOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.entity;
const titles = (text: string) => headingSpans(text).map((h) => [text.slice(h.start, h.end), h.level]);

describe('boldHeadingTitle', () => {
  it('reads a whole bold line between blank lines, or before a list, as a title', () => {
    const line = '**Chip makers**';
    expect(boldHeadingTitle(line, '', '')).toEqual({ start: 2, end: 13 });
    expect(boldHeadingTitle('__Chip makers__', undefined, undefined)).toEqual({ start: 2, end: 13 });
    expect(boldHeadingTitle(line, '', '- first item')).toBeDefined();
  });

  it('starts the title after its enumerator', () => {
    const line = '**Q3. Who pays for it?**';
    const t = boldHeadingTitle(line, '', '')!;
    expect(line.slice(t.start, t.end)).toBe('Who pays for it?');
    const zh = '**问2：谁在买单？**';
    const z = boldHeadingTitle(zh, '', '')!;
    expect(zh.slice(z.start, z.end)).toBe('谁在买单？');
  });

  it('near misses: a statement, a figure or a date, prose on the line, a line inside a paragraph', () => {
    expect(boldHeadingTitle('**Start with the volumes.**', '', '')).toBeUndefined();
    expect(boldHeadingTitle('**先看出货量。**', '', '')).toBeUndefined();
    expect(boldHeadingTitle("**4. Acme's bet: $3 billion over five years**", '', '')).toBeUndefined();
    expect(boldHeadingTitle('**二、《算力账》(3月5日)**', '', '')).toBeUndefined();
    expect(boldHeadingTitle('**Acme:** revenue rose.', '', '')).toBeUndefined();
    expect(boldHeadingTitle('**Chip makers**', 'A sentence before it.', '')).toBeUndefined();
    expect(boldHeadingTitle('**Chip makers**', '', 'A sentence right after it.')).toBeUndefined();
    expect(boldHeadingTitle('**Chip makers** and more', '', '')).toBeUndefined();
  });
});

describe('headingSpans reads bold heading lines one rank below every "#"', () => {
  it('ranks a bold line below an ATX heading', () => {
    expect(titles('# Memo\n\n**Chip makers**\n\nText.\n')).toEqual([
      ['Memo', 1],
      ['Chip makers', BOLD_HEADING_LEVEL],
    ]);
  });

  it('skips a bold line inside a fenced block', () => {
    expect(titles('```\n\n**Chip makers**\n\n```\n')).toEqual([]);
  });
});

describe('a bold heading line binds the entity of the paragraphs below it', () => {
  it('zh: a bracketed sector tag and a company name', () => {
    const owner = ownerOf('# 晨会纪要\n\n**【半导体】寒武纪：利润从哪里来**\n\n- 上半年收入30亿元，同比大增。\n', '30亿元');
    expect(owner?.value).toBe('cambricon');
    expect(owner?.how).toBe('context');
  });

  it('en: a company name over a list', () => {
    expect(ownerOf('# Notes\n\n**Baidu**\n- Cloud revenue came to 5 billion yuan in the quarter.\n', '5 billion yuan')?.value).toBe('baidu');
  });

  it('the next bold heading closes the section', () => {
    const text = '**寒武纪：利润从哪里来**\n\n上半年收入30亿元。\n\n**行业整体**\n\n上半年收入31亿元。\n';
    expect(ownerOf(text, '30亿元')?.value).toBe('cambricon');
    expect(ownerOf(text, '31亿元')).toBeUndefined();
  });

  it('near miss: a bold statement with a figure heads nothing', () => {
    expect(ownerOf('**1. Baidu: 5 billion yuan of cloud revenue.**\n\nThe quarter also saw 3 billion yuan of capex.\n', '3 billion yuan')).toBeUndefined();
  });
});
