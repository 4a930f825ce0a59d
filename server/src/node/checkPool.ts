/**
 * A small pool of worker threads that check drafts in parallel, for the workspace-wide checks
 * (`tally check <folder>` and the server's `tally/checkFiles`). Each worker (dist/checkWorker.js) loads
 * the fact base once with the same FactStore options as the caller, then runs the same `analyze` on each
 * draft it is handed, so results equal the serial path's; callers put them back in input order.
 *
 * Starting a worker costs a few hundred milliseconds (loading the bundle and the facts), so callers use
 * the pool only for many files (`autoJobs`). The CLI also checks drafts on its own thread meanwhile
 * (`run`'s `local`), since it has nothing else to do; the server does not, so it stays responsive.
 *
 * Failure never loses a draft and never hangs: a draft whose worker crashed (or that threw) comes back
 * as `{ ok: false, error }` and the caller checks it again on its own thread; the other drafts that worker
 * held go back in the queue, and a replacement worker is started. A worker that cannot even start (a
 * missing bundle) is not replaced; when no worker is left, the queued drafts fail the same way.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Analysis } from '../core/analyze';
import type { Finding } from '../core/model';
import type { Options } from '../core/options';
import type { Locale } from '../core/i18n/messages';
import type { FactStoreOptions } from './factStore';

/** Below both of these a workspace check stays on one thread: starting workers would cost more than it saves. */
export const MIN_FILES = 8;
export const MIN_BYTES = 200_000;
/** More threads than this gain little and multiply the memory of the fact base. */
export const MAX_JOBS = 8;
/** Drafts handed to one worker at a time: the next one waits in its queue while it checks the first. */
const IN_FLIGHT = 2;
const WORKER_FILE = 'checkWorker.js';

export type WorkerData = { facts: FactStoreOptions };
export interface WorkerRequest {
  id: number;
  /** Shown in failures (the file's path). */
  label: string;
  text: string;
  options: Options;
  locale: Locale;
  want: 'analysis' | 'findings';
}
export type WorkerReply =
  | { ready: true; facts: number }
  | { id: number; ok: true; ms: number; analysis?: Analysis; findings?: Finding[] }
  | { id: number; ok: false; error: string };

export interface CheckTask {
  label: string;
  text: string;
  options: Options;
  locale: Locale;
}
export type TaskOutcome<T> = { ok: true; value: T; ms: number } | { ok: false; error: string };

/** A CancellationToken, or anything shaped like one. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
  onCancellationRequested?(listener: () => void): unknown;
}

/** The number of CPU cores this process may use. */
export function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/** Threads for a workspace check of `files` drafts totalling `bytes`: 1 unless there are many and several cores. */
export function autoJobs(files: number, bytes: number, cores = availableCores()): number {
  if (cores < 2 || (files < MIN_FILES && bytes < MIN_BYTES)) return 1;
  return Math.max(1, Math.min(cores, MAX_JOBS, files));
}

/**
 * The worker bundle: beside this bundle (dist/) when built; when running from source (unit tests), the
 * dist/ of the nearest ancestor holding package.json.
 */
export function workerScript(): string {
  const beside = path.join(__dirname, WORKER_FILE);
  if (fs.existsSync(beside)) return beside;
  for (let dir = __dirname; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const built = path.join(dir, 'dist', WORKER_FILE);
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(built)) return built;
  }
  return beside;
}

export interface PoolOptions {
  /** Worker threads. */
  size: number;
  facts: FactStoreOptions;
  /** What each draft's result is: the whole Analysis (the CLI's formats need claims) or only findings. */
  want: 'analysis' | 'findings';
  workerPath?: string;
  /** Close the workers after this long without work (the server keeps its pool between batches). */
  idleMs?: number;
}

interface Job {
  id: number;
  task: CheckTask;
  /** Records the outcome (undefined: dropped unstarted after a cancellation). */
  settle: (outcome: TaskOutcome<unknown> | undefined) => void;
  /** The run it belongs to, so that run's own thread can take its jobs too. */
  run: object;
  /** Its run was cancelled or has finished: the draft is no longer wanted. */
  stale: () => boolean;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Jobs posted to this worker, oldest (the one it is checking) first. */
  held: Job[];
  exited: boolean;
}

