// What the benchmark ran on, and the peak memory of a process it started.
import * as fs from 'node:fs';
import * as os from 'node:os';

export function machine() {
  const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown CPU';
  const load = os.loadavg()[0];
  return { nproc: os.availableParallelism?.() ?? os.cpus().length, cpu, node: process.version, memGB: Math.round(os.totalmem() / 2 ** 30), load };
}

/**
 * Peak resident memory of a live process in MB: the kernel's high-water mark (VmHWM in
 * /proc/<pid>/status), so no sample can miss a short spike. Linux only; undefined elsewhere.
 */
export function peakRssMB(pid) {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
