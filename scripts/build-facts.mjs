#!/usr/bin/env node
// Writes dist/facts.snapshot.json: the bundled fact base (data/) loaded by the REAL loader, already
// validated, with the content hash of the files it came from. The language server and the CLI restore
// it instead of parsing ~0.6 MB of YAML at every start, as long as the hash still matches data/.
//
// The loader is TypeScript, so a tiny entry importing it is bundled with esbuild into a temporary
// CommonJS file and required. Any problem in the bundled data fails the build (exit code 1).
// Called by esbuild.mjs after the bundles; also runs on its own: `node scripts/build-facts.mjs`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireTs, ROOT } from './lib/requireTs.mjs';

const ENTRY = `
export { readBundledFactFiles, hashFactFiles, dataFileName, SNAPSHOT_FILE } from './server/src/node/factFiles';
export { snapshotOf } from './server/src/core/facts/index';
`;

/** The loader and the file reader, compiled from the current sources. */
const loadLoader = () => requireTs(ENTRY, 'facts-snapshot-entry.ts');

const describe = (p) => `${p.origin ? `${path.relative(ROOT, p.origin.file)}:${p.origin.line}:${p.origin.column} ` : ''}${p.code ?? p.severity}: ${p.message}`;

/** Builds the snapshot; throws (listing every problem) when the bundled data is not clean. */
export async function buildFactSnapshot({ dataDir = path.join(ROOT, 'data'), outDir = path.join(ROOT, 'dist') } = {}) {
  const started = performance.now();
  const loader = await loadLoader();
  const files = loader.readBundledFactFiles(dataDir);
  const hash = loader.hashFactFiles(files, dataDir);
  const { snapshot, problems } = loader.snapshotOf(files, hash, (file) => loader.dataFileName(dataDir, file));
  const outfile = path.join(outDir, loader.SNAPSHOT_FILE);
  if (!snapshot) {
    // An older snapshot of the same data would still match its hash and hide what the loader now finds.
    fs.rmSync(outfile, { force: true });
    throw new Error(`The bundled fact base has ${problems.length} problem(s); no snapshot was written:\n${problems.map(describe).join('\n')}`);
  }
  const json = JSON.stringify(snapshot);
  fs.mkdirSync(outDir, { recursive: true });
  // Written whole under a temporary name first, so a running server never reads half a snapshot.
  fs.writeFileSync(`${outfile}.tmp`, json);
  fs.renameSync(`${outfile}.tmp`, outfile);
  return { outfile, facts: snapshot.facts.length, bytes: json.length, ms: performance.now() - started };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const r = await buildFactSnapshot();
    console.log(`${path.relative(ROOT, r.outfile)}: ${r.facts} facts, ${(r.bytes / 1024).toFixed(0)} KB in ${r.ms.toFixed(0)} ms`);
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    process.exitCode = 1;
  }
}
