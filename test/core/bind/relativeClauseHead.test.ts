/**
 * A Chinese relative clause ending in a verb of founding, backing or buying and 的 describes the company
 * named after it: in "前谷歌工程师创办的Cohere" or "微软投资的OpenAI" the head is the name after 的, and the
 * name inside the clause is not whose figure follows (bind/entities.ts, RELATIVE_CLAUSE_GAP).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const DATE = '2025-06-01';
const entityOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.entity?.value;

describe('the company after "<name>…创立的/投资的" is the subject', () => {
  it('a founder from another company', () => {
    expect(entityOf('去年9月，前OpenAI联合创始人创立的SSI宣布融资10亿美元。', '10亿美元')).toBe('safe-superintelligence');
  });
  it('an investor', () => {
    expect(entityOf('亚马逊投资的Anthropic今年估值约615亿美元。', '615亿美元')).toBe('anthropic');
    expect(entityOf('英伟达支持的CoreWeave去年营收约19亿美元。', '19亿美元')).toBe('coreweave');
  });
});

describe('near misses', () => {
  it('without 的 the investor stays the subject', () => {
    expect(entityOf('亚马逊投资Anthropic后，资本开支升至830亿美元。', '830亿美元')).toBe('amazon');
  });
  it('a clause break between the names ends the relative clause', () => {
    expect(entityOf('微软去年资本开支约557亿美元，投资的OpenAI仍在亏损。', '557亿美元')).toBe('microsoft');
  });
});
