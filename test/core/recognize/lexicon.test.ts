/**
 * The lexicon is data: it must match its schema, and its word lists must not collide in ways the
 * recogniser cannot resolve (a Chinese unit noun that is also a date word, a currency word twice).
 */
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = path.resolve(__dirname, '../../../data/recognizer');
const lexicon = JSON.parse(readFileSync(path.join(dir, 'lexicon.json'), 'utf8')) as Record<string, unknown>;
const schema = JSON.parse(readFileSync(path.join(dir, 'lexicon.schema.json'), 'utf8')) as object;

describe('recogniser lexicon', () => {
  it('matches lexicon.schema.json', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const ok = validate(lexicon);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('maps every currency word to one currency only', () => {
    const currencies = lexicon.currencies as { code: string; en: string[]; zh: string[] }[];
    const seen = new Map<string, string>();
    for (const c of currencies) {
      for (const w of [...c.en, ...c.zh]) {
        expect(seen.get(w) ?? c.code, `“${w}” is both ${seen.get(w)} and ${c.code}`).toBe(c.code);
        seen.set(w, c.code);
      }
    }
  });

  it('keeps traditional-to-simplified folding one character to one character', () => {
    for (const [k, v] of Object.entries(lexicon.traditionalToSimplified as Record<string, string>)) {
      expect(k.length).toBe(1);
      expect(v.length).toBe(1);
    }
  });
});
