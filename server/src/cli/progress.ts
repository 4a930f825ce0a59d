/**
 * A one-line progress indicator on stderr while many files are checked, redrawn in place at most every
 * 100 ms. Only on a terminal and only with the text format: machine formats and logs never see it.
 */
const MIN_FILES = 20;
const INTERVAL_MS = 100;

export interface Progress {
  tick(done: number, current: string): void;
  done(): void;
}

const SILENT: Progress = { tick: () => undefined, done: () => undefined };

export function progress(enabled: boolean, total: number, write: (s: string) => void): Progress {
  if (!enabled || total < MIN_FILES) return SILENT;
  let last = 0;
  let drawn = false;
  const columns = process.stderr.columns || 80;
  return {
    tick(done, current) {
      const now = Date.now();
      if (now - last < INTERVAL_MS) return;
      last = now;
      const line = `Checking ${done}/${total} ${current}`;
      write(`\r\u001b[2K${line.length >= columns ? line.slice(0, columns - 2) + '…' : line}`);
      drawn = true;
    },
    done() {
      if (drawn) write('\r\u001b[2K');
    },
  };
}
