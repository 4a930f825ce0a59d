/**
 * A period written right after a comparison's baseline ("versus $1.7 billion in 2023") dates that
 * baseline, not the figure compared with it; a period of the main figure's own is still its.
 */
import { describe, expect, it } from 'vitest';
import { bind, claimOf, qAt } from './helpers';
import { flagged } from '../../helpers/flagged';

function periodOf(text: string, figure: string): string | undefined {
  const q = qAt(text, figure, 'money');
  const other = [...text.matchAll(/\$[\d.]+ (?:billion|million)/g)].map((m) => m[0]).filter((f) => f !== figure);
  const qs = [q, ...other.map((f) => qAt(text, f, 'money'))].sort((a, b) => a.start - b.start);
  return claimOf(bind(text, qs, '2025-02-20'), q).period?.value.label;
}

describe("a baseline's date is the baseline's", () => {
  it('does not date the main figure with the year after "versus $X"', () => {
    expect(periodOf('Nvidia earned net income of $6.1 billion versus $1.7 billion in 2023.', '$6.1 billion')).toBeUndefined();
  });

  it('nor after "compared with", "from" or "against"', () => {
    expect(periodOf('Nvidia posted net income of $6.1 billion, compared with $1.7 billion in 2023.', '$6.1 billion')).toBeUndefined();
    expect(periodOf('Nvidia net income reached $6.1 billion from $1.7 billion in 2023.', '$6.1 billion')).toBeUndefined();
    expect(periodOf('Nvidia had net income of $6.1 billion against $1.7 billion for 2023.', '$6.1 billion')).toBeUndefined();
  });

  it('still dates the baseline itself', () => {
    expect(periodOf('Nvidia earned net income of $6.1 billion versus $1.7 billion in 2023.', '$1.7 billion')).toBe('2023');
  });

  it("keeps the main figure's own period", () => {
    expect(periodOf('Nvidia earned net income of $6.1 billion in 2024 versus $1.7 billion in 2023.', '$6.1 billion')).toBe('2024');
    expect(periodOf('In 2024 Nvidia earned net income of $6.1 billion versus $1.7 billion.', '$6.1 billion')).toBe('2024');
  });

  it('nor after "after a $X loss in 2023": the result the figure came after, with its own noun', () => {
    expect(periodOf('Nvidia posted operating profit of $6.1 billion after a $1.7 billion loss in 2023.', '$6.1 billion')).toBeUndefined();
    expect(periodOf('Nvidia posted operating profit of $6.1 billion after a $1.7 billion loss in 2023.', '$1.7 billion')).toBe('2023');
  });

  it('nor when the baseline\'s noun has a modifier of its own ("a $X net loss in 2022")', () => {
    expect(periodOf('Nvidia booked net income of $6.1 billion after a $1.7 billion net loss in 2022.', '$6.1 billion')).toBeUndefined();
    expect(periodOf('Nvidia reported revenue of $6.1 billion versus $1.7 billion total sales in 2022.', '$6.1 billion')).toBeUndefined();
    expect(periodOf('Nvidia booked net income of $6.1 billion after a $1.7 billion net loss in 2022.', '$1.7 billion')).toBe('2022');
  });

  it('near miss: a hedged "more than $X of revenue in 2024" is the figure\'s own measure and date, no baseline', () => {
    expect(periodOf('Nvidia said it earned more than $1.7 billion of revenue in 2024, and net income was $6.1 billion.', '$6.1 billion')).toBe('2024');
  });

  it('keeps a period after a figure that no comparison word introduces', () => {
    expect(periodOf('Nvidia earned net income of $6.1 billion and revenue of $1.7 billion in 2023.', '$6.1 billion')).toBe('2023');
  });
});

describe('with the bundled facts', () => {
  it('raises no wrong period on a correct "X versus Y in 2023"', () => {
    const text = "Google Cloud's revenue was $43.2 billion (up 31%), with operating income of $6.1 billion versus $1.7 billion in 2023.";
    expect(flagged(text, '2025-02-20')).toEqual([]);
  });

  it('raises no wrong period on a profit "after a loss in 2023" (the loss is 2023\'s, the profit the latest year\'s)', () => {
    const text = "SK hynix's full-year revenue was 66.19 trillion won. Operating profit was 23.47 trillion won after a 7.73 trillion won loss in 2023.";
    expect(flagged(text, '2025-04-28')).toEqual([]);
    // Chinese writes the loss's year before it, in its own clause: already the loss's.
    expect(flagged('SK海力士全年营收66.19万亿韩元，营业利润23.47万亿韩元，扭转了2023年7.73万亿韩元的亏损。', '2025-04-28')).toEqual([]);
  });

  it('still flags a wrong figure dated in its own clause', () => {
    const text = "Google Cloud's operating income was $1.7 billion in 2024.";
    expect(flagged(text, '2025-02-20')).toEqual(['$1.7 billion fact.wrong-period']);
  });
});

