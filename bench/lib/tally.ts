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
import { buildDocument } from '../../server/src/core/document/documentModel';
import { bindClaims } from '../../server/src/core/bind/index';
import { readRelations } from '../../server/src/core/checks/arithmetic/index';

export { analyze, BlockCache, ADVERSARIAL, recognize };

/**
 * Every arithmetic relation the checks read in `text` (scripts/eval-misses.mjs: which relation read a missed
 * span, and whether it found it consistent). The whole text as one document: a block's table above is not read.
 */
export function relationsIn(text: string, facts: FactBase, documentDate?: string) {
  const doc = buildDocument(text);
  const claims = bindClaims({ text, quantities: doc.quantities, sentences: doc.sentences, paragraphs: doc.segments }, facts, { documentDate });
  return readRelations({ doc, claims, kb: facts, documentDate, locale: 'en' });
}

let facts: FactBase | undefined;

/** The bundled fact base, read from `root`/data the way the CLI reads it. */
export function bundledFacts(root: string): FactBase {
  facts ??= new FactStore({ packPaths: [], cwd: root, trusted: false, dataDir: path.join(root, 'data') }).facts;
  return facts;
}
