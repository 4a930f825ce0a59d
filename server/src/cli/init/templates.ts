/**
 * The files `tally init` writes. The config lists every setting of core/options.ts with its default
 * (DESCRIPTIONS is typed by Options, so a new setting cannot be left out), plus the CLI's `ignore`.
 * The example pack holds one fact in the real schema (data/schema/facts.schema.json) about an entity of
 * its own, so it passes `tally facts lint` and cannot change what Tally concludes about real drafts.
 */
import { stringify } from 'yaml';
import { DEFAULT_OPTIONS, type Options } from '../../core/options';
import { CHECKS } from '../../core/checks/registry';

const DESCRIPTIONS: Record<keyof Options, string[]> = {
  enable: ['Check the numbers in Markdown documents (the editor; `tally check` always checks what it is given).'],
  severity: [
    'Severity per check id: off, hint, information, warning or error. A check not listed keeps its default:',
    ...CHECKS.map((c) => `  ${c.id}: ${c.defaultSeverity}`),
    'For example:',
    '  severity:',
    '    fact.stale: information',
    '    arith.ambiguous-growth: off',
  ],
  reportUnverified: ['Also report claims that no fact in the fact base can decide (as hints).'],
  factPaths: ['Fact pack files or folders (YAML), relative to the workspace root, merged over the bundled facts.', 'A pack fact with the id of a bundled fact replaces it.'],
  documentDate: ['The date (YYYY-MM-DD) to assume for drafts that state none in their front matter;', 'relative periods such as "last year" resolve against it. Empty: the draft’s own date, or none.'],
  maxDocumentSize: ['Documents longer than this many characters are checked only up to this size (Tally says so).'],
  debounceMs: ['Editor only: milliseconds to wait after typing before re-checking.'],
  locale: ['Language of messages: auto (the editor’s language; en on the command line), en or zh-cn.'],
};

function comment(lines: string[]): string {
  return lines.map((l) => `# ${l}`.trimEnd()).join('\n');
}

function setting(key: string, value: unknown): string {
  return stringify({ [key]: value }, { flowCollectionPadding: false }).trimEnd();
}

export function configTemplate(): string {
  const blocks = (Object.keys(DESCRIPTIONS) as (keyof Options)[]).map((key) => `${comment(DESCRIPTIONS[key])}\n${setting(key, DEFAULT_OPTIONS[key])}`);
  blocks.push(
    `${comment(['Command line only: gitignore-style patterns of files `tally check` skips in folders and globs', '(a file named explicitly is always checked). .gitignore files are honoured as well.'])}\n${setting('ignore', [])}`,
  );
  return `# Tally settings for this workspace, read by \`tally check\` and by the editor extension alike.
# Precedence: command-line flags and explicit editor settings > this file > built-in defaults.
# Every setting is listed with its default value; delete the ones you do not change.

${blocks.join('\n\n')}
`;
}

export const EXAMPLE_FACTS = `# An example fact pack. Tally loads every YAML file under the folders in factPaths (.tally/facts by
# default) on top of its bundled fact base. Check a pack with \`tally facts lint .tally/facts\`.
# Schema: https://github.com/tally-dev/tally/blob/main/data/schema/facts.schema.json
#
# This example defines an entity of its own so that it changes nothing Tally says about real drafts:
# replace it with your own facts, or delete the file. A pack may refer to bundled entities and metrics
# (nvidia, openai, revenue, valuation, ...: see \`tally facts search <words>\`), and a pack fact with the
# id of a bundled fact replaces it.

entities:
  - id: example-co                 # lower-case kebab-case
    kind: company                  # company, product, model, person, organisation, currency-pair, event, other
    names:                         # the exact forms matched in drafts; leave out ordinary words
      en: [Example Co, Example Company]
      zh: [示例公司]
    fiscalYearEnd: "12-31"         # month-day the fiscal year ends; omit for the calendar year

facts:
  - id: EXAMPLE-CO-FY2024-REV      # stable id, unique across all packs
    entity: example-co             # what the fact is about
    metric: revenue                # a metric id (data/metrics.yaml): revenue, net-income, valuation, ...
    value: 1.25e9                  # in base units: 1.25e9 for "$1.25 billion", 30 for 30%
    unit: USD                      # USD, CNY, EUR, ..., count, percent, points, ratio, multiple
    period:                        # start and end (inclusive) for a flow; asOf: YYYY-MM-DD for a level
      start: 2024-01-01
      end: 2024-12-31
      label: FY2024                # how the source words the period (shown in hovers)
    qualifiers: [reported]         # reported, estimate, guidance, annualized, post-money, ...
    sources:                       # where it was read: publisher and an http(s) url at least
      - publisher: Example Co
        title: Example Co annual report 2024
        url: https://example.com/annual-report-2024
        date: 2025-02-15           # YYYY-MM-DD, YYYY-MM or YYYY
        quote: Revenue for the year was $1.25 billion.
    confidence: high               # high: the company's own text; medium: reputable press; low: anything else
    fromMemory: false              # true when no page was found (such facts only inform)
    note: An example; replace it with a fact you can source.
`;
