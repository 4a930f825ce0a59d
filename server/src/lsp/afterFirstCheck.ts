/**
 * When the server's `afterFirstCheck` hook runs (main.ts saves its V8 code cache there: ~50 ms of
 * synchronous work, more under load): once the server has been idle for a moment after its first
 * check, or, when `shutdown` arrives first, just after the answer to it has been sent. Never in the way
 * of an answer: a client that stops the server waits only two seconds for `shutdown` before it kills
 * the process, and a restart that times out there is a restart that never comes.
 */
import type { Connection } from 'vscode-languageserver';

/** How long after the first check's answer the hook waits, so that the requests that follow it come first. */
export const IDLE_MS = 1000;

/** Returns the function to call when a check has ended; it schedules the hook the first time. */
export function scheduleAfterFirstCheck(connection: Connection, hook: (() => void) | undefined, idleMs = IDLE_MS): () => void {
  if (!hook) return () => undefined;
  let state: 'waiting' | 'scheduled' | 'done' = 'waiting';
  let timer: NodeJS.Timeout | undefined;
  const run = () => {
    if (state === 'done') return;
    state = 'done';
    clearTimeout(timer);
    hook();
  };
  connection.onShutdown(() => {
    // The answer is written when this handler returns; the hook runs right after, before `exit` is read.
    if (state === 'scheduled') setImmediate(run);
  });
  return () => {
    if (state !== 'waiting') return;
    state = 'scheduled';
    timer = setTimeout(run, idleMs);
    timer.unref();
  };
}
