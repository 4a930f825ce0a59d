/**
 * A reporting segment that houses a product is an entity of its own (data/entities.yaml), and the
 * segment's figures are filed under the company with the segment as `product`: Microsoft's Intelligent
 * Cloud holds Azure but is not Azure. Its figures are the segment's (factsAbout reads them for the
 * segment, as a unit's revenue), never Azure's own, and Azure's are never the segment's.
 */
import { describe, expect, it } from 'vitest';
import { factsAbout } from '../../../server/src/core/checks/facts/factLookup';
import { bundledFacts } from '../../helpers/facts';

describe('a segment and the product it houses keep their own figures', () => {
  const kb = bundledFacts();
  const segmentRevenue = (entity: string) => factsAbout(kb, entity, 'revenue.cloud-segment');

  it("files the segment's revenue under the company with the segment as product", () => {
    const facts = segmentRevenue('microsoft').filter((f) => f.qualifiers.includes('intelligent-cloud'));
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((f) => f.product === 'intelligent-cloud')).toBe(true);
    expect(kb.entities.get('intelligent-cloud')?.parent).toBe('microsoft');
  });

  it("reads the segment's revenue as the segment's own (a unit's revenue)", () => {
    expect(factsAbout(kb, 'intelligent-cloud', 'revenue').some((f) => f.metric === 'revenue.cloud-segment')).toBe(true);
  });

  it("never reads the segment's figures as the product's, nor the product's as the segment's", () => {
    expect(segmentRevenue('azure').some((f) => f.product === 'intelligent-cloud')).toBe(false);
    expect(factsAbout(kb, 'intelligent-cloud').some((f) => f.product === 'azure')).toBe(false);
  });
});
