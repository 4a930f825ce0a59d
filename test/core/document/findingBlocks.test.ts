/**
 * Findings are moved to document offsets only when read, and the blocks' own lists are offered as they
 * are (Analysis.findingBlocks) when no severity override or suppression comment changes the list.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/src/core/analyze';
import { BlockCache } from '../../../server/src/core/document/documentModel';
import { DEFAULT_OPTIONS } from '../../../server/src/core/options';
import { bundledFacts } from '../../helpers/facts';

const TEXT = [
  '# Nvidia',
  '',
  "Nvidia's revenue was $70.9 billion in fiscal 2024, up 126% from $27.0 billion.",
  '',
  'A paragraph with no figure at all.',
  '',
  '英伟达2024财年营收为709亿美元。',
  '',
].join('\n');

/** The findings as plain data, in order. */
const plain = (findings: unknown) => JSON.parse(JSON.stringify(findings));

describe('findings by block', () => {
  it('are the document findings at block offsets, block by block, when nothing overrides or silences them', () => {
    const analysis = analyze(TEXT, { facts: bundledFacts() });
    expect(analysis.findings.length).toBeGreaterThanOrEqual(2);
    const blocks = analysis.findingBlocks;
    expect(blocks).toBeDefined();
    const placed = blocks!.flatMap((b) => b.findings.map((f) => ({ start: f.start + b.start, end: f.end + b.start, check: f.check, message: f.message })));
    expect(placed).toEqual(analysis.findings.map((f) => ({ start: f.start, end: f.end, check: f.check, message: f.message })));
    // Not enumerable: JSON output is unchanged.
    expect(Object.keys(analysis)).not.toContain('findingBlocks');
  });

  it('read lazily, the findings equal those of the list that severities and suppressions go through', () => {
    const lazy = analyze(TEXT, { facts: bundledFacts() });
    // An override of a check that finds nothing here sends the findings through applySeverities.
    const applied = analyze(TEXT, { facts: bundledFacts(), options: { ...DEFAULT_OPTIONS, severity: { 'no.such-check': 'off' } } });
    expect(applied.findingBlocks).toBeUndefined();
    expect(plain(lazy)).toEqual(plain(applied));
    expect(Object.keys(lazy)).toEqual(Object.keys(applied));
  });

  it('are not offered when a suppression comment silences some of them', () => {
    const text = `<!-- tally-disable-next-line -->\n${TEXT.split('\n')[2]}\n`;
    const analysis = analyze(text, { facts: bundledFacts() });
    expect(analysis.findingBlocks).toBeUndefined();
    expect(analysis.suppressed.length).toBeGreaterThan(0);
  });

  it('keep their lists across an edit elsewhere, and the findings read after it are at the new offsets', () => {
    const cache = new BlockCache();
    const before = analyze(TEXT, { facts: bundledFacts(), cache });
    const edited = TEXT.replace('no figure', 'no figure whatsoever');
    const after = analyze(edited, { facts: bundledFacts(), cache });
    expect(after.findingBlocks![0].findings).toBe(before.findingBlocks![0].findings);
    expect(after.findingBlocks!.at(-1)!.findings).toBe(before.findingBlocks!.at(-1)!.findings);
    expect(plain(after.findings)).toEqual(plain(analyze(edited, { facts: bundledFacts() }).findings));
    // Still assignable, as a plain field was.
    after.findings = [];
    expect(after.findings).toEqual([]);
  });
});
