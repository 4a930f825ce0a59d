/**
 * The TextMate injection grammar (syntaxes/tally.injection.tmLanguage.json) scopes figures in Markdown
 * prose, not in code, so themes can colour them. Tokenised with vscode-textmate + vscode-oniguruma over
 * VS Code's own Markdown grammar (from the tm-grammars package) and compared with a golden listing.
 * Regenerate with UPDATE_GOLDEN=1.
 */
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const root = path.resolve(__dirname, '..');
const injection = JSON.parse(fs.readFileSync(path.join(root, 'syntaxes', 'tally.injection.tmLanguage.json'), 'utf8'));
const markdown = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'tm-grammars', 'grammars', 'markdown.json'), 'utf8'));

async function registry(): Promise<vsctm.Registry> {
  const wasm = fs.readFileSync(path.join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  return new vsctm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s: string[]) => new oniguruma.OnigScanner(s), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => (scope === 'text.html.markdown' ? markdown : scope === injection.scopeName ? injection : null),
    getInjections: (scope) => (scope === 'text.html.markdown' ? [injection.scopeName] : undefined),
  });
}

describe('TextMate injection grammar', () => {
  it('scopes money, counts and percentages in prose only', async () => {
    const grammar = (await (await registry()).loadGrammar('text.html.markdown'))!;
    const file = path.join(__dirname, 'fixtures', 'grammar', 'figures.md');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    let state = vsctm.INITIAL;
    const out: string[] = [];
    lines.forEach((line, i) => {
      const r = grammar.tokenizeLine(line, state);
      state = r.ruleStack;
      for (const t of r.tokens) {
        const scope = t.scopes.find((s) => s.endsWith('.tally'));
        if (scope) out.push(`${i + 1}:${t.startIndex} ${line.slice(t.startIndex, t.endIndex)} ${scope}`);
      }
    });
    const golden = path.join(__dirname, 'fixtures', 'grammar', 'figures.tokens.txt');
    const report = out.join('\n') + '\n';
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, report);
    expect(report).toBe(fs.readFileSync(golden, 'utf8'));
    expect(report).not.toContain('9.9B');
    expect(report).not.toContain('7.7B');
    expect(report).not.toContain('$5B');
  });
});
