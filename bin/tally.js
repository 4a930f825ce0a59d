#!/usr/bin/env node
// Entry point for `npx tally` from a clone: the bundled CLI (run `npm run build` first).
require('../dist/cli.js');
