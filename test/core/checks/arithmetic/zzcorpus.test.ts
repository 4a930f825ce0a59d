import { it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildDocument } from '../../../../server/src/core/document/documentModel';
import { tableOutcomes } from '../../../../server/src/core/checks/arithmetic/tableRelations';
import { settle } from '../../../../server/src/core/checks/arithmetic/outcome';
it('corpus tables', () => {
  const dirs = (process.env.TA_DIRS ?? "").split(",");
  for (const dir of dirs) for (const f of fs.readdirSync(dir)) {
    if (!f.endsWith('.md') || f === 'README.md') continue;
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const doc = buildDocument(text);
    for (const o of tableOutcomes(doc, 'en', '2025-06-01')) {
      const s = settle(o, 'en');
      console.log(`${f} | ${o.check} | ${o.result.text} | ${s.consistent ? 'ok' : s.finding?.severity} | ${o.formula}`);
    }
  }
});
