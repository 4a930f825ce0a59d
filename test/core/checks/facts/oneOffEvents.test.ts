/**
 * An event happens once (`oneOff` in data/metrics.yaml: a round and its valuation, an investment, a
 * deal): a bound that restates the very bound a source gave for such an event is that event's figure,
 * so stated for a date the base holds no such event of the company for, it is a wrong period. And a
 * level that changes in steps (`currentForDays`: a valuation, weekly users) still stands after its
 * date: the same figure a little later is the level as it stood, not another period's. Bundled facts:
 * MiniMax's round of at least $600M at over $2.5B (2024-03-05), Cohere's talks to raise at least $500M
 * (2024-03-28), Runway's round at over $3B (April 2025), SoftBank's up to $40B in OpenAI (2025-03-31),
 * Nvidia's up to $100B (2025-09-22), Meta's target of over 1.3M GPUs (end of 2025), Harvey's $5B (June
 * 2025, then $8B in October), ChatGPT's 500M weekly users (2025-03-31).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../server/src/core/analyze';
import { loadFactBase } from '../../../../server/src/core/facts/index';
import { sanitizeOptions } from '../../../../server/src/core/options';
import { bundledDataDir, readBundledFactFiles } from '../../../../server/src/node/factFiles';
import { flagged } from '../../../helpers/flagged';

const DATE = '2025-11-01';

describe("an event's bound restated for a date the base holds no such event for", () => {
  it('is a wrong period (English)', () => {
    expect(flagged('In March 2023, MiniMax raised at least $600 million in a round led by Alibaba.', DATE)).toEqual(['$600 million fact.wrong-period']);
    expect(flagged('In March 2023, Cohere was in talks to raise at least $500 million.', DATE)).toEqual(['$500 million fact.wrong-period']);
  });

  it('and in Chinese, for a round, its valuation and an investment', () => {
    expect(flagged('2023年3月，阿里巴巴领投MiniMax至少6亿美元的融资。', DATE)).toEqual(['6亿美元 fact.wrong-period']);
    expect(flagged('2023年，MiniMax的估值超过25亿美元。', DATE)).toEqual(['25亿美元 fact.wrong-period']);
    expect(flagged('2024年3月，软银同意向OpenAI投资最多400亿美元。', DATE)).toEqual(['400亿美元 fact.wrong-period']);
  });

  it('not in the event\'s own period', () => {
    expect(flagged('In March 2024, MiniMax raised at least $600 million.', DATE)).toEqual([]);
    expect(flagged('2024年3月，Cohere正洽谈融资至少5亿美元。', DATE)).toEqual([]);
  });

  it('not for a date whose year the binder inferred', () => {
    expect(flagged('3月，MiniMax完成至少6亿美元融资。', DATE)).toEqual([]);
  });

  it('not for a power of ten, which every other round may reach', () => {
    expect(flagged('2024年9月，英伟达同意向OpenAI投资最多1000亿美元。', DATE)).toEqual([]);
  });

  it('not for a level that still clears its floor after the round that set it', () => {
    expect(flagged('2025年，MiniMax的估值超过25亿美元。', DATE)).toEqual([]);
    expect(flagged('In June 2025, Runway was valued at more than $3 billion.', DATE)).toEqual([]);
  });

  // A level's floor restated well before its report is the later report's (restatedLevelFloor.test.ts);
  // after it, the floor may simply still hold.
  it('not for a level that is no event, restated for a later year end', () => {
    expect(flagged('Meta在2026年底将拥有超过130万块GPU。', DATE)).toEqual([]);
    expect(flagged('Meta will have more than 1.3 million GPUs at the end of 2026.', DATE)).toEqual([]);
  });

  it('not when two events of that size are on record: the date may be the other one\'s', () => {
    const files = readBundledFactFiles(bundledDataDir());
    files.push({ path: 'second-round.yaml', origin: 'workspace', text: SECOND_ROUND });
    const facts = loadFactBase(files);
    const raised = (text: string) =>
      analyze(text, { facts, options: sanitizeOptions({ documentDate: DATE }) }).findings.filter((f) => f.severity === 'warning' || f.severity === 'error').map((f) => f.text);
    expect(raised('In March 2023, MiniMax raised at least $600 million in a round led by Alibaba.')).toEqual([]);
  });
});

describe('a level that still stands', () => {
  it('is not another period\'s figure within its span and before the next one (English)', () => {
    expect(flagged('Harvey was valued at $5 billion in August 2025.', DATE)).toEqual([]);
  });

  it('nor in Chinese', () => {
    expect(flagged('2025年8月，Harvey的估值为50亿美元。', DATE)).toEqual([]);
  });

  it('but the same figure before its date still is', () => {
    expect(flagged('In April 2024, Harvey was valued at $5 billion.', DATE)).toEqual(['$5 billion fact.wrong-period']);
    expect(flagged('2025年1月，ChatGPT的周活跃用户达到5亿。', DATE)).toEqual(['5亿 fact.wrong-period']);
  });
});

const SECOND_ROUND = `facts:
  - id: TEST-MINIMAX-SECOND-ROUND
    entity: minimax
    metric: funding.raised
    value: 600e6
    bound: atLeast
    unit: USD
    period:
      asOf: 2025-01-15
      label: a second round (test)
    qualifiers: [reported]
    sources:
      - publisher: Test
        title: A second round of the same size
        url: https://example.com/second-round
        date: 2025-01-15
    confidence: medium
    fromMemory: false
`;
