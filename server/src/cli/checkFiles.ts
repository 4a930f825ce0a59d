/**
 * Checks the drafts of `tally check` on one thread or several (`--jobs`). With many drafts (autoJobs:
 * ≥ 8 files or ≥ 200 KB, and at least two cores) worker threads check them alongside this thread; the
 * results are the same as the serial path's and come back in input order, so every output format is
 * byte-for-byte the same (timings aside). `--jobs 1` keeps everything on this thread.
 *
 * A draft whose worker failed is checked again here, with a note on stderr: no draft is ever lost.
 */
import type { FactStoreOptions } from '../node/factStore';
import { autoJobs, CheckPool, type CheckTask } from '../node/checkPool';
import { analyze, type Analysis } from '../core/analyze';
import { checkText, type CheckContext, type FileResult } from './checkRun';
import { readTextFile, type TextFile } from './textFile';
import { CliError } from './io';

export interface CheckFilesOptions {
  /** Threads to use; undefined: autoJobs. */
  jobs?: number;
  /** How the workers load the same facts as `ctx.facts`. */
  facts: FactStoreOptions;
  /** Called as each draft is done (in completion order), for the progress line. */
  onProgress?: (done: number, current: string) => void;
  /** Notes for stderr (a worker that failed). */
  warn: (message: string) => void;
}

export async function checkFiles(files: { abs: string; rel: string }[], ctx: CheckContext, opts: CheckFilesOptions): Promise<FileResult[]> {
  const read: TextFile[] = files.map((f) => {
    try {
      return readTextFile(f.abs);
    } catch (err) {
      throw new CliError(`cannot read ${f.rel}: ${(err as Error).message}`);
    }
  });
  const bytes = read.reduce((n, f) => n + f.size, 0);
  const jobs = Math.min(opts.jobs ?? autoJobs(files.length, bytes), files.length);
  if (jobs <= 1) {
    return read.map((file, i) => {
      opts.onProgress?.(i, files[i].rel);
      return checkOne(file, files[i].rel, ctx);
    });
  }

  // This thread checks drafts too, so jobs - 1 workers make `jobs` threads in all.
  const pool = new CheckPool<Analysis>({ size: jobs - 1, facts: opts.facts, want: 'analysis' });
  const tasks: CheckTask[] = read.map((file, i) => ({ label: files[i].rel, text: file.text, options: ctx.options, locale: ctx.locale }));
  // Tests only: with a worker crash injected (checkWorker.ts), leave every draft to the workers.
  const local = process.env.TALLY_TEST_WORKER_CRASH ? undefined : (task: CheckTask) => analyze(task.text, { facts: ctx.facts, options: task.options, locale: task.locale });
  let done = 0;
  let outcomes;
  try {
    outcomes = await pool.run(tasks, {
      local,
      onSettled: (i) => opts.onProgress?.(++done, files[i].rel),
    });
  } finally {
    await pool.close();
  }
  // Workers that cannot start at all (a broken install): one note, and this thread checks everything.
  if (pool.problem) opts.warn(`tally: checking on one thread only: ${pool.problem}.\n`);
  return read.map((file, i) => {
    const outcome = outcomes[i];
    if (outcome?.ok) return { path: files[i].rel, text: file.text, analysis: outcome.value, ms: outcome.ms, file };
    if (!outcome || outcome.error !== pool.problem) opts.warn(`tally: ${files[i].rel}: ${outcome ? outcome.error : 'not checked'}; checking it again on the main thread.\n`);
    return checkOne(file, files[i].rel, ctx);
  });
}

function checkOne(file: TextFile, rel: string, ctx: CheckContext): FileResult {
  try {
    return { ...checkText(rel, file.text, ctx.facts, ctx.options, ctx.locale), file };
  } catch (err) {
    throw new CliError(`cannot check ${rel}: ${(err as Error).message}`);
  }
}
