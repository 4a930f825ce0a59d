/**
 * Table cells bind with their row and their column's header: the pipeline hands binding one cell at a
 * time (each cell is its own sentence), and a reader takes whose figure, what and when from the row's
 * label cells and the header row. Also: a section heading that names nothing leaves its entity to the
 * heading above it.
 */
import { describe, expect, it } from 'vitest';
import type { Claim, Quantity } from '../../../server/src/core/model';
import { bindClaims } from '../../../server/src/core/bind/index';
import { splitSentences } from '../../../server/src/core/text/sentences';
import { claimOf, KB, paragraphsOf, qAt } from './helpers';

/** Binds like the pipeline does for tables: every cell of a "|" row is a sentence of its own. */
function bindCells(text: string, quantities: Quantity[], documentDate = '2024-12-20'): Claim[] {
  const paragraphs = paragraphsOf(text);
  const sentences = paragraphs.flatMap((p) => {
    const line = text.slice(p.start, p.end);
    if (!line.trimStart().startsWith('|')) return splitSentences(line, p.start);
    const cells: { start: number; end: number; lang: 'en' | 'zh' }[] = [];
    const re = /[^|]+/g;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      if (!m[0].trim()) continue;
      const lead = m[0].length - m[0].trimStart().length;
      const start = p.start + m.index + lead;
      cells.push({ start, end: start + m[0].trim().length, lang: /[\u4e00-\u9fff]/.test(m[0]) ? 'zh' : 'en' });
    }
    return cells;
  });
  const sorted = [...quantities].sort((a, b) => a.start - b.start);
  return bindClaims({ text, quantities: sorted, sentences, paragraphs }, KB, { documentDate });
}

