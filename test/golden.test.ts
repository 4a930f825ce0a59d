/**
 * Golden whole-document tests: every test/fixtures/docs/*.md is checked with the bundled facts and the
 * readable report (the CLI's text format: file:line:col, caret underline, evidence, fix) is compared
 * with test/fixtures/golden/<name>.findings.txt. Regenerate after an intended change with
 *   UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts
 * and review the diff like code.
 */
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../server/src/cli/checkRun';
import { formatText } from '../server/src/cli/format/text';
import { DEFAULT_OPTIONS } from '../server/src/core/options';
import { bundledFacts } from './helpers/facts';

const docsDir = path.join(__dirname, 'fixtures', 'docs');
const goldenDir = path.join(__dirname, 'fixtures', 'golden');
const docs = fs.readdirSync(docsDir).filter((f) => f.endsWith('.md')).sort();

describe('golden findings', () => {
  it('has fixtures', () => expect(docs.length).toBeGreaterThan(0));
  for (const name of docs) {
    it(name, () => {
      const text = fs.readFileSync(path.join(docsDir, name), 'utf8');
      const locale = name.includes('.zh') ? 'zh-cn' : 'en';
      const result = checkText(name, text, bundledFacts(), DEFAULT_OPTIONS, locale);
      const report = formatText([result], { color: false, quiet: false });
      const goldenFile = path.join(goldenDir, name.replace(/\.md$/, '.findings.txt'));
      if (process.env.UPDATE_GOLDEN) fs.writeFileSync(goldenFile, report);
      expect(report).toBe(fs.readFileSync(goldenFile, 'utf8'));
    });
  }
});
