import { describe, expect, it } from 'vitest';
import { documentDate } from '../../../server/src/core/bind/index';
import { parseDateText } from '../../../server/src/core/bind/documentDate';

describe('documentDate', () => {
  it('reads the front matter date field', () => {
    expect(documentDate('---\ntitle: AI bubble\ndate: 2024-03-27\n---\n# Title\n')).toBe('2024-03-27');
    expect(documentDate('---\ndate: "2024-03-27T08:00:00Z"\n---\nText')).toBe('2024-03-27');
    expect(documentDate("---\ndate: '2024/3/7' # published\n---\n")).toBe('2024-03-07');
  });

  it('reads a date line near the top in English and Chinese', () => {
    expect(documentDate('# The AI bubble\n\n*Published March 27, 2024*\n\nBody text.')).toBe('2024-03-27');
    expect(documentDate('大模型的泡沫来了吗?\n日期：2024年3月27日\n正文')).toBe('2024-03-27');
    expect(documentDate('Title\n\n27 March 2024\n')).toBe('2024-03-27');
    expect(documentDate('Title\nDate: 2024-03-27 10:30\n')).toBe('2024-03-27');
  });

  it('ignores dates inside sentences and dates far from the top', () => {
    expect(documentDate('GTC opened on March 18, 2024 in San Jose.\n')).toBeUndefined();
    const far = Array.from({ length: 12 }, (_, i) => `Line ${i}`).join('\n') + '\n2024-03-27\n';
    expect(documentDate(far)).toBeUndefined();
  });

  it('rejects impossible dates and returns undefined without any date', () => {
    expect(documentDate('---\ndate: 2024-02-30\n---\n')).toBeUndefined();
    expect(documentDate('No date here.')).toBeUndefined();
    expect(documentDate('')).toBeUndefined();
  });

  it('parses the date forms it accepts', () => {
    expect(parseDateText('2024.03.27')).toBe('2024-03-27');
    expect(parseDateText('Wednesday, March 27th, 2024')).toBe('2024-03-27');
    expect(parseDateText('２０２４年３月２７日')).toBe('2024-03-27');
    expect(parseDateText('2024年3月27日（星期三）')).toBe('2024-03-27');
    expect(parseDateText('March 2024')).toBeUndefined();
  });
});
