/**
 * The server's memory housekeeping: one full collection once the server is idle after a burst
 * of work (server/src/lsp/idle-gc.ts), and the Node options it is started with everywhere.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IdleCollector } from '../../server/src/lsp/idle-gc';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/node-flags';
import { repoRoot } from '../support/paths';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('idle collection after bursts of work', () => {
  it('collects once, only after enough work and a pause; typing below the threshold never collects', async () => {
    let runs = 0;
    const c = new IdleCollector(() => runs++, 1000, 40);
    for (let i = 0; i < 9; i++) c.note(100);
    await sleep(80);
    assert.equal(runs, 0, 'below the threshold: no collection');
    c.note(200); // 1,100 characters of work
    for (let i = 0; i < 4; i++) {
      await sleep(20);
      c.note(10); // still busy: the pause starts again
    }
    assert.equal(runs, 0, 'no collection while work goes on');
    await sleep(80);
    assert.equal(runs, 1, 'one collection after the pause');
    await sleep(80);
    assert.equal(runs, 1, 'and no more until the next burst');
    c.dispose();
  });

  it('can collect in this Node (the V8 gc made available at run time) and frees memory', async () => {
    const c = new IdleCollector(undefined, 1, 1);
    assert.ok(c.available, 'gc could not be exposed at run time');
    let garbage: unknown[] | undefined = Array.from({ length: 200_000 }, (_, i) => ({ i, s: `x${i}` }));
    const before = process.memoryUsage().heapUsed;
    garbage = undefined;
    c.note(10);
    await sleep(30);
    assert.equal(c.collections, 1);
    assert.ok(process.memoryUsage().heapUsed < before, 'heap did not shrink');
    assert.equal(garbage, undefined);
  });

  it('the server starts with the same Node options from the VS Code client, the bin and the bench', () => {
    const firstLine = fs.readFileSync(path.join(repoRoot(), 'dist', 'server.js'), 'utf8').split('\n')[0];
    assert.equal(firstLine, `#!/usr/bin/env -S node ${SERVER_NODE_FLAGS.join(' ')}`);
    const client = fs.readFileSync(path.join(repoRoot(), 'client', 'src', 'extension.ts'), 'utf8');
    assert.match(client, /execArgv: SERVER_NODE_FLAGS/);
  });
});
