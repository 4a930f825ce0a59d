/**
 * The date a document speaks from, which relative expressions ("last year", 一年前, "now") are
 * resolved against: the front matter's `date:` field, else a line near the top that is nothing but a
 * date ("March 27, 2024", "日期：2024年3月27日", "*Published 2024-03-27*"). A setting is the caller's
 * fallback when neither is present.
 */
import { isValidDate, iso } from './calendar';
import { MONTH_NAME_EN, MONTH_NUMBERS_EN } from '../text/monthNames';

const MONTH_WORD = `(${MONTH_NAME_EN})\\.?`;

/** Date forms, each anchored to the whole (trimmed) string; an optional time may follow. */
const TIME = '(?:[T\\s]+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?\\s*(?:Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?';
const FORMS: { re: RegExp; read(m: RegExpExecArray): [number, number, number] }[] = [
  { re: new RegExp(`^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${TIME}$`), read: (m) => [+m[1], +m[2], +m[3]] },
  { re: new RegExp(`^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?${TIME}$`), read: (m) => [+m[1], +m[2], +m[3]] },
  { re: new RegExp(`^${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}$`, 'i'), read: (m) => [+m[3], MONTH_NUMBERS_EN[m[1].toLowerCase()], +m[2]] },
  { re: new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_WORD},?\\s+(\\d{4})${TIME}$`, 'i'), read: (m) => [+m[3], MONTH_NUMBERS_EN[m[2].toLowerCase()], +m[1]] },
];

/** Reads a date written on its own ("2024-03-27", "March 27, 2024", "2024年3月27日"); ISO or undefined. */
export function parseDateText(raw: string): string | undefined {
  const s = raw
    .trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)/i, '')
    .replace(/\s*[（(](?:星期|周)[一二三四五六日天][)）]\s*$/, '');
  for (const form of FORMS) {
    const m = form.re.exec(s);
    if (!m) continue;
    const [y, mo, d] = form.read(m);
    return isValidDate(y, mo, d) ? iso({ y, m: mo, d }) : undefined;
  }
  return undefined;
}

/** Labels that may precede a date line near the top of a draft. */
const LABEL = /^(?:date|dated|published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|last updated|as of|日期|发布日期|发布时间|发布于|发表于|更新于|时间|写于)\s*[:：]?\s*/i;

/** How many non-empty lines from the top a date line may be found in. */
const TOP_LINES = 8;

export function documentDate(text: string): string | undefined {
  const body = text.replace(/^\uFEFF/, '');
  const front = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(body);
  if (front) {
    const field = /^date[ \t]*:[ \t]*["']?([^"'\r\n#]+?)["']?[ \t]*(?:#.*)?$/m.exec(front[1]);
    const fromFront = field ? parseDateText(field[1]) : undefined;
    if (fromFront) return fromFront;
  }
  const rest = front ? body.slice(front[0].length) : body;
  let seen = 0;
  // Line by line from the top: splitting the whole text would cost a pass over a long report per keystroke.
  for (let at = 0; at <= rest.length; ) {
    const nl = rest.indexOf('\n', at);
    const line = rest.slice(at, nl === -1 ? rest.length : nl).replace(/\r$/, '');
    at = nl === -1 ? rest.length + 1 : nl + 1;
    const bare = line
      .trim()
      // Markdown decoration around the date: heading marks, emphasis, quotes, list bullets.
      .replace(/^(?:#{1,6}\s+|>\s*|[-*+]\s+)+/, '')
      .replace(/^[*_`]+|[*_`]+$/g, '')
      .trim();
    if (!bare) continue;
    if (++seen > TOP_LINES) break;
    const date = parseDateText(bare.replace(LABEL, '').replace(/^[*_`]+|[*_`]+$/g, ''));
    if (date) return date;
  }
  return undefined;
}