export class CheckPool<T = Analysis> {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  /** A worker failed to start: starting more would fail the same way. */
  private broken: string | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly script: string;

  constructor(private readonly options: PoolOptions) {
    this.script = options.workerPath ?? workerScript();
    this.topUp();
  }

  /** Live workers (for tests and logs). */
  get workers(): number {
    return this.slots.filter((s) => !s.exited).length;
  }

  /** Why no worker can start (a missing or broken bundle), once one failed to. */
  get problem(): string | undefined {
    return this.broken;
  }

  /** Closed (by `close` or after `idleMs` without work): make a new pool. */
  get isClosed(): boolean {
    return this.closed;
  }

  /**
   * Checks every task and resolves with one outcome per task, in input order; `undefined` for a task
   * that was never started because `cancel` fired (the run then resolves at once, without waiting for
   * drafts still in a worker). With `local`, this thread checks queued drafts of this run too, yielding
   * to the event loop between drafts so workers keep being fed.
   */
  async run(tasks: CheckTask[], opts: { local?: (task: CheckTask) => T; cancel?: Cancellation; onSettled?: (index: number) => void } = {}): Promise<(TaskOutcome<T> | undefined)[]> {
    const out: (TaskOutcome<T> | undefined)[] = new Array(tasks.length).fill(undefined);
    const runKey = {};
    let finished = false;
    const stale = () => finished || opts.cancel?.isCancellationRequested === true;
    let remaining = tasks.length;
    if (remaining === 0) return out;
    if (this.closed) return tasks.map(() => ({ ok: false, error: 'the worker pool was closed' }));
    clearTimeout(this.idleTimer);
    const settled: boolean[] = new Array(tasks.length).fill(false);
    return new Promise((resolve) => {
      const finish = () => {
        if (finished) return;
        finished = true;
        // Jobs of this run nobody started: drop them.
        for (let i = this.queue.length - 1; i >= 0; i--) if (this.queue[i].run === runKey) this.queue.splice(i, 1);
        this.updateRefs();
        this.scheduleIdle();
        resolve(out);
      };
      opts.cancel?.onCancellationRequested?.(finish);
      tasks.forEach((task, index) => {
        this.queue.push({
          id: this.nextId++,
          task,
          run: runKey,
          stale,
          settle: (outcome) => {
            if (finished || out[index] || settled[index]) return;
            settled[index] = true;
            out[index] = outcome as TaskOutcome<T> | undefined;
            if (outcome) opts.onSettled?.(index);
            if (--remaining === 0) finish();
          },
        });
      });
      this.topUp();
      this.failQueuedIfNoWorkers(this.broken ?? 'no worker thread is running');
      this.pump();
      if (stale()) finish();
      if (opts.local) void this.runLocal(runKey, opts.local, () => finished);
    });
  }

  /** Stops every worker. Drafts still queued or held fail (their callers check them on their own thread). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.idleTimer);
    const pending = [...this.queue.splice(0), ...this.slots.flatMap((s) => s.held.splice(0))];
    for (const job of pending) job.settle({ ok: false, error: 'the worker pool was closed' });
    await Promise.all(this.slots.filter((s) => !s.exited).map((s) => s.worker.terminate().catch(() => undefined)));
  }

  private async runLocal(runKey: object, local: (task: CheckTask) => T, finished: () => boolean): Promise<void> {
    for (;;) {
      // Let workers' replies in first, so they get their next draft before this thread takes one.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (finished()) return;
      this.updateRefs();
      const at = this.queue.findIndex((j) => j.run === runKey);
      if (at < 0) return;
      const [job] = this.queue.splice(at, 1);
      if (job.stale()) {
        job.settle(undefined);
        continue;
      }
      const t0 = performance.now();
      try {
        job.settle({ ok: true, value: local(job.task), ms: performance.now() - t0 });
      } catch (error) {
        job.settle({ ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    }
  }

  /** Starts workers up to `size` (unless one failed to start: the next would too). */
  private topUp(): void {
    while (!this.closed && !this.broken && this.workers < Math.max(1, this.options.size)) this.spawn();
  }

