/**
 * A run-in heading: a paragraph or list item opened by a bold run holding only a name and a full stop,
 * after at most an enumerator or a timestamp and before at most a bracketed aside ("**[00:12:40] Mistral.**
 * …", "**2. Cohere.**", "**xAI。**"). Like a colon label it says whom the item is about (context binding).
 */
import { describe, expect, it } from 'vitest';
import { bind, claimOf, qAt } from './helpers';

const ownerOf = (text: string, needle: string) => {
  const figure = qAt(text, needle, 'money');
  return claimOf(bind(text, [figure]), figure).entity;
};

describe('a run-in heading binds the sentences of its paragraph', () => {
  it('English: a timestamped show-notes item', () => {
    expect(ownerOf('**[00:12:40] OpenAI.** A new round of $4 billion closed that spring.', '$4 billion')).toMatchObject({ value: 'openai', how: 'context' });
  });

  it('English: an enumerated item with a bracketed aside', () => {
    expect(ownerOf('**3. Microsoft (page 12).** Capital spending came to $19 billion that quarter.', '$19 billion')).toMatchObject({ value: 'microsoft', how: 'context' });
  });

  it('Chinese: a name and a full-width stop in bold', () => {
    expect(ownerOf('**英伟达。** 这一季度的数据中心收入为184亿美元。', '184亿美元')).toMatchObject({ value: 'nvidia', how: 'context' });
  });

  it('near misses: a sentence in bold, a domain name, a name without a stop', () => {
    expect(ownerOf('**Anthropic raised money.** The round was $4 billion.', '$4 billion')?.how).not.toBe('context');
    expect(ownerOf('**Anthropic** raised again; the round was $4 billion.', '$4 billion')?.how).not.toBe('context');
    expect(ownerOf('**[00:12:40] Anthropic said** the round was $4 billion.', '$4 billion')?.how).not.toBe('context');
  });
});
