/**
 * Long documents: the visible part first. When a report with many figures is opened, checking all of it
 * takes from a tenth of a second to seconds; the first diagnostics request is answered with the findings of the part the writer is looking
 * at (core/document/preview.ts), the whole document is checked in the background (in slices, answering
 * other requests), and the client is asked to pull again when it is done.
 *
 * The client reports what is visible with the `tally/visibleRanges` notification
 * ({ uri, ranges: [{ start: { line }, end: { line } }] }); without one, the top of the document is
 * assumed, which is where an editor opens a file.
 */
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../core/model';
import { figureCount } from '../core/document/checkCost';

/**
 * Figures (core/document/checkCost.ts) from which a full check takes long enough to be worth a preview:
 * about 100 ms on the README's bench machine (0.1 ms a figure), 17 KB of the bench's dense generated
 * report. Below it a preview would only add a second round trip.
 */
export const PREVIEW_MIN_FIGURES = 1_000;
/** Lines assumed visible when the client has not said. */
const DEFAULT_VISIBLE_LINES = 80;

export interface VisibleRangesParams {
  uri: string;
  ranges: { start: { line: number }; end: { line: number } }[];
}

export class VisibleRanges {
  private lines = new Map<string, { start: number; end: number }>();
  /** Documents whose first look was answered with a preview (one per opening). */
  private previewed = new Set<string>();

  listen(connection: Connection): void {
    connection.onNotification('tally/visibleRanges', (params: VisibleRangesParams) => {
      if (typeof params?.uri !== 'string' || !Array.isArray(params.ranges) || params.ranges.length === 0) return;
      const starts = params.ranges.map((r) => Number(r?.start?.line)).filter(Number.isFinite);
      const ends = params.ranges.map((r) => Number(r?.end?.line)).filter(Number.isFinite);
      if (starts.length === 0 || ends.length === 0) return;
      this.lines.set(params.uri, { start: Math.max(0, Math.min(...starts)), end: Math.max(0, ...ends) });
    });
  }

  /** Whether this document's first diagnostics should be a preview: slow to check in full, and not looked at before. */
  wantsPreview(doc: TextDocument, analysedBefore: boolean): boolean {
    if (analysedBefore || this.previewed.has(doc.uri)) return false;
    const text = doc.getText();
    return figureCount(text, 0, text.length, PREVIEW_MIN_FIGURES) >= PREVIEW_MIN_FIGURES;
  }

  markPreviewed(uri: string): void {
    this.previewed.add(uri);
  }

  /** The visible part of the document as offsets. */
  visibleSpan(doc: TextDocument): Span {
    const lines = this.lines.get(doc.uri) ?? { start: 0, end: DEFAULT_VISIBLE_LINES };
    return { start: doc.offsetAt({ line: lines.start, character: 0 }), end: doc.offsetAt({ line: lines.end + 1, character: 0 }) };
  }

  close(uri: string): void {
    this.lines.delete(uri);
    this.previewed.delete(uri);
  }
}
