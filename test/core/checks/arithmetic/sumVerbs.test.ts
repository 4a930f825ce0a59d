/**
 * Sums stated by their verb or their adding word (sums.ts): a list closed by "and" whose verb is "make"
 * ("A and B, make T"), and parts joined by "on top of" / "plus" / 加上 across a long description of the first.
 */
import { describe, expect, it } from 'vitest';
import { arithFlags } from './arithFlags';

const flags = (text: string) => arithFlags(text, 'arith.sum');

describe('"A and B make T"', () => {
  it('reads the list before "make" as the parts', () => {
    expect(flags('The two grants, $4.25 billion and $1.5 billion, make $5.75 billion.')).toEqual([]);
    expect(flags('The two grants, $4.25 billion and $1.5 billion, make $6.75 billion.')).toEqual(['$6.75 billion']);
    expect(flags('Its two plants, 1,200 MW and 800 MW, together make 2,500 MW.')).toEqual(['2,500']);
  });
  it('near miss: "makes" after another subject, or a list not closed by "and", is no sum', () => {
    expect(flags('Google spent $52.5 billion and Meta $39.2 billion, which makes $20 billion of buybacks look small.')).toEqual([]);
    expect(flags('The grant was $4.25 billion; $1.5 billion, make $6.75 billion.')).toEqual([]);
  });
});

describe('a part added "on top of" a long description', () => {
  it('joins the two parts of the total', () => {
    expect(flags('The lab raised $2.4 billion in March 2024 in a round led by two sovereign funds, on top of a $300 million seed, or $2.7 billion in all.')).toEqual([]);
    expect(flags('The lab raised $2.4 billion in March 2024 in a round led by two sovereign funds, on top of a $300 million seed, or $2.9 billion in all.')).toEqual(['$2.9 billion']);
  });
  it('near miss: a long gap with no adding word still ends the list', () => {
    expect(flags('The lab raised $2.4 billion in March 2024 in a round led by two sovereign funds and several strategic investors, after a $300 million seed; the two, $2.4 billion and $300 million, are $2.7 billion in all.')).toEqual([]);
  });
});

describe('"…, T in all, with X next at Y": a figure told after the closed sum is no sum', () => {
  it('the cue closing the sum before it does not make the next figure a total', () => {
    expect(flags('Omdia counted 150,000 H100s for Microsoft and 150,000 for Meta in 2023, 300,000 in all, with Google next at 50,000.')).toEqual([]);
    // The closed sum itself is still checked.
    expect(flags('Omdia counted 150,000 H100s for Microsoft and 150,000 for Meta in 2023, 350,000 in all, with Google next at 50,000.')).toEqual(['350,000']);
  });
  it('near miss: a cue that opens the total\'s own clause still reads it', () => {
    expect(flags('Microsoft took 150,000 H100s and Meta 150,000, which in all comes to 400,000.')).toEqual(['400,000']);
  });
});
