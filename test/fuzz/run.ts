/**
 * `npm run fuzz [-- --edits N --seed S --minutes M]`: fuzzes the built server (dist/server.js)
 * for longer than the CI test does. A failure is saved to test/fuzz/regressions/ (seed, fast-check
 * path and the shrunk edit sequence), which the normal test run replays; exit code 1.
 * Environment variables SKJ_FUZZ_EDITS / SKJ_FUZZ_SEED / SKJ_FUZZ_MINUTES do the same.
 */
import { fuzzSession, saveRegression } from './fuzz-lib';

function arg(name: string, env: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : process.env[env];
  return v !== undefined && v !== '' && !Number.isNaN(Number(v)) ? Number(v) : fallback;
}

async function main(): Promise<number> {
  const edits = arg('edits', 'SKJ_FUZZ_EDITS', 200000);
  const seed = arg('seed', 'SKJ_FUZZ_SEED', Date.now() % 1_000_000_000);
  const minutes = arg('minutes', 'SKJ_FUZZ_MINUTES', 30);
  console.log(`fuzz: up to ${edits} edits or ${minutes} min, seed ${seed}`);
  const r = await fuzzSession({ targetEdits: edits, seed, timeLimitMs: minutes * 60000, maxEditsPerRun: 400, log: console.log });
  const rate = (r.stats.edits / r.ms) * 1000;
  console.log(`fuzz: ${r.stats.edits} edits, ${r.stats.requests} requests, ${r.stats.runs} runs, ${r.stats.restarts} restarts in ${(r.ms / 1000).toFixed(1)} s (${rate.toFixed(0)} edits/s)`);
  if (r.failure) {
    const file = saveRegression(r.failure);
    console.error(`fuzz: FAILED: ${r.failure.error}\n  saved ${file} (replayed by the robustness test suite)`);
    return 1;
  }
  console.log('fuzz: no failure');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(2);
  },
);
