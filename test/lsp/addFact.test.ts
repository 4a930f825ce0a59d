/**
 * "Add as fact" writes only by appending: an existing pack keeps every byte, a new one is created with
 * a `facts:` list, and the client is asked to open the new entry.
 */
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { addFactAction } from '../../server/src/lsp/addFact';
import type { CheckedClaim } from '../../server/src/core/analyze';

const claim: CheckedClaim = {
  id: 'c4',
  quantity: { start: 4, end: 9, text: '$2.6B', kind: 'money', value: 2.6e9, low: 2.55e9, high: 2.65e9, currency: 'USD', bound: 'exact', style: { lang: 'en', decimals: 1, scale: 1e9, scaleWord: 'B', grouping: false, fullWidth: false, numerals: 'arabic', numberSpan: { start: 1, end: 4 } } },
  sentence: { start: 0, end: 20 },
  lang: 'en',
  entity: { value: 'openai', how: 'explicit' },
  metric: { value: 'revenue.annualized', how: 'explicit' },
  verdict: 'unverifiable',
  evidence: [],
};

type Edit = { range: { start: { line: number; character: number } }; newText: string };
type Change = { kind?: string; textDocument?: { uri: string }; edits?: Edit[] };

describe('addFactAction', () => {
  it('creates .tally/facts/added.yaml with a facts list when it does not exist', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-addfact-'));
    const action = addFactAction(claim, root, 'draft.md', 'en', '2024-03-30');
    const changes = action.edit!.documentChanges as Change[];
    expect(changes[0]).toMatchObject({ kind: 'create', options: { ignoreIfExists: true } });
    const text = changes[1].edits![0].newText;
    expect(parse(text).facts[0]).toMatchObject({ entity: 'openai', metric: 'revenue.annualized', value: 2.6e9 });
    expect(action.command?.command).toBe('tally.revealFactEntry');
  });

  it('appends to an existing pack at its end, never rewriting what is there', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-addfact-'));
    const file = path.join(root, '.tally', 'facts', 'added.yaml');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const existing = '# our facts\r\nfacts:\r\n  - id: X\r\n    note: keep   me  # odd spacing stays';
    fs.writeFileSync(file, existing);
    const action = addFactAction(claim, root, 'draft.md', 'en', '2024-03-30');
    const [change] = action.edit!.documentChanges as Change[];
    const [edit] = change.edits!;
    // Insert at the very end of the file (line 3, after its last character): nothing before is replaced.
    const lastLine = existing.split('\r\n')[3].length;
    expect(edit.range).toEqual({ start: { line: 3, character: lastLine }, end: { line: 3, character: lastLine } });
    const after = existing + edit.newText;
    expect(after.startsWith(existing)).toBe(true);
    expect(parse(after).facts).toHaveLength(2);
    expect(fs.readFileSync(file, 'utf8')).toBe(existing); // the action itself writes nothing
  });
});
