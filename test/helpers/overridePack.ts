/**
 * A workspace fact pack that overrides a bundled fact (same id): OpenAI's December 2023 run-rate as
 * $2.6B instead of $1.6B, and a draft stating $2.6B. With the pack the draft is supported; without it
 * (an untrusted workspace, or no pack) it is contradicted. Used by the trust and batch-check tests.
 */
export const OVERRIDE_DRAFT = "OpenAI's annualized revenue was $2.6 billion in December 2023, according to The Information.\n";

export const OVERRIDE_PACK = `facts:
  - id: OPENAI-ARR-2023-12-TI
    entity: openai
    metric: revenue.annualized
    value: 2.6e9
    unit: USD
    period: { asOf: 2023-12-31, label: December 2023 }
    qualifiers: [reported, annualized]
    reportedBy: [the-information]
    sources:
      - publisher: Team research note
        url: https://example.com/note
        date: 2024-01-05
        quote: annualized revenue of $2.6 billion
    confidence: high
    fromMemory: false
`;