  private spawn(): void {
    let worker: Worker;
    try {
      worker = new Worker(this.script, { workerData: { facts: this.options.facts } satisfies WorkerData });
    } catch (error) {
      this.broken = `a worker thread could not start: ${(error as Error).message}`;
      return;
    }
    const slot: Slot = { worker, ready: false, held: [], exited: false };
    this.slots.push(slot);
    this.updateRefs();
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        this.pump();
        return;
      }
      const at = slot.held.findIndex((j) => j.id === reply.id);
      if (at < 0) return;
      const [job] = slot.held.splice(at, 1);
      job.settle(reply.ok ? { ok: true, value: this.options.want === 'findings' ? reply.findings : reply.analysis, ms: reply.ms } : { ok: false, error: reply.error });
      this.pump();
    });
    let failure: string | undefined;
    worker.on('error', (error) => {
      failure = error.message;
    });
    worker.on('exit', (code) => this.onExit(slot, failure ?? `it exited with code ${code}`));
  }

  private onExit(slot: Slot, reason: string): void {
    slot.exited = true;
    this.slots.splice(this.slots.indexOf(slot), 1);
    if (this.closed) return;
    const [culprit, ...innocent] = slot.held.splice(0);
    // The worker was checking the oldest draft it held; the others were waiting and go back first in line.
    this.queue.unshift(...innocent.filter((j) => !j.stale()));
    if (!slot.ready) {
      this.broken = `a worker thread could not start: ${reason}`;
      culprit?.settle({ ok: false, error: this.broken });
      this.failQueuedIfNoWorkers(this.broken);
      this.pump();
      return;
    }
    culprit?.settle({ ok: false, error: `its worker thread crashed: ${reason}` });
    // Each crash fails one draft, so replacing the worker cannot loop.
    if (this.queue.length > 0) this.topUp();
    this.failQueuedIfNoWorkers(`its worker thread crashed: ${reason}`);
    this.pump();
  }

  /** With no worker left, queued drafts would wait forever: fail them so their callers check them. */
  private failQueuedIfNoWorkers(reason: string): void {
    if (this.slots.some((s) => !s.exited)) return;
    for (const job of this.queue.splice(0)) job.settle({ ok: false, error: reason });
  }

  /**
   * Workers keep the process alive while there is work (a run awaits their replies), and only then: an
   * idle pool never holds up the exit of the CLI or the server.
   */
  private updateRefs(): void {
    const busy = this.queue.length > 0;
    for (const s of this.slots) {
      if (busy || s.held.length > 0) s.worker.ref();
      else s.worker.unref();
    }
  }

  /** Hands queued drafts to ready workers, up to IN_FLIGHT each, least busy first. */
  private pump(): void {
    if (this.closed) return;
    this.dispatch();
    this.updateRefs();
  }

  private dispatch(): void {
    for (;;) {
      while (this.queue.length > 0 && this.queue[0].stale()) this.queue.shift()!.settle(undefined);
      if (this.queue.length === 0) return;
      const slot = this.slots.filter((s) => s.ready && !s.exited && s.held.length < IN_FLIGHT).sort((a, b) => a.held.length - b.held.length)[0];
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.held.push(job);
      const req: WorkerRequest = { id: job.id, label: job.task.label, text: job.task.text, options: job.task.options, locale: job.task.locale, want: this.options.want };
      slot.worker.postMessage(req);
    }
  }

  private scheduleIdle(): void {
    if (this.options.idleMs === undefined || this.closed) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.queue.length === 0 && this.slots.every((s) => s.held.length === 0)) void this.close();
    }, this.options.idleMs);
    this.idleTimer.unref();
  }
}
