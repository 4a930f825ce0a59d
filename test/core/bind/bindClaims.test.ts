/** bindClaims as a whole: the claims it returns and how it reads the document around them. */
import { describe, expect, it } from 'vitest';
import { bindClaims } from '../../../server/src/core/bind/index';
import { splitSentences } from '../../../server/src/core/text/sentences';
import { bind, claimOf, KB, qAt } from './helpers';

describe('bindClaims', () => {
  it('returns one claim per quantity with its id, sentence and language', () => {
    const text = 'Nvidia earned $29.8 billion.\nOpenAI的年化收入为16亿美元。';
    const a = qAt(text, '$29.8 billion', 'money');
    const b = qAt(text, '16亿美元', 'money');
    const claims = bind(text, [a, b]);
    expect(claims.map((c) => [c.id, c.lang, text.slice(c.sentence.start, c.sentence.end)])).toEqual([
      [`c${a.start}`, 'en', 'Nvidia earned $29.8 billion.'],
      [`c${b.start}`, 'zh', 'OpenAI的年化收入为16亿美元。'],
    ]);
    expect(claims[0].quantity).toBe(a);
  });

  it('leaves out a number that is part of a date', () => {
    const text = 'GTC opened on March 18, 2024 with 20,000 attendees.';
    const claims = bind(text, [qAt(text, '18', 'number'), qAt(text, '2024', 'number'), qAt(text, '20,000', 'count')]);
    expect(claims.map((c) => c.quantity.text)).toEqual(['20,000']);
  });

  it('uses the paragraph as the sentence when no sentence covers the quantity', () => {
    const text = '| Nvidia | $60.9B revenue |';
    const quantity = qAt(text, '$60.9B', 'money');
    const claims = bindClaims({ text, quantities: [quantity], sentences: [], paragraphs: [{ start: 0, end: text.length }] }, KB, {});
    expect(claims[0]).toMatchObject({ sentence: { start: 0, end: text.length }, lang: 'en', entity: { value: 'nvidia' }, metric: { value: 'revenue' } });
  });

  it('binds nothing inside masked text (URLs, inline code)', () => {
    const text = 'Revenue was $5 billion [source](https://x.io/Nvidia).';
    const masked = text.replace('https://x.io/Nvidia', ' '.repeat('https://x.io/Nvidia'.length));
    const quantity = qAt(text, '$5 billion', 'money');
    const paragraph = { start: 0, end: text.length, masked };
    const sentences = splitSentences(masked, 0);
    const [claim] = bindClaims({ text, quantities: [quantity], sentences, paragraphs: [paragraph] }, KB, {});
    expect(claim.entity).toBeUndefined();
    expect(claim.metric?.value).toBe('revenue');
  });

  it('prefers the caller\'s document date to the one in the text', () => {
    const text = '---\ndate: 2024-03-27\n---\nNvidia\'s market cap is now $2.2 trillion.';
    const quantity = qAt(text, '$2.2 trillion', 'money');
    expect(claimOf(bind(text, [quantity], '2024-06-01'), quantity).period?.value.start).toBe('2024-06-01');
    expect(claimOf(bind(text, [quantity]), quantity).period?.value.start).toBe('2024-03-27');
  });

  it('treats a line break after a Chinese full stop as a paragraph break', () => {
    const text = '英伟达的GTC大会在圣何塞开幕。\n这家公司不久前市值突破2万亿美元。';
    const quantity = qAt(text, '2万亿美元', 'money');
    const sentences = splitSentences(text, 0);
    const [claim] = bindClaims({ text, quantities: [quantity], sentences, paragraphs: [{ start: 0, end: text.length }] }, KB, {});
    expect(claim.entity).toBeUndefined();
    // Without the break, the company is the one just named.
    const joined = text.replace('\n', '');
    const q2 = qAt(joined, '2万亿美元', 'money');
    const [claim2] = bindClaims({ text: joined, quantities: [q2], sentences: splitSentences(joined, 0), paragraphs: [{ start: 0, end: joined.length }] }, KB, {});
    expect(claim2.entity).toMatchObject({ value: 'nvidia', how: 'context' });
  });

  it('handles a paragraph that starts with a line break (regression: endless loop)', () => {
    const text = '\n\nNvidia earned $5B.';
    const quantity = qAt(text, '$5B', 'money');
    const claims = bindClaims({ text, quantities: [quantity], sentences: [{ start: 2, end: text.length, lang: 'en' }], paragraphs: [{ start: 0, end: text.length }] }, KB, {});
    expect(claims[0].entity?.value).toBe('nvidia');
  });

  it('never throws and returns nothing for no quantities', () => {
    expect(bindClaims({ text: '', quantities: [], sentences: [], paragraphs: [] }, KB, {})).toEqual([]);
  });
});
