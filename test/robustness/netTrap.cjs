// Preload (node --require) for the offline tests: every way Node can reach the network is replaced by a
// function that records the attempt (to $TALLY_NET_TRAP_LOG) and throws. Loopback pipes and stdio are
// untouched: they never go through these functions.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload for `node --require` */
'use strict';
const fs = require('node:fs');

function trap(name) {
  return function trapped(...args) {
    const detail = args.map((a) => (typeof a === 'function' ? '<fn>' : typeof a === 'object' ? JSON.stringify(a)?.slice(0, 120) : String(a))).join(', ');
    if (process.env.TALLY_NET_TRAP_LOG) fs.appendFileSync(process.env.TALLY_NET_TRAP_LOG, `${process.pid} ${name}(${detail})\n`);
    throw new Error(`network access blocked by the offline test: ${name}`);
  };
}

const net = require('node:net');
net.connect = trap('net.connect');
net.createConnection = trap('net.createConnection');
net.Socket.prototype.connect = trap('net.Socket.connect');
require('node:tls').connect = trap('tls.connect');
for (const name of ['http', 'https']) {
  const mod = require(`node:${name}`);
  mod.request = trap(`${name}.request`);
  mod.get = trap(`${name}.get`);
}
require('node:http2').connect = trap('http2.connect');
require('node:dgram').createSocket = trap('dgram.createSocket');
const dns = require('node:dns');
for (const f of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveMx', 'resolveTxt', 'reverse']) {
  dns[f] = trap(`dns.${f}`);
  dns.promises[f] = trap(`dns.promises.${f}`);
}
globalThis.fetch = trap('fetch');
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = trap('WebSocket');

// Proof for the test that this preload ran in the process under test.
if (process.env.TALLY_NET_TRAP_LOG) fs.appendFileSync(`${process.env.TALLY_NET_TRAP_LOG}.loaded`, `${process.pid}\n`);
