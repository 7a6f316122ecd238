#!/usr/bin/env node
// The project's test command (`npm test`): builds, type-checks, runs the mocha suites (unit,
// golden fixtures, protocol over stdio, robustness and fuzzing), then the real-editor suites
// (Neovim, code-server + Chromium, VS Code desktop) — each of which says in one line when it
// cannot run here. Ends with one summary line: "tests: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';

const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSuites = [];

function run(name, cmd, args, { parse = 'mocha' } = {}) {
  if (only.length && !only.includes(name)) return;
  console.log(`\n=== ${name}: ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  process.stdout.write(r.stdout ?? '');
  const out = r.stdout ?? '';
  let passed = 0, failed = 0, skipped = 0;
  if (parse === 'mocha') {
    // mocha's "N passing / N failing / N pending", or an editor suite's "N passed, N failed".
    passed = Number(/(\d+) passing/.exec(out)?.[1] ?? /(\d+) passed/.exec(out)?.[1] ?? 0);
    failed = Number(/(\d+) failing/.exec(out)?.[1] ?? /(\d+) failed/.exec(out)?.[1] ?? 0);
    skipped = Number(/(\d+) pending/.exec(out)?.[1] ?? 0);
    if (passed === 0 && failed === 0 && r.status === 0 && /: passed\b/.test(out)) passed = 1;
  }
  if (/\bskipped:/i.test(out) && r.status === 0 && passed === 0) skipped += 1;
  else if (r.status !== 0 && failed === 0) failed = 1; // crashed or failed without a mocha summary
  else if (parse === 'exit' && r.status === 0) passed = 1;
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  if (r.status !== 0) failedSuites.push(name);
}

run('build', 'npm', ['run', '--silent', 'build'], { parse: 'exit' });
run('typecheck', 'npx', ['tsc', '-p', '.'], { parse: 'exit' });
run('mocha', 'npx', ['mocha']);
for (const suite of ['test:neovim', 'test:e2e', 'test:vscode']) {
  const has = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync('package.json', 'utf8'))).scripts?.[suite];
  if (has) run(suite, 'npm', ['run', '--silent', suite]);
}

if (failedSuites.length) console.log(`\nfailed suites: ${failedSuites.join(', ')}`);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSuites.length ? 1 : 0);
