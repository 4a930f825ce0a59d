/**
 * Microsoft's Intelligent Cloud is a segment of its own (data/entities.yaml, parent microsoft): its name
 * binds its figures, which are checked against the segment's revenue facts (filed under Microsoft with the
 * segment as product), while Azure's figures stay Azure's and the company's stay Microsoft's.
 */
import { describe, expect, it } from 'vitest';
import { draftAnalysis } from '../../helpers/draftFindings';
import { bundledFacts } from '../../helpers/facts';
import { factsAbout } from '../../../server/src/core/checks/facts/factLookup';

const DATE = '2024-06-01';
const claimOf = (text: string, figure: string) => draftAnalysis(text, DATE).claims.find((c) => c.quantity.text === figure);

describe('the Intelligent Cloud segment as an entity', () => {
  it('is a named unit of Microsoft whose revenue facts carry it as product', () => {
    const kb = bundledFacts();
    expect(kb.entities.get('intelligent-cloud')?.parent).toBe('microsoft');
    const facts = factsAbout(kb, 'intelligent-cloud', 'revenue.cloud-segment');
    expect(facts.length).toBeGreaterThanOrEqual(5);
    expect(facts.every((f) => f.entity === 'microsoft' && f.product === 'intelligent-cloud')).toBe(true);
  });

  it("binds and checks the segment's figure", () => {
    const c = claimOf('The Intelligent Cloud segment took in $25.9 billion in the December 2023 quarter.', '$25.9 billion');
    expect(c?.entity?.value).toBe('intelligent-cloud');
    expect(c?.verdict).toBe('supported');
  });

  it("leaves Azure's figures to Azure and the company's to Microsoft", () => {
    expect(claimOf('Azure grew 30% in the December 2023 quarter.', '30%')?.entity?.value).toBe('azure');
    expect(claimOf('Microsoft reported revenue of $62.0 billion in the December 2023 quarter.', '$62.0 billion')?.entity?.value).toBe('microsoft');
  });
});
