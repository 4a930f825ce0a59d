/**
 * Keeps the server's memory near what it holds on to while a very large document is edited.
 *
 * Every edit of a multi-megabyte report leaves the previous text behind (the editor's changes are
 * applied by concatenation and flattened on first read: one full copy per keystroke). V8 collects that
 * garbage only when its heap has grown a long way, so after a few hundred keystrokes a server holding
 * 200 MB could sit at well over a gigabyte. When the heap has grown far beyond what was live after the
 * last full collection, this runs one, right after the response that caused it has been sent.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/** Growth that triggers a collection: at least this much, and at least as much as was live. */
const MIN_GROWTH = 256 * 1024 * 1024;

let collect: (() => void) | undefined | null;

/** V8's gc(), exposed at run time (the server is started without flags by most clients). */
function collector(): (() => void) | undefined {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collect = vm.runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  return collect ?? undefined;
}

export class MemoryKeeper {
  private live = process.memoryUsage().heapUsed;
  private scheduled = false;

  /** Call after answering a request about a document of `length` characters. */
  afterAnalysis(length: number): void {
    if (this.scheduled || length < 1_000_000) return;
    const used = process.memoryUsage().heapUsed;
    if (used - this.live < Math.max(MIN_GROWTH, this.live)) return;
    const gc = collector();
    if (!gc) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      gc();
      this.live = process.memoryUsage().heapUsed;
    });
  }
}
