/**
 * The front matter's `title:` as the document's level-1 heading. A draft whose title lives only in its
 * front matter ("title: \"AMD Q4 2024: the guide did not\"", no "# " line) names its subject there, as
 * another draft does in its "# " heading: a pronoun or a subjectless figure may take the title's single
 * entity (bind/coreference.ts `headingEntity`). A "# " heading below closes it, as any level-1 heading
 * closes the one before, so drafts that repeat their title as a heading read as before.
 */
import type { Block } from '../markdown/blocks';
import type { BlockHeading } from './headingContext';
import { detached } from '../text/detach';

const TITLE_LINE = /^title:[ \t]*(.*?)[ \t]*$/m;

/** The title of a front-matter block as a level-1 heading (offsets relative to the block), or none. */
export function frontMatterTitle(text: string, block: Block): BlockHeading[] {
  const source = text.slice(block.start, block.end);
  const line = TITLE_LINE.exec(source);
  if (!line) return [];
  let start = line.index + line[0].indexOf(line[1], 'title:'.length);
  let value = line[1];
  const quote = value[0];
  if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote)) {
    value = value.slice(1, -1);
    start += 1;
  }
  // A title with a line break or a Markdown mark in it is not read: the prefix writes it as one "# " line.
  if (!value.trim() || /[\n#]/.test(value)) return [];
  return [{ start, end: start + value.length, level: 1, title: detached(value) }];
}
