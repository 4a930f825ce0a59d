/**
 * JSON-Schema validation of single entries (one entity, metric or fact) with ajv, and the mapping of
 * ajv's errors to readable messages at the line and column of the offending YAML node.
 * The schemas are the files writers see in data/schema/; `errorHint` in them gives the message for a
 * failed pattern or combination, so rules and their wording live in one place.
 */
import type { default as Ajv, ErrorObject, ValidateFunction } from 'ajv';
import entitiesSchema from '../../../../data/schema/entities.schema.json';
import factsSchema from '../../../../data/schema/facts.schema.json';
import metricsSchema from '../../../../data/schema/metrics.schema.json';
import type { Problem } from '../model';
import { keyNodeAt, nodeAt, originOfNode, pathLabel, pointerToPath } from './nodes';
import { PROBLEM, problem } from './problems';
import type { FileEntry, ParsedFactFile, Section } from './yamlFile';

const ENTRY_SCHEMA: Record<Section, string> = {
  entities: `${entitiesSchema.$id}#/definitions/entity`,
  metrics: `${metricsSchema.$id}#/definitions/metric`,
  facts: `${factsSchema.$id}#/definitions/fact`,
};
const SINGULAR: Record<Section, string> = { entities: 'entity', metrics: 'metric', facts: 'fact' };

let validators: Record<Section, ValidateFunction> | undefined;

/**
 * Compiled once per process: compiling the three schemas takes a few milliseconds. ajv is loaded here,
 * on first need (`require`, so the bundle runs its top-level code then): a start with no workspace
 * fact pack validates nothing, the bundled facts coming from the snapshot.
 */
function entryValidators(): Record<Section, ValidateFunction> {
  if (!validators) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const AjvClass = (require('ajv') as { default: typeof Ajv }).default;
    const ajv = new AjvClass({ allErrors: true, verbose: true, strict: true, strictTypes: false, strictRequired: false });
    ajv.addVocabulary(['errorHint']);
    ajv.addSchema([entitiesSchema, metricsSchema, factsSchema]);
    const get = (ref: string) => {
      const validate = ajv.getSchema(ref);
      if (!validate) throw new Error(`schema ${ref} not found`);
      return validate;
    };
    validators = { entities: get(ENTRY_SCHEMA.entities), metrics: get(ENTRY_SCHEMA.metrics), facts: get(ENTRY_SCHEMA.facts) };
  }
  return validators;
}

/** How an entry is named in messages: by its id when it has one, else by its position in the list. */
export function entryLabel(entry: FileEntry): string {
  const id = (entry.value as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? `${SINGULAR[entry.section]} "${id}"` : `${entry.section}[${entry.index}]`;
}

const COMBINATORS = new Set(['anyOf', 'oneOf', 'not', 'if']);

/** A failed anyOf/oneOf reports every branch too; keep only the combinator's own error. */
function withoutBranchNoise(errors: ErrorObject[]): ErrorObject[] {
  const combinators = errors.filter((e) => COMBINATORS.has(e.keyword));
  return errors.filter(
    (e) => !combinators.some((c) => c !== e && e.schemaPath.startsWith(`${c.schemaPath}/`) && e.instancePath.startsWith(c.instancePath)),
  );
}

function hintOf(error: ErrorObject): string | undefined {
  const hint = (error.parentSchema as { errorHint?: unknown } | undefined)?.errorHint;
  return typeof hint === 'string' ? hint : undefined;
}

function closest(name: string, candidates: string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length];
  };
  const best = candidates.map((c) => ({ c, d: distance(name.toLowerCase(), c.toLowerCase()) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= 2 ? best.c : undefined;
}

function describe(error: ErrorObject, label: string): string {
  const path = pathLabel(pointerToPath(error.instancePath));
  const where = path ? `\`${path}\`` : label;
  const hint = hintOf(error);
  const shown = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));
  switch (error.keyword) {
    case 'required':
      return hint ? `${label}: ${hint}.` : `${label}: missing required property \`${path ? `${path}.` : ''}${error.params.missingProperty}\`.`;
    case 'additionalProperties': {
      const name = String(error.params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const suggestion = closest(name, known);
      return `${label}: unknown property \`${path ? `${path}.` : ''}${name}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}.`;
    }
    case 'enum':
      return `${label}: ${where} is ${shown(error.data)}; expected one of ${(error.params.allowedValues as unknown[]).join(', ')}.`;
    case 'type':
      return path ? `${label}: ${where} must be of type ${error.params.type}.` : `Each entry of \`${label.split(/[ []/)[0]}\` must be a mapping of properties.`;
    case 'pattern':
      return hint ? `${label}: ${hint} (${where} is ${shown(error.data)}).` : `${label}: ${where} ${error.message}.`;
    default:
      return hint ? `${label}: ${hint}.` : `${label}: ${where} ${error.message}.`;
  }
}

/** Schema problems of one entry, each at the node it is about; empty when the entry is valid. */
export function schemaProblems(parsed: ParsedFactFile, entry: FileEntry): Problem[] {
  const validate = entryValidators()[entry.section];
  if (validate(entry.value)) return [];
  const label = entryLabel(entry);
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const error of withoutBranchNoise(validate.errors ?? [])) {
    const path = pointerToPath(error.instancePath);
    const node =
      error.keyword === 'additionalProperties'
        ? keyNodeAt(entry.node, path, String(error.params.additionalProperty))
        : nodeAt(entry.node, path);
    const message = describe(error, label);
    if (seen.has(message)) continue;
    seen.add(message);
    const code = path[path.length - 1] === 'url' ? PROBLEM.urlScheme : PROBLEM.schema;
    problems.push(problem(code, message, originOfNode(parsed, node, entry.origin)));
  }
  return problems;
}
