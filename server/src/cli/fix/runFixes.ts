/**
 * `tally check --fix` and `--fix-dry-run` over checked files. A file is written only when it is still
 * exactly what was checked; after a write it is checked again, so the report shows what remains.
 */
import type { Finding } from '../../core/model';
import { checkFile, type CheckContext, type FileResult } from '../checkRun';
import { changedOnDisk } from '../textFile';
import { writeFileAtomic } from './atomicWrite';
import { applyToBytes, planFixes } from './plan';
import { unifiedDiff } from './unifiedDiff';

export interface FixOutcome {
  /** The results after fixing: re-checked after a write; in a dry run, without the findings a fix would remove. */
  results: FileResult[];
  /** The certain fixes made (or, in a dry run, that would be made). */
  fixed: { path: string; finding: Finding }[];
  filesChanged: number;
  /** Unified diff of every change (dry run only). */
  diff: string;
  /** Files left alone, and why. */
  skipped: { path: string; reason: string }[];
}

export function runFixes(results: FileResult[], ctx: CheckContext, dryRun: boolean): FixOutcome {
  const outcome: FixOutcome = { results: [], fixed: [], filesChanged: 0, diff: '', skipped: [] };
  for (const r of results) {
    const plan = planFixes(r.text, r.analysis.findings);
    if (plan.edits.length === 0) {
      outcome.results.push(r);
      continue;
    }
    if (dryRun) {
      outcome.diff += unifiedDiff(r.path, r.text, plan.edits);
      outcome.fixed.push(...plan.fixed.map((finding) => ({ path: r.path, finding })));
      outcome.filesChanged++;
      // What would remain after the fix: the exit code of a dry run matches that of a real --fix.
      const remaining = r.analysis.findings.filter((f) => !plan.fixed.includes(f));
      outcome.results.push({ ...r, analysis: { ...r.analysis, findings: remaining } });
      continue;
    }
    const reason = !r.file
      ? 'text read from stdin cannot be fixed in place (use --fix-dry-run for a diff)'
      : !r.file.exact
        ? `it is not valid ${r.file.encoding === 'utf8' ? 'UTF-8' : 'UTF-16'}, so offsets cannot be mapped to bytes safely`
        : changedOnDisk(r.file);
    if (reason || !r.file) {
      outcome.skipped.push({ path: r.path, reason: reason ?? '' });
      outcome.results.push(r);
      continue;
    }
    const bytes = applyToBytes(r.file, plan.edits);
    writeFileAtomic(r.file.path, bytes);
    outcome.fixed.push(...plan.fixed.map((finding) => ({ path: r.path, finding })));
    outcome.filesChanged++;
    outcome.results.push(checkFile(r.file.path, r.path, ctx));
  }
  return outcome;
}
