/** Broken files: YAML syntax, tags, alias bombs, size, shape. Each is a problem at a position; the rest loads. */
import { describe, expect, it } from 'vitest';
import { FACT_PROBLEM, MAX_FILE_CHARS } from '../../../server/src/core/facts/index';
import { bundled, columnOf, fact, factsFile, lineOf, loadWith, workspace } from './fixtures/build';

describe('fact files that cannot be read', () => {
  it('reports invalid YAML at its line and keeps loading the other files', () => {
    const broken = factsFile(fact('BROKEN-1'), '  - id: BROKEN-2\n    entity: [acme\n');
    const kb = loadWith(bundled('broken.yaml', broken), bundled('good.yaml', factsFile(fact('GOOD-1'))));
    const syntax = kb.problems.filter((p) => p.code === FACT_PROBLEM.yamlSyntax);
    expect(syntax.length).toBeGreaterThan(0);
    expect(syntax[0].severity).toBe('error');
    expect(syntax[0].origin?.file).toBe('broken.yaml');
    expect(syntax[0].origin?.line).toBeGreaterThanOrEqual(lineOf(broken, 'entity: [acme'));
    expect(kb.factById('GOOD-1')).toBeDefined();
    expect(kb.factById('BROKEN-1')).toBeUndefined();
  });

  it('reports duplicate keys as a syntax error', () => {
    const text = factsFile(fact('DUP-KEY', { unit: 'USD\n    unit: CNY' }));
    const kb = loadWith(bundled('dupkey.yaml', text));
    const p = kb.problems.find((x) => x.code === FACT_PROBLEM.yamlSyntax);
    expect(p?.origin?.line).toBe(lineOf(text, 'unit: CNY'));
  });

  it('rejects a custom tag such as !!js/function at its position and loads the other entries', () => {
    const text = factsFile(fact('TAGGED', { note: '!!js/function "function () { return 1 }"' }), fact('PLAIN'));
    const kb = loadWith(bundled('tags.yaml', text));
    const p = kb.problems.find((x) => x.code === FACT_PROBLEM.yamlTag);
    expect(p?.severity).toBe('error');
    expect(p?.message).toContain('js/function');
    expect(p?.origin).toEqual({ file: 'tags.yaml', line: lineOf(text, '!!js/function'), column: columnOf(text, '!!js/function') });
    expect(kb.factById('TAGGED')).toBeUndefined();
    expect(kb.factById('PLAIN')).toBeDefined();
  });

  it('rejects local tags too', () => {
    const text = factsFile(fact('LOCAL', { value: '!custom 3' }));
    const kb = loadWith(bundled('local.yaml', text));
    expect(kb.problems.some((p) => p.code === FACT_PROBLEM.yamlTag && p.origin?.line === lineOf(text, '!custom'))).toBe(true);
    expect(kb.factById('LOCAL')).toBeUndefined();
  });

  it('stops an alias bomb quickly with a problem instead of expanding it', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const bomb = `${levels.join('\n')}\nfacts: []\n`;
    // Expanded, the bomb would be 9^9 strings: loading it at all would hit the runner's test timeout.
    const kb = loadWith(workspace('bomb.yaml', bomb), bundled('good.yaml', factsFile(fact('STILL-HERE'))));
    const p = kb.problems.find((x) => x.code === FACT_PROBLEM.aliasLimit);
    expect(p?.origin?.file).toBe('bomb.yaml');
    expect(p?.origin?.line).toBe(2);
    expect(kb.factById('STILL-HERE')).toBeDefined();
  });

  it('allows a few ordinary aliases', () => {
    const text = `facts:\n${fact('ALIAS-1').replace('    sources:', '    sources: &src').replace(/\n {6}- publisher[\s\S]*?quote: .*\n/, '\n      - publisher: Daily News\n        url: https://example.com/a\n')}${fact('ALIAS-2', { sources: '*src' })}`;
    const kb = loadWith(bundled('aliases.yaml', text));
    expect(kb.problems).toEqual([]);
    expect(kb.factById('ALIAS-2')?.sources[0].url).toBe('https://example.com/a');
  });

  it('refuses files above the size cap', () => {
    const big = factsFile(fact('BIG')) + `# ${'x'.repeat(MAX_FILE_CHARS)}\n`;
    const kb = loadWith(workspace('big.yaml', big));
    expect(kb.problems.map((p) => p.code)).toContain(FACT_PROBLEM.fileTooLarge);
    expect(kb.factById('BIG')).toBeUndefined();
  });

  it('turns a file the reader could not read into a problem', () => {
    const kb = loadWith({ path: 'missing.yaml', text: '', origin: 'workspace', readError: 'no such file.' });
    expect(kb.problems).toEqual([expect.objectContaining({ code: FACT_PROBLEM.fileUnreadable, origin: { file: 'missing.yaml', line: 1, column: 1 } })]);
  });

  it('reports unknown top-level keys and non-list sections', () => {
    const text = `fact:\n  - id: X\nfacts: {}\n`;
    const kb = loadWith(workspace('shape.yaml', text));
    const shape = kb.problems.filter((p) => p.code === FACT_PROBLEM.fileShape);
    expect(shape.map((p) => p.origin?.line)).toEqual([1, 3]);
    expect(shape[0].message).toContain('Unknown top-level key "fact"');
  });

  it('reads JSON fact files with positions', () => {
    const json = JSON.stringify({ facts: [{ id: 'J-1', entity: 'acme', metric: 'revenue', value: 5, unit: 'USD', period: { asOf: '2024-01-01' }, sources: [{ publisher: 'X', url: 'https://x.example' }], confidence: 'low', fromMemory: false }] }, null, 2);
    const kb = loadWith(workspace('pack.json', json));
    expect(kb.problems).toEqual([]);
    const f = kb.factById('J-1');
    expect(f?.period).toEqual({ start: '2024-01-01', end: '2024-01-01', label: '2024-01-01' });
    // A JSON entry starts at its opening brace, the line above its id.
    expect(f?.origin?.line).toBe(lineOf(json, '"id": "J-1"') - 1);
  });
});
