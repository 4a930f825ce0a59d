#!/usr/bin/env node
// Entry point for `npx tally` from a clone: the bundled CLI (run `npm run build` first). The bundle
// starts itself only when run directly (`node dist/cli.js`), so the bin starts it here.
require('../dist/cli.js').runFromProcess();
