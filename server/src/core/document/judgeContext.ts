/**
 * What the verdict steps read about a claim's sentence (`JudgeContext`, checks/facts/judgement.ts), for
 * the claims of one block: each sentence's prose, quantities and periods are worked out once and shared
 * by every claim of that sentence (a dense report has about three claims to a sentence).
 *
 * The context is an instance of a class whose lazy readings are getters on the prototype, not an object
 * literal with `get` members: V8 keeps such a literal in dictionary mode (its getters are new closures
 * each time, so no two contexts share a hidden class), which made each of the dozens of `context.…`
 * reads per claim in the verdict steps a hash lookup. Instances of one class share one hidden class.
 * No verdict step spreads or enumerates the context, so own and inherited properties read the same.
 */
import type { Period, Quantity, Span } from '../model';
import { findPeriods } from '../bind/index';
import type { JudgeContext } from '../checks/facts/judgement';
import { proseText, quantitiesIn, type DocumentModel } from './documentModel';
import { recognize } from '../recognize/index';

/** The readings of a block's sentences, keyed by the sentence's start (binding gives one span per start). */
export class SentenceReadings {
  private readonly texts = new Map<number, { end: number; text: string }>();
  private readonly periods = new Map<number, Period[]>();
  private readonly quantities = new Map<number, Quantity[]>();
  private leadReading: JudgeContext['lead'] | null = null;

  constructor(
    private readonly doc: DocumentModel,
    private readonly documentDate: string | undefined,
    /** The block's lead line in `doc.text` (leadLine.ts), if it has one. */
    private readonly leadSpan?: Span,
  ) {}

  /** The lead line and its quantities, recognised when a verdict step first asks (the lead is in the prefix, outside the block's quantities). */
  lead(): JudgeContext['lead'] {
    if (this.leadReading === null) {
      const text = this.leadSpan && this.doc.text.slice(this.leadSpan.start, this.leadSpan.end);
      this.leadReading = text === undefined ? undefined : { text, quantities: recognize(text) };
    }
    return this.leadReading;
  }

  /** The sentence's masked prose (proseText): one string for all its claims, not a fresh copy for each. */
  text(sentence: Span): string {
    const known = this.texts.get(sentence.start);
    if (known && known.end === sentence.end) return known.text;
    const text = proseText(this.doc, sentence);
    this.texts.set(sentence.start, { end: sentence.end, text });
    return text;
  }

  /** The periods the sentence names, scanned when a verdict step first asks. */
  periodsOf(sentence: Span): Period[] {
    let periods = this.periods.get(sentence.start);
    if (!periods) {
      periods = findPeriods(this.doc.text, sentence, { documentDate: this.documentDate }).map((m) => m.period);
      this.periods.set(sentence.start, periods);
    }
    return periods;
  }

  /** The sentence's quantities relative to its start (quantitiesIn), found when a verdict step first asks. */
  quantitiesOf(sentence: Span): Quantity[] {
    let quantities = this.quantities.get(sentence.start);
    if (!quantities) this.quantities.set(sentence.start, (quantities = quantitiesIn(this.doc, sentence)));
    return quantities;
  }

  /** The judge's context for a claim of the sentence `sentence`. */
  contextFor(sentence: Span): JudgeContext {
    return new ClaimContext(this, sentence, this.documentDate, this.text(sentence), this.doc.text);
  }
}

class ClaimContext implements JudgeContext {
  constructor(
    private readonly readings: SentenceReadings,
    private readonly sentence: Span,
    readonly documentDate: string | undefined,
    readonly sentenceText: string,
    readonly contextText: string,
  ) {}

  // Read by a few late verdict steps only: the sentence is scanned for periods when one asks.
  get sentencePeriods(): Period[] {
    return this.readings.periodsOf(this.sentence);
  }

  // Read by a few verdict steps only, once per sentence, in the sentence's own offsets.
  get sentenceQuantities(): Quantity[] {
    return this.readings.quantitiesOf(this.sentence);
  }

  // Read by the job-cost reading only, for a bare price in a list under a lead.
  get lead(): JudgeContext['lead'] {
    return this.readings.lead();
  }
}
