/**
 * The front matter's `title:` is the document's level-1 heading (document/frontMatterTitle.ts): a draft
 * whose subject is named only there gives its subjectless figures that owner, as a "# " heading does;
 * a "# " heading below closes it, and a title naming two companies names no single owner.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../server/src/core/analyze';
import { bundledFacts } from '../../helpers/facts';

const run = (text: string) => analyze(text, { facts: bundledFacts() });
const entityOf = (text: string, figure: string) => run(text).claims.find((c) => c.quantity.text === figure)?.entity;
const warned = (text: string) =>
  run(text)
    .findings.filter((f) => f.check.startsWith('fact.') && (f.severity === 'warning' || f.severity === 'error'))
    .map((f) => `${f.check} ${f.text}`);

describe('a front-matter title names the draft’s subject', () => {
  it('quoted English title: a subjectless figure takes its company, and a wrong one is flagged', () => {
    const doc = '---\ntitle: "Nvidia after fiscal 2025: what the year showed"\ndate: 2025-03-10\n---\n\nFull-year revenue for fiscal 2025 came in at $150.5 billion.\n';
    expect(entityOf(doc, '$150.5 billion')).toMatchObject({ value: 'nvidia', how: 'context' });
    expect(warned(doc)).toEqual(['fact.value-mismatch $150.5 billion']);
    expect(warned(doc.replace('$150.5 billion', '$130.5 billion'))).toEqual([]);
  });

  it('unquoted English title and a Chinese title', () => {
    expect(entityOf('---\ntitle: Looking back at Nvidia\n---\n\nRevenue for fiscal 2025 was $130.5 billion.\n', '$130.5 billion')?.value).toBe('nvidia');
    const zh = "---\ntitle: '英伟达2025财年复盘'\ndate: 2025-03-10\n---\n\n2025财年全年营收为1505亿美元。\n";
    expect(entityOf(zh, '1505亿美元')?.value).toBe('nvidia');
    expect(warned(zh)).toEqual(['fact.value-mismatch 1505亿美元']);
  });

  it('near misses: a "# " heading below overrides it; a title of two companies, or none, names no owner', () => {
    const overridden = '---\ntitle: "Nvidia after fiscal 2025"\n---\n\n# Microsoft notes\n\nRevenue for fiscal 2025 was $130.5 billion.\n';
    expect(entityOf(overridden, '$130.5 billion')?.value).not.toBe('nvidia');
    const two = '---\ntitle: "Nvidia and Microsoft after fiscal 2025"\n---\n\nRevenue for fiscal 2025 was $150.5 billion.\n';
    expect(entityOf(two, '$150.5 billion')).toBeUndefined();
    expect(entityOf('---\ndate: 2025-03-10\n---\n\nRevenue for fiscal 2025 was $150.5 billion.\n', '$150.5 billion')).toBeUndefined();
  });
});