describe("a part's date is the part's", () => {
  it('does not date a total with the period after a part it includes', () => {
    expect(periodOf("Nvidia's roughly $13 billion of revenue includes $10 billion booked in January 2023.", '$13 billion')).toBeUndefined();
    expect(periodOf('Nvidia revenue was $13 billion, including $10 billion in 2023.', '$13 billion')).toBeUndefined();
    expect(periodOf('Nvidia revenue was $13 billion, of which $10 billion arrived in 2023.', '$13 billion')).toBeUndefined();
  });

  it('still dates the part', () => {
    expect(periodOf("Nvidia's roughly $13 billion of revenue includes $10 billion booked in January 2023.", '$10 billion')).toBe('Jan 2023');
  });

  it('with the bundled facts, raises nothing on a correct total and its dated part', () => {
    expect(flagged("Microsoft's roughly $13 billion investment includes $10 billion committed in January 2023.", '2024-10-15')).toEqual([]);
  });
});

describe('the start of a change "from X to Y" keeps its period to itself', () => {
  it('"from $1.7 billion of net income in 2023 to $6.1 billion": 2023 is the start\'s', () => {
    const text = 'Nvidia net income went from $1.7 billion of net income in 2023 to $6.1 billion.';
    expect(periodOf(text, '$6.1 billion')).toBeUndefined();
    expect(periodOf(text, '$1.7 billion')).toBe('2023');
  });

  it('"from 2023\'s $1.7 billion to $6.1 billion"', () => {
    expect(periodOf("Nvidia net income climbed from 2023's $1.7 billion, reaching $6.1 billion.", '$6.1 billion')).toBeUndefined();
  });

  it("keeps the later figure's own period", () => {
    expect(periodOf('Nvidia net income went from $1.7 billion of net income in 2023 to $6.1 billion in 2024.', '$6.1 billion')).toBe('2024');
  });
});

describe('从2023年的X增至Y, 由2023年X升至Y (zh)', () => {
  const zhPeriod = (text: string, figure: string) => {
    const q = qAt(text, figure, 'money');
    const other = [...text.matchAll(/[\d.]+亿美元/g)].map((m) => m[0]).filter((f) => f !== figure);
    const qs = [q, ...other.map((f) => qAt(text, f, 'money'))].sort((a, b) => a.start - b.start);
    return claimOf(bind(text, qs, '2025-03-01'), q).period?.value.label;
  };

  it('the later figure takes no period from the start', () => {
    expect(zhPeriod('谷歌云的营业利润从2023年的17亿美元增至61亿美元。', '61亿美元')).toBeUndefined();
    expect(zhPeriod('谷歌云的营业利润从2023年的17亿美元增至61亿美元。', '17亿美元')).toBe('2023');
    expect(zhPeriod('谷歌云的营业利润由2023年17亿美元升至61亿美元。', '61亿美元')).toBeUndefined();
  });

  it('nor does a later sentence carry the start\'s period on', () => {
    expect(zhPeriod('谷歌云的营业利润由2023年的17亿美元起步。此后升至61亿美元。', '61亿美元')).toBeUndefined();
  });

  it("keeps the later figure's own period", () => {
    expect(zhPeriod('谷歌云的营业利润从2023年的17亿美元增至2024年的61亿美元。', '61亿美元')).toBe('2024');
  });
});

describe('a right change "from X in 2023 to Y" is not flagged', () => {
  it('en and zh (Google Cloud operating income: $1.7B in 2023, $6.1B in 2024)', () => {
    expect(flagged('Over two years, Google Cloud swung from $1.7 billion of operating income in 2023 to $6.1 billion, more than tripling it.', '2025-03-01')).toEqual([]);
    expect(flagged('两年间，谷歌云的营业利润从2023年的17亿美元增至61亿美元，增长超过两倍。', '2025-03-01')).toEqual([]);
  });

  it('a wrong start is still flagged at its own period', () => {
    expect(flagged('Over two years, Google Cloud swung from $6.1 billion of operating income in 2023 to $9.5 billion.', '2025-03-01')).toContain('$6.1 billion fact.wrong-period');
  });
});
