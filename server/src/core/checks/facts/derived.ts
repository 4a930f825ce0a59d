/**
 * Amounts computed from a misread figure are wrong too. When a sentence turns percentages that are
 * really percentage points of growth into money ("1%、3%、6%的营收来自于此，换算下来分别是2.4亿、7.5亿
 * 和15.5亿美元"), the money amounts rest on the misreading even if the multiplication is right, so they
 * get the same wrong-metric finding, naming the figure they were derived from.
 */
import type { Finding, Quantity, Span } from '../../model';
import { t, type Locale } from '../../i18n/messages';
import { shownText } from '../../recognize/shownText';

/** Words that announce a total over what came before ("综合两者来看", "taken together"). */
const TOTAL_CUE = /综合|合计|总计|加起来|加总|两者相加|combined|taken together|in total|altogether|all told/i;
/** How many sentences back a total may reach for its parts. */
const TOTAL_REACH = 3;

/** Words that announce a conversion of what came before ("换算下来", "i.e.", "which works out to"). */
const CONVERSION_CUE = /换算|折合|折算|相当于|也就是|即|\bi\.e\.|which (?:is|comes to|works out to|amounts to)|equivalent to|amounting to|worth/i;

export function derivedFromMisreadFindings(
  findings: Finding[],
  quantities: Quantity[],
  sentences: Span[],
  proseOf: (span: Span) => string,
  locale: Locale,
): Finding[] {
  const misread = findings.filter((f) => f.check === 'fact.wrong-metric' && f.severity !== 'hint' && f.severity !== 'information' && /%$/.test(f.text));
  const out: Finding[] = [];
  for (const sentence of sentences) {
    const sources = misread.filter((f) => f.start >= sentence.start && f.end <= sentence.end);
    if (sources.length === 0) continue;
    const lastSource = sources[sources.length - 1];
    const text = proseOf(sentence);
    const amounts = quantities.filter((q) => q.kind === 'money' && q.start >= lastSource.end && q.end <= sentence.end);
    if (amounts.length === 0) continue;
    const between = text.slice(lastSource.end - sentence.start, amounts[0].start - sentence.start);
    if (!CONVERSION_CUE.test(between)) continue;
    const from = sources.map((f) => `“${f.text}”`).join(locale === 'zh-cn' ? '、' : ', ');
    for (const q of amounts) {
      out.push({
        check: 'fact.wrong-metric',
        severity: 'warning',
        message: t(locale, 'fact.derived', { claim: `“${shownText(q)}”`, from }),
        start: q.start,
        end: q.end,
        text: q.text,
        verdict: 'wrong-metric',
        evidence: sources.flatMap((f) => f.evidence).slice(0, 3),
        fixes: [],
        related: sources.map((f) => ({ start: f.start, end: f.end })),
      });
    }
  }
  out.push(...totalsOverMisread([...misread, ...out], quantities, sentences, proseOf, locale));
  return out;
}

/**
 * A total that sums figures already found to rest on a misreading ("综合两者来看…大约创造了35亿美元")
 * inherits the finding: the parts are wrong, so the sum is too. Only within the same paragraph
 * (sentences are consecutive with no blank line between them) and a few sentences back.
 */
function totalsOverMisread(wrong: Finding[], quantities: Quantity[], sentences: Span[], proseOf: (span: Span) => string, locale: Locale): Finding[] {
  const out: Finding[] = [];
  sentences.forEach((sentence, i) => {
    const text = proseOf(sentence);
    const cue = TOTAL_CUE.exec(text);
    if (!cue) return;
    const earlier = sentences.slice(Math.max(0, i - TOTAL_REACH), i).filter((s, k, all) => sameParagraph(all[k + 1] ?? sentence, s, proseOf));
    if (earlier.length === 0) return;
    const parts = wrong.filter((f) => /[^%]$/.test(f.text) && earlier.some((s) => f.start >= s.start && f.end <= s.end));
    if (parts.length === 0) return;
    const totals = quantities.filter((q) => q.kind === 'money' && q.start >= sentence.start + cue.index && q.end <= sentence.end);
    const from = parts.map((f) => `“${f.text}”`).join(locale === 'zh-cn' ? '、' : ', ');
    for (const q of totals.slice(0, 1)) {
      out.push({
        check: 'fact.wrong-metric',
        severity: 'warning',
        message: t(locale, 'fact.derived-total', { claim: `“${shownText(q)}”`, from }),
        start: q.start,
        end: q.end,
        text: q.text,
        verdict: 'wrong-metric',
        evidence: parts.flatMap((f) => f.evidence).slice(0, 3),
        fixes: [],
        related: parts.map((f) => ({ start: f.start, end: f.end })),
      });
    }
  });
  return out;
}

/** Two consecutive sentences are in one paragraph when no blank line separates them. */
function sameParagraph(later: Span, earlier: Span, proseOf: (span: Span) => string): boolean {
  const gap = proseOf({ start: earlier.end, end: later.start });
  return !/\n[ \t]*\n/.test(gap);
}
