/**
 * The judge's context for the claims of a block (document/judgeContext.ts): each sentence's prose,
 * quantities and periods are read once and shared by its claims, and read the same as reading them
 * for each claim did.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument, proseText, quantitiesIn } from '../../../server/src/core/document/documentModel';
import { SentenceReadings } from '../../../server/src/core/document/judgeContext';
import { findPeriods } from '../../../server/src/core/bind/index';

const text = [
  'Orbital Labs raised $40 million in March 2024, and its revenue reached $12 million in fiscal 2024.',
  '星云科技2023年营收为3.5亿元，同比增长40%。',
].join(' ');

describe('SentenceReadings', () => {
  const doc = buildDocument(text);
  const readings = new SentenceReadings(doc, '2025-01-15');

  it('gives each sentence the prose, quantities and periods read for it alone', () => {
    expect(doc.sentences.length).toBeGreaterThan(1);
    for (const sentence of doc.sentences) {
      const context = readings.contextFor(sentence);
      expect(context.sentenceText).toBe(proseText(doc, sentence));
      expect(context.sentenceQuantities).toEqual(quantitiesIn(doc, sentence));
      expect(context.sentencePeriods).toEqual(findPeriods(text, sentence, { documentDate: '2025-01-15' }).map((m) => m.period));
      expect(context.documentDate).toBe('2025-01-15');
      expect(context.contextText).toBe(text);
    }
  });

  it('shares one reading among the claims of a sentence', () => {
    const sentence = doc.sentences[0];
    const first = readings.contextFor(sentence);
    const second = readings.contextFor({ start: sentence.start, end: sentence.end });
    expect(second.sentenceText).toBe(first.sentenceText);
    expect(second.sentenceQuantities).toBe(first.sentenceQuantities);
    expect(second.sentencePeriods).toBe(first.sentencePeriods);
  });

  it('reads a span that starts where a sentence does but ends elsewhere for itself', () => {
    const sentence = doc.sentences[0];
    readings.text(sentence);
    const shorter = { start: sentence.start, end: sentence.start + 12 };
    expect(readings.text(shorter)).toBe(proseText(doc, shorter));
  });
});
