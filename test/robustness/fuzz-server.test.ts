/**
 * Property-based fuzzing of the real server over stdio (time-bounded for CI): random edit
 * sequences on the examples; invariants in test/fuzz/fuzz-lib.ts (`FuzzServer.play`).
 * `npm run fuzz` runs longer and saves failures to test/fuzz/regressions/, replayed below.
 * Environment: SKJ_FUZZ_EDITS (default 15000), SKJ_FUZZ_SEED (default: time-based, printed).
 */
import * as assert from 'node:assert/strict';
import { FuzzServer, fuzzSession, loadRegressions } from '../fuzz/fuzz-lib';

describe('fuzzing the server over stdio (fast-check)', function () {
  this.timeout(300000);

  it('random edit sequences: process up, no errors logged, answers within 2 s, diagnostics inside and for the latest version', async () => {
    const target = Number(process.env.SKJ_FUZZ_EDITS ?? 15000);
    // A fixed seed keeps CI reproducible; `npm run fuzz` explores new seeds (or set SKJ_FUZZ_SEED).
    const seed = Number(process.env.SKJ_FUZZ_SEED ?? 20261122);
    const r = await fuzzSession({ targetEdits: target, seed, timeLimitMs: 180000 });
    const rate = (r.stats.edits / r.ms) * 1000;
    console.log(`      fuzz: seed ${seed}, ${r.stats.edits} edits, ${r.stats.requests} requests in ${r.stats.runs} runs, ${(r.ms / 1000).toFixed(1)} s (${rate.toFixed(0)} edits/s)`);
    if (r.failure) assert.fail(`fuzz failure (replay: SKJ_FUZZ_SEED=${seed}; or save with npm run fuzz -- --seed ${seed}): ${r.failure.error}\nrun: ${JSON.stringify(r.failure.run).slice(0, 4000)}`);
    assert.ok(r.stats.edits >= Math.min(target, 10000), `only ${r.stats.edits} edits within the time limit`);
  });

  describe('saved regressions (test/fuzz/regressions/*.json)', () => {
    const cases = loadRegressions();
    if (!cases.length) it('none saved');
    for (const { file, data } of cases) {
      it(`${file}: ${data.error.slice(0, 120)}`, async () => {
        const server = new FuzzServer();
        try {
          await server.play(data.run);
        } finally {
          await server.dispose();
        }
      });
    }
  });
});
