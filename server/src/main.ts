/**
 * Entry point of the language server (dist/server.js). Transport comes from the command line:
 * `--stdio` for any editor, `--node-ipc` when started by the VS Code client, `--socket=<port>`.
 *
 * A small loader: the server itself is dist/serverMain.js, loaded through a per-user V8 code cache
 * (node/compileCache.ts) that is written after the first check, so later starts skip compiling it.
 */
import * as path from 'node:path';
import { compileCacheDir, requireWithCompileCache } from './node/compileCache';

if (process.argv.includes('--version')) {
  process.stdout.write('tally-ls 0.1.0\n');
} else {
  const server = requireWithCompileCache(path.join(__dirname, 'serverMain.js'), compileCacheDir());
  (server.exports as typeof import('./serverMain')).run({ afterFirstCheck: server.save });
}
