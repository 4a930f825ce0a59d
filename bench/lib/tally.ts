/**
 * The parts of Tally the benchmark calls in-process, bundled by bench/lib/build.mjs into one CommonJS
 * file (the core is TypeScript): analyze with a fresh or reused BlockCache, the bundled fact base, the
 * adversarial document builders shared with the property tests.
 */
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { BlockCache } from '../../server/src/core/document/documentModel';
import type { FactBase } from '../../server/src/core/facts/index';
import { FactStore } from '../../server/src/node/factStore';
import { ADVERSARIAL } from '../../test/property/adversarial';
import { recognize } from '../../server/src/core/recognize/index';

export { analyze, BlockCache, ADVERSARIAL, recognize };

let facts: FactBase | undefined;

/** The bundled fact base, read from `root`/data the way the CLI reads it. */
export function bundledFacts(root: string): FactBase {
  facts ??= new FactStore({ packPaths: [], cwd: root, trusted: false, dataDir: path.join(root, 'data') }).facts;
  return facts;
}
