/**
 * A figure of one variant of a measure written for another: "1,979 TFLOPS of dense BF16", "FP8稠密算力为
 * 3958 TFLOPS", where 1,979 is the sparse BF16 (or dense FP8) throughput and the dense BF16 one is 989.
 * A product's figures of one measure come in variants the fact base tells apart by qualifiers (numeric
 * precision: FP4, FP8, FP16/BF16; sparsity: dense, sparse), and writers quote one variant's figure under
 * another's words. Such a figure matches a fact, so step 1 would call it supported; it is not.
 *
 * Before step 1 of the verdict order: the variant words written in the figure's own stretch of the
 * sentence (from the previous figure or clause break to the next) select the facts whose qualifiers do
 * not contradict them. When one of those is on record and none meets the figure, but a fact of a
 * contradicted variant does, the writer gave that variant's figure: wrong metric. Words of no group, a
 * fact with no qualifier of a group, or no written variant of the measure on record leave the claim to
 * the steps that follow. The period plays no part: a spec's variants differ at any date.
 */
import type { Fact } from '../../../model';
import type { Judgement, JudgeContext } from '../judgement';
import type { JudgeScope } from './scope';
import { matches } from '../factMatch';
import { columnHeaderOf } from '../jobCost';

/**
 * The variant words, by group: a written word selects its class, and a fact qualifier of the same group
 * but another class contradicts it. `qualifiers` are the fact base's names for the class.
 */
interface VariantClass {
  readonly group: 'precision' | 'sparsity';
  readonly name: string;
  readonly qualifiers: readonly string[];
  readonly words: RegExp;
}

// Dense before sparse: "不带稀疏" / "without sparsity" names the dense figure and holds the sparse word.
const CLASSES: readonly VariantClass[] = [
  { group: 'sparsity', name: 'dense', qualifiers: ['dense'], words: /\bdense\b|\bwithout\s+sparsity\b|\bnon-sparse\b|稠密|不带稀疏|无稀疏|非稀疏/gi },
  { group: 'sparsity', name: 'sparse', qualifiers: ['sparse'], words: /\bsparse\b|\bwith\s+sparsity\b|\bsparsity\b|稀疏/gi },
  { group: 'precision', name: 'FP4', qualifiers: ['fp4'], words: /\bFP4\b/gi },
  { group: 'precision', name: 'FP8', qualifiers: ['fp8'], words: /\bFP8\b/gi },
  { group: 'precision', name: 'FP16/BF16', qualifiers: ['fp16', 'bf16', 'bf16-fp16'], words: /\b(?:FP16|BF16)\b/gi },
  { group: 'precision', name: 'TF32', qualifiers: ['tf32'], words: /\bTF32\b/gi },
  { group: 'precision', name: 'FP64', qualifiers: ['fp64'], words: /\bFP64\b/gi },
];

/** Breaks between two figures' statements: a clause mark (a comma only before a space: "1,979" is one number). */
const BREAK = /[，；;。：:]|,\s|\|/g;

export function writtenVariantVerdict(s: JudgeScope, context: JudgeContext): Judgement | undefined {
  const { claim, comparable } = s;
  // Only measures whose facts on record carry variant qualifiers (most carry none: nothing to read).
  if (!comparable.some((f) => classesOf(f).length > 0)) return undefined;
  // A table cell's words are its column's header ("| Dense FP16 (TFLOPS) |") as well as its own.
  const header = columnHeaderOf(claim, context.contextText) ?? '';
  const written = writtenClasses(claim.quantity.start - claim.sentence.start, claim.quantity.end - claim.sentence.start, context, header);
  if (written.length === 0) return undefined;
  const contradicts = (f: Fact) => classesOf(f).some((c) => written.some((w) => w.group === c.group && w !== c));
  const agreeing = comparable.filter((f) => !contradicts(f));
  // The written variant must be on record, in every group the words name, for its figure to be told.
  if (!written.every((w) => agreeing.some((f) => classesOf(f).includes(w)))) return undefined;
  if (agreeing.some((f) => matches(claim, f))) return undefined;
  const others = comparable.filter((f) => contradicts(f) && matches(claim, f));
  if (others.length === 0) return undefined;
  const recorded = [...new Set(others.map((f) => classesOf(f).map((c) => c.name).join(' ')))].join(', ');
  const variant = { written: written.map((w) => w.name).join(' '), recorded };
  return { verdict: 'wrong-metric', deciding: others, related: agreeing.filter((f) => classesOf(f).length > 0), periodSure: true, writtenVariant: variant };
}

/** The variant classes a fact's qualifiers name. */
function classesOf(f: Fact): VariantClass[] {
  return CLASSES.filter((c) => c.qualifiers.some((q) => f.qualifiers.includes(q)));
}

/** The variant classes written in the figure's own stretch of its sentence, one per group at most. */
function writtenClasses(start: number, end: number, context: JudgeContext, header: string): VariantClass[] {
  const text = context.sentenceText;
  if (text === undefined || start < 0 || end > text.length) return [];
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(BREAK)) {
    if (m.index + m[0].length <= start) from = Math.max(from, m.index + m[0].length);
    else if (m.index >= end) to = Math.min(to, m.index);
  }
  // Another figure of the sentence bounds the stretch too: its words are its own.
  for (const o of context.sentenceQuantities ?? []) {
    if (o.end <= start) from = Math.max(from, o.end);
    else if (o.start >= end) to = Math.min(to, o.start);
  }
  let stretch = `${header} ${text.slice(from, start)} ${text.slice(end, to)}`;
  const found: VariantClass[] = [];
  for (const c of CLASSES) {
    if (stretch.search(c.words) < 0) continue; // search ignores the g flag's lastIndex
    found.push(c);
    // A word read for one class is not read again for another ("不带稀疏" is no sparse word).
    stretch = stretch.replace(c.words, ' ');
  }
  // Two classes of one group in one stretch ("FP8 and FP16") say nothing of which is the figure's.
  return found.filter((c) => !found.some((d) => d !== c && d.group === c.group));
}
