/**
 * "Add as fact to the workspace fact pack": appends the claim under the cursor to
 * .tally/facts/added.yaml (creating it with a `facts:` list if needed) and asks the client to open the
 * new entry so the author can add its source. Only in trusted workspaces with a folder on disk; the
 * pack file is appended to, never reformatted.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionKind, type CodeAction, type Position } from 'vscode-languageserver';
import type { CheckedClaim } from '../core/analyze';
import { ADDED_FACTS_FILE, factEntryYaml } from '../core/present/factEntry';
import { t, type Locale } from '../core/i18n/messages';
import { shownText } from '../core/recognize/shownText';

export const REVEAL_COMMAND = 'tally.revealFactEntry';

export function addFactAction(claim: CheckedClaim, root: string, documentName: string, locale: Locale, today = new Date().toISOString().slice(0, 10)): CodeAction {
  const file = path.join(root, ADDED_FACTS_FILE);
  const uri = pathToFileURL(file).href;
  const entry = factEntryYaml(claim, documentName, today);
  const title = t(locale, 'fix.addFact', { claim: shownText(claim.quantity) });
  let existing: string | undefined;
  try {
    existing = fs.readFileSync(file, 'utf8');
  } catch {
    existing = undefined;
  }
  if (existing === undefined) {
    const header = '# Facts added from drafts with Tally\'s "Add as fact" action. Add a real source to each entry.\n# yaml-language-server: $schema=https://tally.invalid/facts.schema.json\nfacts:\n';
    return {
      title,
      kind: CodeActionKind.QuickFix,
      edit: {
        documentChanges: [
          { kind: 'create', uri, options: { ignoreIfExists: true } },
          { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: header + entry }] },
        ],
      },
      command: { title, command: REVEAL_COMMAND, arguments: [uri, 3] },
    };
  }
  const end = endOf(existing);
  const needsBreak = existing.length > 0 && !existing.endsWith('\n');
  const needsList = !/^facts:\s*$/m.test(existing);
  const newText = (needsBreak ? '\n' : '') + (needsList ? 'facts:\n' : '') + entry;
  const line = end.line + (needsBreak ? 1 : 0) + (needsList ? 1 : 0);
  return {
    title,
    kind: CodeActionKind.QuickFix,
    edit: { documentChanges: [{ textDocument: { uri, version: null }, edits: [{ range: { start: end, end }, newText }] }] },
    command: { title, command: REVEAL_COMMAND, arguments: [uri, line] },
  };
}

function endOf(text: string): Position {
  const lines = text.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}
