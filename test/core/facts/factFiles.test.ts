/** The file-system adapter: where the bundled data is, and how pack paths become fact file texts. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACT_PROBLEM, loadFactBase, MAX_FILE_CHARS } from '../../../server/src/core/facts/index';
import { bundledDataDir, readBundledFactFiles, readFactPackFiles } from '../../../server/src/node/factFiles';
import { fact, factsFile } from './fixtures/build';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-facts-'));
  fs.mkdirSync(path.join(dir, '.tally', 'facts'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.tally', 'facts', 'b.yaml'), factsFile(fact('B')));
  fs.writeFileSync(path.join(dir, '.tally', 'facts', 'a.yml'), factsFile(fact('A')));
  fs.writeFileSync(path.join(dir, '.tally', 'facts', 'c.json'), '{"facts": []}');
  fs.writeFileSync(path.join(dir, '.tally', 'facts', 'notes.md'), '# not a fact file');
  fs.writeFileSync(path.join(dir, 'single.yaml'), factsFile(fact('S')));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('bundled data', () => {
  it('is found from the sources by walking up to package.json', () => {
    const data = bundledDataDir();
    expect(fs.existsSync(path.join(data, 'entities.yaml'))).toBe(true);
    expect(path.basename(data)).toBe('data');
  });

  it('is read entities first, then metrics, then the fact files in name order', () => {
    const files = readBundledFactFiles(bundledDataDir());
    const names = files.map((f) => path.relative(bundledDataDir(), f.path));
    expect(names.slice(0, 2)).toEqual(['entities.yaml', 'metrics.yaml']);
    expect(names.slice(2)).toEqual([...names.slice(2)].sort());
    expect(names.slice(2).every((n) => n.startsWith(`facts${path.sep}`))).toBe(true);
    expect(files.every((f) => f.origin === 'bundled' && f.readError === undefined && f.text.length > 0)).toBe(true);
  });

  it('reports a missing data folder instead of throwing', () => {
    const files = readBundledFactFiles(path.join(dir, 'nowhere'));
    expect(files.every((f) => f.readError !== undefined)).toBe(true);
  });
});

describe('workspace packs', () => {
  it('reads files and folders relative to the workspace, skipping other file types and repeats', () => {
    const files = readFactPackFiles(['.tally/facts', 'single.yaml', './single.yaml'], dir);
    expect(files.map((f) => path.relative(dir, f.path))).toEqual([
      path.join('.tally', 'facts', 'a.yml'),
      path.join('.tally', 'facts', 'b.yaml'),
      path.join('.tally', 'facts', 'c.json'),
      'single.yaml',
    ]);
    expect(files.every((f) => f.origin === 'workspace')).toBe(true);
  });

  it('turns a missing path into a problem at that path', () => {
    const files = readFactPackFiles(['missing/*.yaml'], dir);
    expect(files).toEqual([{ path: path.join(dir, 'missing', '*.yaml'), text: '', origin: 'workspace', readError: 'no such file or folder.' }]);
    const kb = loadFactBase(files);
    expect(kb.problems[0]).toMatchObject({ code: FACT_PROBLEM.fileUnreadable, origin: { file: files[0].path, line: 1, column: 1 } });
  });

  it('does not read a file above the size cap', () => {
    const big = path.join(dir, 'big.yaml');
    fs.writeFileSync(big, 'x'.repeat(MAX_FILE_CHARS + 10));
    const [file] = readFactPackFiles(['big.yaml'], dir);
    expect(file.text).toBe('');
    expect(file.readError).toContain('limit is 5 MB');
  });
});
