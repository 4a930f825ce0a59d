/**
 * The English month names: the one list every month pattern, table and label is derived from
 * (period patterns, date lines, dated cells, cues of cadence). Each pattern is a RegExp source without a
 * group, capitalised as the names are written; a reader that does not care about case adds the `i`
 * flag. Build RegExps from these once, at module load.
 */

/** The months' full names, January first. */
export const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Jan", "Sep": each month's first three letters, how a label names it and how every abbreviation begins. */
export const MONTH_ABBREVIATIONS_EN = MONTHS_EN.map((name) => name.slice(0, 3));

/** Each name and abbreviation ("Sept" as well as "Sep"), lower case, to its month number. */
export const MONTH_NUMBERS_EN: Record<string, number> = {
  ...Object.fromEntries(MONTHS_EN.map((name, i) => [name.toLowerCase(), i + 1])),
  ...Object.fromEntries(MONTH_ABBREVIATIONS_EN.map((abbreviation, i) => [abbreviation.toLowerCase(), i + 1])),
  sept: 9,
};

/**
 * A month's name or abbreviation ("September", "Sept", "Sep", "May"), longest first so that a reader
 * without a word boundary after it takes "September" whole rather than "Sep".
 */
export const MONTH_NAME_EN = Object.keys(MONTH_NUMBERS_EN)
  .sort((a, b) => b.length - a.length)
  .map((name) => name[0].toUpperCase() + name.slice(1))
  .join('|');

/** A month's full name only ("March", never "Mar"). */
export const MONTH_FULL_NAME_EN = MONTHS_EN.join('|');

/**
 * A month's first three letters ("Jan", "Sep"): the stem of its name and of every abbreviation, for a
 * reader that lets any letters follow ("Sep", "Sept", "September" alike) or only looks ahead for a month.
 */
export const MONTH_STEM_EN = MONTH_ABBREVIATIONS_EN.join('|');
