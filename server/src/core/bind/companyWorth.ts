/**
 * "Groq is a $2.8 billion company", "the $80 billion startup", "一家300亿美元的公司": a sum written as
 * the size of a company is what the company is worth, its valuation (a listed company's is judged as
 * its market cap, see listedValuation). A metric word between the two ("a $2 billion revenue
 * company", "a $1B ARR startup") says the sum measures that instead, so this reading then stands aside.
 */
import type { Binding, Quantity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';

/** Right before the sum: an article, and perhaps a hedge ("a roughly $3 billion company"). */
const ARTICLE_BEFORE = /(?<![A-Za-z])(?:a|an|the)\s+(?:(?:about|around|roughly|nearly|almost|approximately)\s+)?$/i;
/** After the sum: at most two words, then the noun for a company (not "company-wide", not "firm's revenue"). */
const COMPANY_AFTER = /^(?:-dollar)?(?:\s+[A-Za-z][\w-]*){0,2}?\s+(?:company|startup|start-up|firm|unicorn|decacorn)(?![\w-]|'s)/i;
/** 一家300亿美元的公司, 一家估值…: the counter 家 before the sum, a company noun after it. */
const COUNTER_BEFORE = /一家\s*(?:约|近|超过|逾)?\s*$/;
const COMPANY_AFTER_ZH = /^\s*(?:级)?的?\s*(?:[A-Za-z]{1,4}|人工智能|科技|芯片)?\s*(?:公司|初创公司|创业公司|企业|独角兽)/;

const VALUATION = 'valuation';

export function companyWorth(text: string, q: Quantity, sentence: Span, triggers: readonly Span[], kb: BindingKnowledge): Binding<string> | undefined {
  if (q.kind !== 'money' || !kb.metrics.has(VALUATION)) return undefined;
  const before = text.slice(Math.max(sentence.start, q.start - 30), q.start);
  const after = text.slice(q.end, Math.min(sentence.end, q.end + 40));
  const noun = COMPANY_AFTER.exec(after) ?? (COUNTER_BEFORE.test(before) ? COMPANY_AFTER_ZH.exec(after) : null);
  if (!noun || !(ARTICLE_BEFORE.test(before) || COUNTER_BEFORE.test(before))) return undefined;
  const end = q.end + noun[0].length;
  if (triggers.some((t) => t.start < end && q.end < t.end && !(t.start < q.end))) return undefined;
  return { value: VALUATION, how: 'explicit', span: { start: q.end, end } };
}
