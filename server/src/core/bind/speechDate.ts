/**
 * A date that says when something was said ("In January 2024 the CEO said …", "… said in January
 * 2024 that …", "扎克伯格在2024年1月表示…", "2024年1月，X称…") is the moment the speaker's relative words
 * count from: "by the end of the year", "this year", 今年年底 in what follows are that year's, not the
 * document's. Part of period resolution (periods.ts resolveMatches), like a publication's date.
 */
import type { Span } from '../model';

/** Verbs of saying, promising or forecasting (not of doing: "raised", "reported" figures are dated by it). */
const EN_SPEECH = '(?:said|says|told|stated|wrote|posted|predicted|promised|pledged|vowed|claimed|declared|announced\\s+(?:that|plans?)|forecast|projected|estimated|expected)';
const ZH_SPEECH = '(?:表示|称|说|宣称|声称|透露|预计|预测|预言|承诺|写道|发文|指出|宣布将|宣布计划)';

/** "In January 2024 Mark Zuckerberg said": the date opens a clause whose speaker speaks a few words on. */
const EN_DATE_THEN_VERB = new RegExp(`^,?\\s+(?:[\\w'’.-]+,?\\s+){1,6}?${EN_SPEECH}\\b`, 'i');
/** "Zuckerberg said in January 2024": the verb right before the date. */
const EN_VERB_THEN_DATE = new RegExp(`\\b${EN_SPEECH}\\s+(?:in|on)\\s+$`, 'i');
/** "扎克伯格在2024年1月表示", "2024年1月，扎克伯格称": a short subject and no clause break before the verb. */
const ZH_DATE_THEN_VERB = new RegExp(`^(?:份)?\\s*[，,]?\\s*[^，,。；;！？\\d]{0,16}?${ZH_SPEECH}`);

/**
 * "Several notes in late 2023 multiplied…", "a research note from March 2024", "研报在2023年底…": a date
 * that modifies a written piece (a note, report, article, column) says when it was written, and what the
 * piece did with a figure it did then, as a speaker's words are dated by the verb of saying.
 */
const EN_WRITING_THEN_DATE = /\b(?:notes|research\s+notes?|analyst\s+notes?|articles|columns|commentaries|op-eds|previews|write-ups|blog\s+posts)\s+(?:(?:published|written|issued|dated)\s+)?(?:in|from|of)\s+(?:(?:early|mid|late)[\s-]+)?$/i;
const ZH_WRITING_THEN_DATE = /(?:研报|点评|评论文章|专栏|文章)(?:在|于)\s*$/;

/** The date at m (offsets into text) says when the words after it were said. */
export function datesSpeech(text: string, m: Span): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end, m.end + 80);
  return EN_VERB_THEN_DATE.test(before) || EN_DATE_THEN_VERB.test(after) || ZH_DATE_THEN_VERB.test(after) || EN_WRITING_THEN_DATE.test(before) || ZH_WRITING_THEN_DATE.test(before);
}
