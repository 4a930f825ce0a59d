/**
 * A paragraph or list item opened by a name and a colon ("**谷歌**:…", "- **Alphabet:** …") is about
 * that name throughout, like a section under a heading: sentences that name nobody take it, as context.
 */
import { describe, expect, it } from 'vitest';
import { bind, claimOf, qAt } from './helpers';

describe('a lead label binds the sentences of its paragraph', () => {
  it('Chinese: a second sentence naming nobody takes the label (context)', () => {
    const text = '**谷歌**:2023年资本开支323亿美元。2025年指引约650亿美元。';
    const later = qAt(text, '650亿美元', 'money');
    const claims = bind(text, [qAt(text, '323亿美元', 'money'), later]);
    expect(claimOf(claims, later).entity).toMatchObject({ value: 'alphabet', how: 'context' });
  });

  it('English: a list item with the colon inside the emphasis', () => {
    const text = '- **Alphabet:** capex was $52.5 billion in 2024. The plan is $75 billion.';
    const later = qAt(text, '$75 billion', 'money');
    expect(claimOf(bind(text, [later]), later).entity).toMatchObject({ value: 'alphabet', how: 'context' });
  });

  it('a name in the sentence itself still wins', () => {
    const text = '**谷歌**:Meta的资本开支为392亿美元。';
    const figure = qAt(text, '392亿美元', 'money');
    expect(claimOf(bind(text, [figure]), figure).entity).toMatchObject({ value: 'meta', how: 'explicit' });
  });

  it('near misses: a name opening a sentence without a colon, a label naming a publisher', () => {
    const plain = 'Google spent heavily. The year was busy. Capex is now $75 billion a year.';
    const figure = qAt(plain, '$75 billion', 'money');
    expect(claimOf(bind(plain, [figure]), figure).entity).toBeUndefined();
    const publisher = '**Bloomberg**: spending rose again. Capex is now $75 billion a year.';
    const figure2 = qAt(publisher, '$75 billion', 'money');
    expect(claimOf(bind(publisher, [figure2]), figure2).entity).toBeUndefined();
  });

  it('a label later in the paragraph is not a lead label', () => {
    const text = 'Spending rose. **Google**: more. Others too. Capex hit $75 billion.';
    const figure = qAt(text, '$75 billion', 'money');
    expect(claimOf(bind(text, [figure]), figure).entity?.how).not.toBe('context');
  });
});
