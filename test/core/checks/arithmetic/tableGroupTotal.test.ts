/**
 * A sized total opening the paragraph under a table (tableGroupTotal.ts): "The three firms together come to X",
 * "三家合计X" sum the table's one column of like figures when it has exactly that many rows. Probable: a
 * warning at most.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../../../server/src/core/options';
import { bundledFacts } from '../../../helpers/facts';

const FIRMS = ['| Firm | Capex | y/y |', '|---|---|---|', '| Acme | $4.0B | +20% |', '| Globex | $5.0B | +25% |', '| Initech | $6.0B | — |'].join('\n');
const FIRMS_ZH = ['| 公司 | 资本开支 |', '|---|---|', '| 甲公司 | 120亿美元 |', '| 乙公司 | 200亿美元 |', '| 丙公司 | 300亿美元 |'].join('\n');
const TWO_MONEY_COLUMNS = ['| Firm | Sales | Profit |', '|---|---|---|', '| Acme | $4.0B | $1.0B |', '| Globex | $5.0B | $1.5B |', '| Initech | $6.0B | $2.0B |'].join('\n');

function sumFlags(text: string): string[] {
  return analyze(text, { facts: bundledFacts(), options: { ...DEFAULT_OPTIONS, documentDate: '2025-11-20' } })
    .findings.filter((f) => f.check === 'arith.sum' && f.severity !== 'information')
    .map((f) => f.text);
}

describe('a sized total under a table', () => {
  it.each<[string, string, string[]]>([
    ['en, the three quarters add up to, wrong', `${FIRMS}\n\nThe three firms together come to $18.0B, a record.`, ['$18.0B']],
    ['en, the three quarters add up to, right', `${FIRMS}\n\nThe three firms together come to $15.0B, a record.`, []],
    ['zh, 三家合计, wrong', `${FIRMS_ZH}\n\n三家合计720亿美元。`, ['720亿美元']],
    ['zh, 三家合计, right', `${FIRMS_ZH}\n\n三家合计620亿美元。`, []],
  ])('%s', (_, text, expected) => expect(sumFlags(text)).toEqual(expected));

  it.each<[string, string]>([
    ['a size other than the rows', `${FIRMS}\n\nThe four firms together come to $18.0B, a record.`],
    ['two columns of like figures', `${TWO_MONEY_COLUMNS}\n\nThe three firms together come to $18.0B, a record.`],
    ['a sentence with a figure before it in the paragraph', `${FIRMS}\n\nSpending rose by $2.0B. The three firms together come to $18.0B, a record.`],
    ['another currency', `${FIRMS_ZH}\n\n三家合计720亿元。`],
  ])('not flagged: %s', (_, text) => expect(sumFlags(text)).toEqual([]));
});
