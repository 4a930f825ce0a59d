/**
 * Runs the arithmetic checks on a piece of Markdown the way analyze() does: document model, claims bound
 * against the bundled fact base, then runArithmetic / readRelations.
 */
import path from 'node:path';
import { buildDocument } from '../../../server/src/core/document/documentModel';
import { bindClaims } from '../../../server/src/core/bind/index';
import { loadFactBase, type FactBase } from '../../../server/src/core/facts/index';
import { readBundledFactFiles } from '../../../server/src/node/factFiles';
import { readRelations, runArithmetic, type ReadRelation } from '../../../server/src/core/checks/arithmetic/index';
import type { Finding } from '../../../server/src/core/model';
import type { Locale } from '../../../server/src/core/i18n/messages';

let kb: FactBase | undefined;
export function bundledFacts(): FactBase {
  kb ??= loadFactBase(readBundledFactFiles(path.resolve(__dirname, '..', '..', '..', 'data')));
  return kb;
}

export interface Checked {
  findings: Finding[];
  relations: ReadRelation[];
}

export function check(text: string, options: { date?: string; locale?: Locale; facts?: FactBase } = {}): Checked {
  const facts = options.facts ?? bundledFacts();
  const doc = buildDocument(text);
  const claims = bindClaims({ text, quantities: doc.quantities, sentences: doc.sentences, paragraphs: doc.segments }, facts, {
    documentDate: options.date,
  });
  const input = { doc, claims, kb: facts, documentDate: options.date, locale: options.locale ?? 'en' };
  return { findings: runArithmetic(input), relations: readRelations(input) };
}
