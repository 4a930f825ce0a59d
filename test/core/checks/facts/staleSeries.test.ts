/**
 * A newer figure makes an older one stale only in the same series (staleSeries.ts): the same parties and
 * product. A deal's own figure (a fact with a counterparty) is not made out of date by the company's
 * total or by another deal's figure; and a figure whose sentence or row names the other party of one of
 * the company's deals is that deal's, which no total supersedes. Bundled facts: OpenAI's 10 GW deal with
 * Broadcom (2025-10-13) and its ~30 GW of total commitments (stated 2025-10-28); Gemini app monthly
 * users 450M (July 2025), 650M (October 2025).
 */
import { describe, expect, it } from 'vitest';
import { draftFindings, packFindings } from '../../../helpers/draftFindings';

const DATE = '2025-11-20';
const ROW = '| Deal | Capacity | Partner |\n|---|---|---|\n| OpenAI–Broadcom custom accelerators | 10 GW | Broadcom |';

/** A test pack: a later figure of the Broadcom deal, and an older OpenAI total (invented, test only). */
const PACK = `facts:
  - id: TEST-OPENAI-BROADCOM-12GW
    entity: openai
    counterparty: broadcom
    metric: capacity.power
    value: 12
    unit: GW
    period: { asOf: 2025-11-05, label: revised 2025-11-05 }
    qualifiers: [company-stated]
    sources:
      - publisher: Test note
        url: https://example.com/note
        date: 2025-11-05
        quote: 12 gigawatts
    confidence: high
    fromMemory: false
  - id: TEST-OPENAI-TOTAL-8GW
    entity: openai
    metric: capacity.power
    value: 8
    unit: GW
    period: { asOf: 2025-06-01, label: June 2025 }
    qualifiers: [company-stated]
    sources:
      - publisher: Test note
        url: https://example.com/note
        date: 2025-06-01
        quote: 8 gigawatts
    confidence: high
    fromMemory: false
`;

const withPack = (text: string): string[] => packFindings(PACK, text, DATE);

describe("a deal's own figure", () => {
  it('is not made stale by the company\'s newer total (table row, English and Chinese)', () => {
    expect(draftFindings(ROW, DATE)).toEqual([]);
    expect(draftFindings('| 协议 | 容量 | 合作方 |\n|---|---|---|\n| OpenAI与博通定制加速器 | 10吉瓦 | 博通 |', DATE)).toEqual([]);
    expect(draftFindings('OpenAI has committed to 10 GW of compute.', DATE)).toEqual([]);
  });

  it('is made stale by a newer figure of the same deal', () => {
    expect(withPack(ROW)).toEqual(['10 fact.stale']);
    expect(withPack('OpenAI与博通的定制加速器协议为10吉瓦。')).toEqual(['10吉瓦 fact.stale']);
  });

  it('near miss: a figure whose sentence names the deal\'s party is not made stale by a newer total it happens to match', () => {
    expect(withPack("OpenAI's custom accelerator deal with Broadcom covers 8 GW.")).toEqual([]);
    expect(withPack('OpenAI与博通的定制加速器协议为8吉瓦。')).toEqual([]);
  });

  it('a company\'s older total is still stale when no deal party is named', () => {
    expect(withPack('OpenAI has committed to 8 GW of compute.')).toEqual(['8 fact.stale']);
    expect(draftFindings('The latest figure puts Gemini app monthly users at 450 million.', DATE)).toEqual(['450 million fact.stale warning']);
  });
});
