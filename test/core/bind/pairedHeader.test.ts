/**
 * A header naming a pair of measures over a cell holding a pair of figures pairs them in order
 * (pairedHeader.ts). Bundled facts: GPT-4o lists at $2.50 input / $10 output per 1M tokens (from
 * August 2024); Claude Sonnet 4 at $3 / $15.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const DATE = '2025-12-01';
const table = (header: string, rows: string[]) => [`| Model | ${header} | Note |`, '|---|---|---|', ...rows].join('\n') + '\n';

describe('"Input / output" over "$A / $B" binds A to input and B to output', () => {
  const text = table('Input / output per 1M tokens', ['| GPT-4o | $2.50 / $10 | our default |', '| Claude Sonnet 4 | $3 / $15 | fallback |']);

  it('the first figure is the input price, the second the output price', () => {
    expect(analyzedClaim(text, '$2.50', DATE)?.metric).toMatchObject({ value: 'api-price.input', how: 'explicit' });
    expect(analyzedClaim(text, '$10', DATE)?.metric?.value).toBe('api-price.output');
    expect(analyzedClaim(text, '$3', DATE)?.metric?.value).toBe('api-price.input');
    expect(analyzedClaim(text, '$15', DATE)?.metric?.value).toBe('api-price.output');
  });

  it('a correct pair is supported on both sides', () => {
    expect(analyzedClaim(text, '$3', DATE)?.verdict).toBe('supported');
    expect(analyzedClaim(text, '$15', DATE)?.verdict).toBe('supported');
  });

  it('a wrong input price is still caught against the input fact', () => {
    const wrong = table('Input / output per 1M tokens', ['| Claude Sonnet 4 | $4 / $15 | fallback |']);
    const claim = analyzedClaim(wrong, '$4', DATE);
    expect(claim?.metric?.value).toBe('api-price.input');
    expect(claim?.verdict).not.toBe('supported');
    expect(claim?.verdict).not.toBe('wrong-metric');
  });

  it('reads the Chinese header pair the same way', () => {
    const zh = ['| 模型 | 输入价/输出价（每百万token） | 备注 |', '|---|---|---|', '| GPT-4o | 2.5美元 / 10美元 | 默认 |'].join('\n') + '\n';
    expect(analyzedClaim(zh, '2.5美元', DATE)?.metric?.value).toBe('api-price.input');
    expect(analyzedClaim(zh, '10美元', DATE)?.metric?.value).toBe('api-price.output');
  });
});

describe('anything but a plain pair is left to the usual label reading', () => {
  it('a header with one measure gives it to the cell as before', () => {
    const text = table('Output price per 1M tokens', ['| GPT-4o | $10 | list |']);
    expect(analyzedClaim(text, '$10', DATE)?.metric?.value).toBe('api-price.output');
  });

  it('a pair header over a single figure does not pick a side by position', () => {
    const text = table('Input / output per 1M tokens', ['| GPT-4o | $10 | list |']);
    expect(analyzedClaim(text, '$10', DATE)?.metric?.value).not.toBe('api-price.input');
  });
});
