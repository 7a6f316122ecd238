// Preloaded into the server by test/robustness/security.test.ts: any attempt to reach the network,
// start a process or evaluate code is reported on stderr (and refused).
'use strict';
const report = (what) => {
  process.stderr.write(`SKJ-SECURITY-VIOLATION ${what}\n`);
  throw new Error(`blocked: ${what}`);
};
const net = require('node:net');
net.Socket.prototype.connect = function () { report('net.Socket.connect'); };
net.connect = net.createConnection = () => report('net.connect');
for (const m of ['http', 'https']) {
  const mod = require(`node:${m}`);
  mod.request = () => report(`${m}.request`);
  mod.get = () => report(`${m}.get`);
}
require('node:dns').lookup = () => report('dns.lookup');
const cp = require('node:child_process');
for (const f of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) cp[f] = () => report(`child_process.${f}`);
const vm = require('node:vm');
// One fixed lookup is allowed: the idle collector (server/src/lsp/idle-gc.ts) fetches V8's `gc`
// function with vm.runInNewContext('gc') — constant source, never text from the input.
const origRunInNewContext = vm.runInNewContext;
for (const f of ['runInThisContext', 'runInNewContext', 'runInContext', 'compileFunction']) {
  vm[f] = (...args) => (f === 'runInNewContext' && args.length === 1 && args[0] === 'gc' ? origRunInNewContext('gc') : report(`vm.${f}`));
}
globalThis.fetch = () => report('fetch');
globalThis.eval = () => report('eval');
// The Function constructor is used by ajv to compile the bundled JSON Schemas (fixed code shipped
// with the tool). It is allowed, but no generated source may contain text from the input: the
// test passes markers (strings only its hostile inputs contain) in SKJ_SANDBOX_MARKERS.
const markers = JSON.parse(process.env.SKJ_SANDBOX_MARKERS || '[]');
const OrigFunction = Function;
const check = (args) => {
  const src = args.map(String).join('\n');
  for (const m of markers) if (src.includes(m)) report(`Function built from input text (${m})`);
  process.stderr.write('SKJ-CODEGEN\n');
};
globalThis.Function = new Proxy(OrigFunction, {
  construct: (t, args) => (check(args), Reflect.construct(t, args)),
  apply: (t, self, args) => (check(args), Reflect.apply(t, self, args)),
});
OrigFunction.prototype.constructor = globalThis.Function;
