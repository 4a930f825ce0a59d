/**
 * The diagnostics of an analysis's findings, built block by block and reused while a block stays put.
 *
 * After a keystroke in a long report every block below the edit starts one character later, yet most
 * stay on the same lines at the same columns: their diagnostics are exactly the ones sent before.
 * A block's findings list (`FindingBlock.findings`) is the same array for as long as the block's text and
 * check results are unchanged, and a position inside a block depends only on the block's text and where
 * the block starts (its line and column). So the diagnostics made for a list are kept with the position
 * its block started at, and reused (the same objects) whenever that block starts at the same position
 * again; otherwise they are made anew. Typing then neither copies findings to document offsets nor
 * converts them, and pull diagnostics compare mostly identical objects.
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FindingBlock } from '../core/analyze';
import { diagnosticAt } from './diagnostics';

interface Made {
  line: number;
  character: number;
  items: Diagnostic[];
}

export class BlockDiagnostics {
  /** Keyed by a block's findings list: dropped with the block's cached results. */
  private made = new WeakMap<object, Made>();

  of(doc: TextDocument, blocks: readonly FindingBlock[]): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const block of blocks) {
      const at = doc.positionAt(block.start);
      let made = this.made.get(block.findings);
      if (!made || made.line !== at.line || made.character !== at.character) {
        made = { line: at.line, character: at.character, items: block.findings.map((f) => diagnosticAt(doc, f, block.start)) };
        this.made.set(block.findings, made);
      }
      for (const d of made.items) out.push(d);
    }
    return out;
  }
}
