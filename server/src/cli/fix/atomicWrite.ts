/**
 * Writes a file so that a reader (or a crash) sees either the old content or the new, never half:
 * a temporary file in the same folder (same file system, so rename is atomic), flushed, given the
 * original's permissions, then renamed over the original.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

export function writeFileAtomic(target: string, bytes: Buffer): void {
  const file = fs.realpathSync(target); // a symlinked draft keeps its link; the file it points to changes
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.tally-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const mode = fs.statSync(file).mode & 0o7777;
  try {
    const fd = fs.openSync(temp, 'wx', mode);
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.chmodSync(temp, mode); // openSync's mode is filtered by the umask
    fs.renameSync(temp, file);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw err;
  }
}
