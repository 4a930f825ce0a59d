/** Offsets → 0-based line and UTF-16 character, exactly LSP's convention (the JSON and SARIF formats use it). */
import { TextDocument } from 'vscode-languageserver-textdocument';

export interface LineIndex {
  position(offset: number): { line: number; character: number };
  lineText(line: number): string;
}

export function lineIndex(text: string): LineIndex {
  const doc = TextDocument.create('file:///x', 'markdown', 0, text);
  return {
    position: (offset) => doc.positionAt(offset),
    lineText: (line) => doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, ''),
  };
}
