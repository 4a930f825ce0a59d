// Which labels the fact base can decide at warning level. By design (checking-model §5, issue #4) a
// finding resting only on low-confidence or from-memory facts is information, which the eval does not
// count as flagged; so recall is also reported over the wrong fact labels that name at least one fact
// of high or medium confidence: the share of misses the rules, not the evidence, are responsible for.
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

/** id → { trusted } for every bundled fact (data/facts/*.yaml). */
export function loadFactTrust(root) {
  const dir = path.join(root, 'data', 'facts');
  const trust = new Map();
  for (const name of fs.readdirSync(dir)) {
    if (!/\.ya?ml$/.test(name)) continue;
    const doc = parseYaml(fs.readFileSync(path.join(dir, name), 'utf8'));
    for (const f of doc?.facts ?? []) {
      if (f && typeof f.id === 'string') trust.set(f.id, { trusted: !f.fromMemory && f.confidence !== 'low' });
    }
  }
  return trust;
}

/**
 * A label's fact ids are research ids; the bundled base splits some into `ID.part`. A label is
 * decidable when one of the facts it names (or one of their parts) is trusted.
 */
export function decidable(label, trust) {
  return (label.factIds ?? []).some((id) => {
    if (trust.get(id)?.trusted) return true;
    for (const [fid, t] of trust) if (t.trusted && fid.startsWith(`${id}.`)) return true;
    return false;
  });
}
