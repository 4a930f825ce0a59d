/**
 * A later statement of the sentence that times or credits itself does not take the earlier statement's
 * date: in "valued at about $28 billion in April 2023, and the staff share sale that closed late in the
 * year valued it at about $86 billion" the second figure is of late 2023, and in "2023年6月…估值约22亿
 * 美元，但据CB Insights测算，它的估值是收入的约100倍" the multiple is the estimator's, of its own time.
 * Part of the judge (judge.ts periodSure): such a date is not sure for the later figure, so a wrong
 * period or a contradiction read through it is information at most.
 */

/**
 * A coordinator that may open another statement: "and", "but", "while" (with or without a comma);
 * 但/但是/不过/而/然而. Alone it proves nothing ("revenue and profit"): the words after it must time or
 * credit what follows.
 */
const STATEMENT_BREAK = /[,;]?\s*\b(?:and|but|yet|while|whereas)\b|[，,;；]\s*(?:而|但|但是|不过|然而|可是|只是)|但是|不过|然而/gi;

/**
 * Time words of its own: the later statement says when it happened, though vaguely. Any "later"
 * counts ("later that month", "weeks later"), so the phrases need not repeat it.
 */
const OWN_TIME_EN =
  /\b(?:(?:late|early|earlier)\s+(?:in\s+)?(?:that|the)\s+year|by\s+(?:the\s+)?(?:year[-\s]end|end\s+of\s+(?:the|that)\s+year)|at\s+(?:the\s+)?year[-\s]end|(?:that|the\s+following)\s+(?:spring|summer|autumn|fall|winter|month|quarter)|subsequently|afterwards?|later|since\s+then|by\s+then)\b/i;
const OWN_TIME_ZH = /年底|年末|年中|年初|年内|随后|此后|后来|之后|稍后|其后|晚些时候|下半年|上半年|当时|彼时|届时/;

/** A credit of its own: the later statement is another's estimate ("according to", 据X测算). */
const OWN_CREDIT = /\baccording\s+to\b|\b(?:estimates?|estimated|reckons?|reckoned|calculates?|calculated)\b|(?:根据|据)[^，。,]{1,30}?(?:测算|估算|估计|计算|统计|报道|分析|称|显示|表示)/i;

/**
 * The date at sentence[dateStart, dateEnd) lies in an earlier statement than the figure at figureStart,
 * and the figure's statement names its own time or its own source.
 */
export function laterStatementTimesItself(sentence: string, dateEnd: number, figureStart: number): boolean {
  if (dateEnd > figureStart || figureStart > sentence.length) return false;
  const between = sentence.slice(dateEnd, figureStart);
  let opens = -1;
  for (const m of between.matchAll(STATEMENT_BREAK)) opens = m.index ?? opens;
  if (opens < 0) return false;
  const statement = between.slice(opens);
  return OWN_TIME_EN.test(statement) || OWN_TIME_ZH.test(statement) || OWN_CREDIT.test(statement);
}
