/**
 * "have" as a measure word ("aims to have 350,000 GPUs", "will have 600,000") is a verb of holding; before
 * a past participle it is only an auxiliary: "Acme's 90,000 would have cost $2 billion", "they have been
 * buying", "will have spent". A trigger ending in have/has/had whose next word is a past participle names
 * no measure, as a reader would never read "would have cost" as a count of things owned.
 */

/** Irregular past participles that follow an auxiliary "have"; regular ones end in -ed. */
const IRREGULAR_PARTICIPLE =
  'been|cost|got|gotten|taken|made|had|seen|grown|spent|paid|bought|sold|done|gone|put|set|hit|run|become|come|won|lost|built|left|held|kept|said|told|brought|thought|raised|given|shown|known|risen|fallen|begun|driven|written|chosen|found|meant|sent|lent|shut|cut|let|split|spread|bet|burnt|burned';
const PARTICIPLE_AFTER = new RegExp(String.raw`^\s+(?:(?:already|also|now|since|just|not|never|still|probably|likely)\s+)*(?:${IRREGULAR_PARTICIPLE}|[a-z]+ed)(?![A-Za-z])`, 'i');

/** The trigger is an auxiliary "have"/"has"/"had" before a past participle. */
export function isAuxiliaryHave(text: string, trigger: string, end: number): boolean {
  return /(?:^|\s)(?:have|has|had)$/i.test(trigger) && PARTICIPLE_AFTER.test(text.slice(end, end + 40));
}
