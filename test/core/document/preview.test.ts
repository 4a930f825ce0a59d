/**
 * Issue #9, the visible part first, now for any report slow to check (lsp/visibleFirst.ts counts its
 * figures, document/checkCost.ts): the preview's findings must be exactly the full analysis's findings
 * inside its window, for mid-sized reports too, and a window holding most of the figures gets no preview.
 */
import { describe, expect, it } from 'vitest';
import { generateDocument } from '../../../bench/generate.mjs';
import { analyze } from '../../../server/src/core/analyze';
import { previewAnalysis } from '../../../server/src/core/document/preview';
import { figureCount } from '../../../server/src/core/document/checkCost';
import { bundledFacts } from '../../helpers/facts';

const plain = (findings: unknown) => JSON.parse(JSON.stringify(findings));

describe('figureCount', () => {
  it('counts runs of digits and of Chinese numerals, not characters', () => {
    expect(figureCount('Revenue was $70.9 billion in 2024.')).toBe(3);
    expect(figureCount('营收为709亿美元，增长三成。')).toBe(2);
    expect(figureCount('No figure here.')).toBe(0);
    expect(figureCount('ab 12 cd 34', 3, 6)).toBe(1);
    expect(figureCount('1 2 3 4 5', 0, 9, 2)).toBe(2);
  });
});

describe('preview of a mid-sized report', () => {
  const facts = bundledFacts();
  for (const [size, seed] of [[40_000, 3]] as const) {
    it(`gives the full analysis's findings inside its window (${size / 1000} KB)`, { timeout: 120_000 }, () => {
      const text = generateDocument(size, seed);
      const full = analyze(text, { facts });
      for (const at of [0, 0.5, 0.9]) {
        const start = Math.floor(text.length * at);
        const preview = previewAnalysis(text, { start, end: start + 3_000 }, { facts });
        expect(preview, `window at ${at}`).toBeDefined();
        const { window } = preview!;
        const inside = full.findings.filter((f) => f.start >= window.start && f.start < window.end);
        expect(plain(preview!.findings)).toEqual(plain(inside));
      }
    });
  }

  it('is not made when the window holds most of the figures', () => {
    const text = generateDocument(10_000, 3);
    expect(previewAnalysis(text, { start: 0, end: 2_000 }, { facts })).toBeUndefined();
  });
});
