/** A soft line break inside a trigger or a name is a space to the reader; a blank line is not. */
import { describe, expect, it } from 'vitest';
import type { Claim, Quantity } from '../../../server/src/core/model';
import { bindClaims } from '../../../server/src/core/bind/index';
import { splitSentences } from '../../../server/src/core/text/sentences';
import { KB, qAt } from './helpers';

/** One Markdown paragraph per blank-line-separated block, as the pipeline gives them. */
function bind(text: string, quantities: Quantity[]): Claim[] {
  const paragraphs: { start: number; end: number }[] = [];
  const re = /[^\n]+(?:\n[^\n]+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  const sentences = paragraphs.flatMap((p) => splitSentences(text.slice(p.start, p.end), p.start));
  return bindClaims({ text, quantities, sentences, paragraphs }, KB, {});
}

describe('soft line breaks', () => {
  it('join a trigger broken across lines (English)', () => {
    const text = 'In fiscal 2024 Nvidia reported net\nincome of $29.8 billion.';
    const [claim] = bind(text, [qAt(text, '$29.8 billion', 'money')]);
    expect(claim.metric?.value).toBe('net-income');
  });

  it('join a name broken across lines (English)', () => {
    const text = 'Microsoft paid Inflection\nAI $650 million.';
    const [claim] = bind(text, [qAt(text, '$650 million', 'money')]);
    expect(claim.entity?.value).toBe('microsoft');
    expect(claim.metric?.value).toBe('deal.value');
  });

  it('join a Latin name broken across lines in Chinese prose', () => {
    const text = '微软旗下的Azure\nAI在本季度营收为50亿美元。';
    const [claim] = bind(text, [qAt(text, '50亿美元', 'money')]);
    expect(claim.entity?.value).toBe('microsoft');
    expect(claim.metric?.value).toBe('revenue');
  });

  it('do not join words across a blank line', () => {
    const text = 'We looked at net\n\nincome of $29.8 billion.';
    const claims = bind(text, [qAt(text, '$29.8 billion', 'money')]);
    expect(claims[0].metric).toBeUndefined();
  });
});
