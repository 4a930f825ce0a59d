import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLang } from '../../../server/src/core/text/lang';

/** The reading detectLang keeps: Han characters and Latin letters counted code point by code point. */
function byRegex(text: string): 'zh' | 'en' {
  let han = 0;
  let latin = 0;
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) han++;
    else if (/[A-Za-z]/.test(ch)) latin++;
  }
  return han > 0 && han * 5 >= latin ? 'zh' : 'en';
}

describe('detectLang', () => {
  it('Chinese when Han characters make a fair share of the letters, beyond the BMP too', () => {
    expect(detectLang('OpenAI的年化收入达到37亿美元')).toBe('zh');
    expect(detectLang('𠀀𠀁 ab')).toBe('zh');
  });

  it('near miss: a few Han characters in English prose, lone surrogates and full-width Latin stay English', () => {
    expect(detectLang('Revenue at Alibaba (阿里巴巴) grew 13% in the quarter to March.')).toBe('en');
    expect(detectLang('\ud840 abc')).toBe('en');
    expect(detectLang('ＡＢＣ revenue')).toBe('en');
  });

  it('agrees with the per-code-point reading on every line of the corpus and on random text', () => {
    const lines: string[] = [];
    for (const lang of ['en', 'zh']) {
      const dir = path.join(__dirname, '../../corpus', lang);
      for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.md'))) lines.push(...fs.readFileSync(path.join(dir, f), 'utf8').split('\n'));
    }
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let n = 0; n < 2000; n++) {
      let s = '';
      for (let i = 0; i < 12; i++) s += String.fromCharCode(random() < 0.5 ? 0x20 + Math.floor(random() * 0x60) : Math.floor(random() * 0x10000));
      lines.push(s);
    }
    for (const line of lines) expect(detectLang(line), line).toBe(byRegex(line));
  });
});
