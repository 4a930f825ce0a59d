/**
 * Arithmetic checks: relations between the draft's own numbers (checking-model §2), no fact base needed
 * except for unit prices and exchange rates. Each relation lives in its own module and is listed here.
 */
import type { Claim, Finding } from '../../model';
import type { FactBase } from '../../facts/index';
import type { DocumentModel } from '../../document/documentModel';
import type { Locale } from '../../i18n/messages';

export interface ArithmeticInput {
  doc: DocumentModel;
  claims: Claim[];
  kb: FactBase;
  documentDate?: string;
  locale: Locale;
}

export type RelationCheck = (input: ArithmeticInput) => Finding[];

const RELATIONS: RelationCheck[] = [];

export function runArithmetic(input: ArithmeticInput): Finding[] {
  const out: Finding[] = [];
  for (const relation of RELATIONS) out.push(...relation(input));
  return out;
}
