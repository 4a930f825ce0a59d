/**
 * The characters that may write a number in Chinese text besides ASCII digits: full-width digits and the
 * Chinese numerals, plain and financial (壹贰叁). One list for the places that ask "could this text hold a
 * figure?" cheaply, before any recogniser runs (document/blockAnalysis.ts, document/checkCost.ts).
 */
export const NUMERAL_CHARS = '０１２３４５６７８９零〇一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟';
