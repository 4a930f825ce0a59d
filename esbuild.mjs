// Bundles the three entry points into CommonJS for Node 20. unified/remark are ESM-only and get
// bundled in; only `vscode` stays external (VS Code provides it to the client at run time).
import * as esbuild from 'esbuild';
import { buildFactSnapshot } from './scripts/build-facts.mjs';
import { regexNeedsTable } from './scripts/build-regex-needs.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Fact data and check docs are read from data/ at run time, relative to the bundle.
  loader: { '.md': 'text' },
  // The period patterns' needs, read at build time (scripts/build-regex-needs.mjs). Not when watching:
  // a change to the reader would leave them stale, so the watched bundles read the patterns at start.
  ...(watch ? {} : { define: { TALLY_REGEX_NEEDS: JSON.stringify(JSON.stringify(await regexNeedsTable())) } }),
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // dist/server.js is a small loader; the server itself, dist/serverMain.js, goes through its code cache.
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/serverMain.ts'], outfile: 'dist/serverMain.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  // Worker threads of workspace-wide checks (server/src/node/checkPool.ts), started by the CLI and the server.
  { entryPoints: ['server/src/node/checkWorker.ts'], outfile: 'dist/checkWorker.js' },
];

// dist/facts.snapshot.json: the bundled facts loaded and validated by the same loader sources, so the
// server and CLI skip parsing the YAML at start. A problem in data/ fails the build. When watching, it
// is rebuilt after each server rebuild (a loader change), and a failure is reported without stopping.
const factSnapshot = {
  name: 'facts-snapshot',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length > 0) return;
      await buildFactSnapshot().catch((error) => console.error(`✘ facts snapshot: ${error.message}`));
    });
  },
};

const contexts = await Promise.all(
  entries.map((e) => esbuild.context({ ...common, ...e, ...(watch && e.outfile === 'dist/serverMain.js' ? { plugins: [factSnapshot] } : {}) })),
);
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  try {
    await buildFactSnapshot();
  } catch (error) {
    console.error(`✘ ${error.message}`);
    process.exit(1);
  }
}
