/**
 * The per-block stage of the pipeline: Markdown block → prose segments → sentences → quantities.
 *
 * Everything here depends only on the block's own text, so results are cached by that text and
 * reused after an edit elsewhere in the document (see BlockCache). Offsets inside a BlockResult are
 * relative to the block's start; the document stage shifts them.
 */
import type { Quantity } from '../model';
import { extractProse, type ProseSegment } from '../markdown/prose';
import { splitSentences, type Sentence } from '../text/sentences';
import { recognize } from '../recognize/index';
import { shareQuantityStyles } from './sharedParts';
import { NUMERAL_CHARS } from '../text/numeralChars';

export interface BlockResult {
  segments: ProseSegment[];
  sentences: Sentence[];
  /** Offsets relative to the block; each quantity lies inside one sentence. */
  quantities: Quantity[];
  /** Whether remark was run at all (blocks without digits or Chinese numerals are skipped). */
  parsed: boolean;
}

/** A block with no digit and no Chinese numeral (or vague number word) cannot hold a claim. */
const MAY_HOLD_NUMBER = new RegExp(
  String.raw`[0-9${NUMERAL_CHARS}半倍]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|half|double|doubled|tripled|twice|third|quarter|tenth|dozen|dozens|hundreds|thousands|millions|billions|trillions)\b`,
  'i',
);

const EMPTY: BlockResult = Object.freeze({ segments: [], sentences: [], quantities: [], parsed: false }) as BlockResult;

export function analyzeBlock(source: string): BlockResult {
  if (!MAY_HOLD_NUMBER.test(source)) return EMPTY;
  const segments = extractProse(source, 0);
  const sentences: Sentence[] = [];
  const quantities: Quantity[] = [];
  for (const seg of segments) {
    for (const sentence of splitSentences(seg.masked, seg.start)) {
      sentences.push(sentence);
      const slice = seg.masked.slice(sentence.start - seg.start, sentence.end - seg.start);
      for (const q of recognize(slice, { lang: sentence.lang })) {
        const start = sentence.start + q.start;
        const end = sentence.start + q.end;
        // The mask only blanks characters; a quantity that covers a blanked character would not slice
        // back to its own text in the source, so it is dropped rather than misreported.
        if (source.slice(start, end) !== q.text) continue;
        quantities.push({ ...q, start, end });
      }
    }
  }
  shareQuantityStyles(quantities);
  return { segments, sentences, quantities, parsed: true };
}