describe('table cells', () => {
  it('take the metric from the header cell and the entity and period from the row (English)', () => {
    const text = '# Rounds\n\n| Company | Month | Raised | Valuation |\n|---|---|---|---|\n| Cohere | June 2023 | $270M | $2.2B |';
    const raised = qAt(text, '$270M', 'money');
    const valued = qAt(text, '$2.2B', 'money');
    const claims = bindCells(text, [raised, valued]);
    expect(claimOf(claims, raised)).toMatchObject({
      entity: { value: 'cohere', how: 'explicit' },
      metric: { value: 'funding.raised', how: 'explicit' },
      period: { value: { start: '2023-06-01', end: '2023-06-30' }, how: 'explicit' },
    });
    expect(claimOf(claims, valued).metric).toMatchObject({ value: 'valuation', how: 'explicit' });
  });

  it('read an entity named in the row label as explicit, and one in another cell as the row\'s sentence', () => {
    const text = '| Deal | Month | Partner | Raised |\n|---|---|---|---|\n| Series B | June 2023 | Cohere | $270M |';
    const raised = qAt(text, '$270M', 'money');
    expect(claimOf(bindCells(text, [raised]), raised).entity).toMatchObject({ value: 'cohere', how: 'sentence' });
  });

  it('take the metric from the header cell and the period from the row label (Chinese)', () => {
    const text = '# 时间线\n\n| 时间 | 周活跃用户 |\n|---|---|\n| 2024年8月 | 3亿人 |';
    const users = qAt(text, '3亿人', 'count');
    const [claim] = bindCells(text, [users]);
    expect(claim).toMatchObject({
      metric: { value: 'users.weekly', how: 'explicit' },
      period: { value: { start: '2024-08-01', end: '2024-08-31' }, how: 'explicit' },
    });
  });

  it('take the period from the header cell when the row names none', () => {
    const text = '| Company | FY2024 revenue |\n|---|---|\n| Nvidia | $60.9B |';
    const revenue = qAt(text, '$60.9B', 'money');
    const [claim] = bindCells(text, [revenue]);
    expect(claim).toMatchObject({ entity: { value: 'nvidia' }, metric: { value: 'revenue', how: 'explicit' }, period: { how: 'explicit' } });
    expect(claim.period?.value.end.startsWith('2024')).toBe(true);
  });

  it('read a metric from the row label when the header names none', () => {
    const text = '| 项目 | 金额 |\n|---|---|\n| 百度营收 | 1345亿元 |';
    const amount = qAt(text, '1345亿元', 'money');
    const [claim] = bindCells(text, [amount]);
    expect(claim).toMatchObject({ entity: { value: 'baidu' }, metric: { value: 'revenue', how: 'explicit' } });
  });

  it('read the metric from a middle cell that names it when header and row label do not (English)', () => {
    const text = '| Company | Item | Amount |\n|---|---|---|\n| Baidu | FY2023 revenue | $19B |';
    const amount = qAt(text, '$19B', 'money');
    const [claim] = bindCells(text, [amount]);
    expect(claim).toMatchObject({ entity: { value: 'baidu' }, metric: { value: 'revenue', how: 'explicit' } });
  });

  it('read the metric from a middle cell that names it when header and row label do not (Chinese)', () => {
    const text = '| 产品 | 口径 | 数值 |\n|---|---|---|\n| ChatGPT | 周活 | 3亿人 |';
    const users = qAt(text, '3亿人', 'count');
    const [claim] = bindCells(text, [users]);
    expect(claim.metric).toMatchObject({ value: 'users.weekly', how: 'explicit' });
  });

  it('never read a cell that holds a figure of its own as a label of its neighbour', () => {
    const text = '| Company | Amount | Note |\n|---|---|---|\n| Cohere | $270M | valuation $2.2B |';
    const amount = qAt(text, '$270M', 'money');
    const valued = qAt(text, '$2.2B', 'money');
    const claims = bindCells(text, [amount, valued]);
    expect(claimOf(claims, amount).metric).toBeUndefined();
    expect(claimOf(claims, valued).metric).toMatchObject({ value: 'valuation' });
  });

  it('credit the figures of a row to the publisher in its source column (English and Chinese)', () => {
    const en = '| Company | Share | Source |\n|---|---|---|\n| Nvidia | 90% | Omdia |';
    const share = qAt(en, '90%', 'percent');
    expect(claimOf(bindCells(en, [share]), share).attribution).toMatchObject({ value: 'Omdia', how: 'explicit' });
    const zh = '| 指标 | 数值 | 来源 |\n|---|---|---|\n| 英伟达份额 | 90% | 彭博社 |';
    const zhShare = qAt(zh, '90%', 'percent');
    expect(claimOf(bindCells(zh, [zhShare]), zhShare).attribution).toMatchObject({ value: '彭博社' });
  });

  it('credit no one from a column that is not headed as a source, or from a source cell holding a figure', () => {
    const notes = '| Company | Share | Note |\n|---|---|---|\n| Nvidia | 90% | Omdia |';
    const share = qAt(notes, '90%', 'percent');
    expect(claimOf(bindCells(notes, [share]), share).attribution).toBeUndefined();
    const dated = '| Company | Share | Source |\n|---|---|---|\n| Nvidia | 90% | 2024 filing |';
    const filed = qAt(dated, '90%', 'percent');
    expect(claimOf(bindCells(dated, [filed]), filed).attribution).toBeUndefined();
  });

  it('leave prose that only contains a pipe alone', () => {
    const text = 'Nvidia | the chip maker | sold a lot.\nIts margin was 70%.';
    const share = qAt(text, '70%', 'percent');
    const [claim] = bindCells(text, [share]);
    expect(claim.metric).toBeUndefined();
  });
});

describe('headings above the section heading', () => {
  it('give the entity when the section heading names none (English)', () => {
    const text = '# Nvidia in fiscal 2025\n\n## Quarters\n\nRevenue was $35.1 billion in the third quarter.';
    const revenue = qAt(text, '$35.1 billion', 'money');
    const [claim] = bindCells(text, [revenue]);
    expect(claim.entity).toMatchObject({ value: 'nvidia', how: 'context' });
  });

  it('give the entity when the section heading names none (Chinese)', () => {
    const text = '# 百度的一年\n\n## 收入\n\n全年营收为1345亿元。';
    const revenue = qAt(text, '1345亿元', 'money');
    const [claim] = bindCells(text, [revenue]);
    expect(claim.entity).toMatchObject({ value: 'baidu', how: 'context' });
  });

  it('stop at a section heading that names several entities', () => {
    const text = '# Nvidia notes\n\n## Microsoft and Meta\n\nRevenue was $35.1 billion in the third quarter.';
    const revenue = qAt(text, '$35.1 billion', 'money');
    const [claim] = bindCells(text, [revenue]);
    expect(claim.entity).toBeUndefined();
  });

  it('do not reach past a heading of the same rank', () => {
    const text = '## Nvidia\n\nText.\n\n## Quarters\n\nRevenue was $35.1 billion in the third quarter.';
    const revenue = qAt(text, '$35.1 billion', 'money');
    const [claim] = bindCells(text, [revenue]);
    expect(claim.entity).toBeUndefined();
  });
});
