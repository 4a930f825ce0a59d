/** The bundled fact base, loaded once per test file through the same code the server and CLI use. */
import * as path from 'node:path';
import type { FactBase } from '../../server/src/core/facts/index';
import { FactStore } from '../../server/src/node/factStore';

let cached: FactBase | undefined;

export function bundledFacts(): FactBase {
  cached ??= new FactStore({ packPaths: [], cwd: process.cwd(), trusted: false, dataDir: path.resolve(__dirname, '..', '..', 'data') }).facts;
  return cached;
}
