/**
 * Measuring what a piece of code keeps alive: the heap after a full collection, before and after.
 * gc() is exposed at run time, as the language server does (server/src/lsp/memory.ts).
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

let gc: (() => void) | undefined;

/** Bytes in use on the heap after a full collection. */
export function liveHeapBytes(): number {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
  return process.memoryUsage().heapUsed;
}

/** A flat two-byte text of about 2 million characters (4 MB), different for each `seed`. */
export function longText(seed: number): string {
  const lines: string[] = [];
  for (let k = 0; k < 2_000; k++) lines.push(`第${seed}段 line ${k}: ${'营收x'.repeat(330)}`);
  return lines.join('\n');
}

/** How much the heap grew (bytes, after full collections) while `count` values made by `make` are kept. */
export function heapGrowthWhileKeeping(count: number, make: (i: number) => unknown): number {
  const before = liveHeapBytes();
  const kept: unknown[] = [];
  for (let i = 0; i < count; i++) kept.push(make(i));
  const growth = liveHeapBytes() - before;
  // Keep `kept` reachable until the measurement is taken.
  if (kept.length !== count) throw new Error('unreachable');
  return growth;
}
