#!/usr/bin/env node
// The language server for any editor; speaks LSP over stdio unless another transport is given.
if (!process.argv.slice(2).some((a) => a.startsWith('--node-ipc') || a.startsWith('--socket') || a.startsWith('--pipe') || a === '--stdio')) {
  process.argv.push('--stdio');
}
require('../dist/server.js');
