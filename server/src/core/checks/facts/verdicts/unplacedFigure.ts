/**
 * A figure its own sentence does not date takes its period from the document's date or a heading, a guess
 * about which of its entity's figures it is. When the number as written is on record for the same entity
 * and metric at another time ("Nvidia's letter of intent to invest up to $100 billion", in a note dated
 * after a later, smaller Nvidia investment), the draft quotes that figure: the binder only placed it
 * where we could not tell. A slip of scale against the figure of the guessed period (tenfold, or a bound
 * off by a power of ten) is then no reading of it. Like undatedTenfoldVerdict's "a value on record as
 * written, for any period, is a figure we could not place, not a slip". Nor may a later step judge it
 * against the guessed period's figure (two "up to" bounds always meet): it is left unverified. A period
 * written in the sentence is the writer's own: that figure may still be a slip.
 */
import type { Judgement } from '../judgement';
import type { JudgeScope } from './scope';
import { matches } from '../factMatch';

/** The claim's period is not written in its sentence and its number, as written, is on record at another time. */
export function onRecordUnplaced(s: JudgeScope): boolean {
  const how = s.claim.period?.how;
  if (how === 'explicit' || how === 'sentence') return false;
  return s.comparable.some((f) => !s.samePeriod.includes(f) && matches(s.claim, f));
}

/** The judgement of such a figure: nothing to say against the guessed period. */
export function unplaced(): Judgement {
  return { verdict: 'unverifiable', deciding: [], related: [] };
}
