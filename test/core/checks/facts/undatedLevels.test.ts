/**
 * An undated level ("valued at $6 billion", "180 million weekly users") is read as of the document's
 * date: the newest figure known by then decides, while it is still current (`currentForDays` in
 * data/metrics.yaml), and only when the sentence names no date and compares with nothing. The period
 * is inferred, so a finding is a warning at most. English and Chinese, with the bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

/** Warnings and errors, and information too: an undated claim must not even inform wrongly. */
const findings = (text: string, date: string) => draftFindings(text, date, ['error', 'warning', 'information']);

describe('an undated level is judged against the newest figure known by the document date', () => {
  it('contradicts a user count the latest report does not give (English), as a warning', () => {
    expect(findings('ChatGPT has 180 million weekly users.', '2024-02-20')).toEqual(['180 million weekly users fact.value-mismatch warning']);
  });

  it('and in Chinese', () => {
    expect(findings('ChatGPT的周活跃用户达到1.8亿。', '2024-02-20')).toEqual(['1.8亿 fact.value-mismatch warning']);
  });

  it('supports the figure of the latest report', () => {
    expect(findings('ChatGPT has 100 million weekly users.', '2024-02-20')).toEqual([]);
  });

  it('calls the right digits at the wrong power of ten a slip of scale', () => {
    expect(findings('Anthropic is valued at about $1.5 billion.', '2024-03-10')).toEqual(['$1.5 billion fact.wrong-scale warning']);
  });

  it('measures an asking price against the reported talks (English)', () => {
    expect(findings('Cohere is seeking a $6 billion valuation.', '2024-04-10')).toEqual(['$6 billion fact.value-mismatch warning']);
  });

  it('and in Chinese', () => {
    expect(findings('Cohere寻求60亿美元估值。', '2024-04-10')).toEqual(['60亿美元 fact.value-mismatch warning']);
  });
});

describe('near misses: the newest figure does not stand for the claim', () => {
  it('a report older than the metric stays current is no evidence', () => {
    // 100 million in November 2023 says nothing of mid-2024.
    expect(findings('ChatGPT has 180 million weekly users.', '2024-07-15')).toEqual([]);
  });

  it('a value between the newest report and the next one may be a report in between', () => {
    // 300 million in December 2024, 500 million at the end of March 2025.
    expect(findings('ChatGPT has 400 million weekly users.', '2025-03-15')).toEqual([]);
  });

  it('a date in the sentence, even one that cannot be placed, may be the figure\'s own', () => {
    expect(findings('ChatGPT will have 180 million weekly users in November.', '2024-02-20')).toEqual([]);
  });

  it('a comparison quotes another moment on purpose', () => {
    expect(findings('ChatGPT now has 180 million weekly users, up from 100 million.', '2024-02-20')).toEqual([]);
  });

  it('nor in Chinese', () => {
    expect(findings('ChatGPT的周活跃用户达到1.8亿,此前为1亿。', '2024-02-20')).toEqual([]);
  });

  it('a level the sentence places at a past moment of its own (English)', () => {
    expect(findings('In its Series B, Anthropic was valued at $5 billion.', '2024-03-10')).toEqual([]);
  });

  it('and in Chinese', () => {
    expect(findings('Anthropic在B轮融资时估值为50亿美元。', '2024-03-10')).toEqual([]);
  });

  it('a metric that moves daily (market capitalisation) is never read as "now"', () => {
    expect(findings('Nvidia is worth $1.9 trillion.', '2024-02-20')).toEqual([]);
  });
});
