/** Binding never throws, whatever the text and wherever the quantities fall. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuantityKind } from '../../../server/src/core/model';
import { bindClaims } from '../../../server/src/core/bind/index';
import { KB, q } from './helpers';

const pieces = ['Nvidia', '英伟达', "'s ", ' revenue ', '营收', ' its ', '其', '该公司', ' in Q3 2023', '2023年', '去年', ' since ', '自', ' from ', '较',
  ', ', '，', '。', '. ', '\n', '# ', 'according to ', '据', '《', '》', 'The Information', ' 150,000 ', 'H100s', '$1.6B', '16亿美元', ' ', 'x'];
const kinds: QuantityKind[] = ['money', 'count', 'percent', 'number', 'points', 'vague'];

describe('bindClaims (property)', () => {
  it('never throws and gives at most one claim per quantity, each inside its sentence', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.constantFrom(...kinds)), { maxLength: 8 }),
        fc.option(fc.constantFrom('2024-03-27', '2023-01-01'), { nil: undefined }),
        (parts, spans, documentDate) => {
          const text = parts.join('');
          const quantities = spans
            .map(([s, len, kind]) => {
              const start = text.length ? s % text.length : 0;
              const end = Math.min(text.length, start + len + 1);
              return q(text.slice(start, end), start, end, kind, 1);
            })
            .sort((a, b) => a.start - b.start);
          const sentences = text.length ? [{ start: 0, end: text.length, lang: 'en' as const }] : [];
          const claims = bindClaims({ text, quantities, sentences, paragraphs: sentences }, KB, { documentDate });
          expect(claims.length).toBeLessThanOrEqual(quantities.length);
          for (const c of claims) {
            expect(c.id).toBe(`c${c.quantity.start}`);
            expect(c.sentence.start).toBeLessThanOrEqual(c.quantity.start);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
