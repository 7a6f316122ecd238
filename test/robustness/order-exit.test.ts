/**
 * Order and cancellation over stdio: rapid edits publish only the latest version, requests for
 * closed or unknown documents answer empty (not an error), and the server exits cleanly on
 * shutdown/exit, when its client disconnects, and when its parent process dies.
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { TestClient } from '../support/lsp-client';
import { VALID_SKJ } from './hostile-inputs';
import { CRASH_SIGNS, documentRequests } from './support';

/** null, [], an empty completion list or an empty diagnostic report. */
function isEmptyAnswer(r: unknown): boolean {
  if (r == null) return true;
  if (Array.isArray(r)) return r.length === 0;
  const o = r as { items?: unknown[]; kind?: string };
  if (Array.isArray(o.items)) return o.items.length === 0;
  return false;
}

describe('order and cancellation (stdio)', function () {
  this.timeout(30000);
  let client: TestClient;
  afterEach(async () => {
    if (client?.alive) assert.equal(await client.shutdown(), 0);
    assert.doesNotMatch(client.stderr, CRASH_SIGNS);
  });

  it('rapid incremental edits: only the latest version is ever published', async () => {
    client = new TestClient();
    await client.initialize();
    const uri = 'untitled:rapid.skj.yaml';
    const text = VALID_SKJ();
    const line = text.split('\n').findIndex((l) => l.includes('level: 2'));
    const col = text.split('\n')[line].indexOf('2');
    client.open(uri, text);
    let last = 1;
    for (let i = 0; i < 200; i++) {
      last = client.changeIncremental(uri, [{ range: { start: { line, character: col }, end: { line, character: col + 1 } }, text: String((i % 9) + 1) }]);
    }
    // The last edit leaves level 9 (200 % 9 = 2 → (199 % 9) + 1 = 2)… make it certainly invalid:
    last = client.changeIncremental(uri, [{ range: { start: { line, character: col }, end: { line, character: col + 1 } }, text: '9' }]);
    const diags = await client.waitForDiagnostics(uri);
    await new Promise((r) => setTimeout(r, 400)); // anything late would arrive now
    const mine = client.published.filter((p) => p.uri === uri);
    assert.ok(mine.length >= 1);
    assert.deepEqual([...new Set(mine.map((p) => p.version))], [last], 'a stale version was published');
    assert.ok(diags.some((d) => d.code === 'level-range'));
  });

  it('edits while a slow check runs: the stale result is not published', async () => {
    client = new TestClient();
    await client.initialize();
    const uri = 'untitled:slow.skj.yaml';
    // ~1 s of parsing, then an edit arriving in the middle of it.
    client.open(uri, 'jabatan: [' + 'x, '.repeat(120000) + 'x]\n');
    await new Promise((r) => setTimeout(r, 150));
    const v = client.change(uri, VALID_SKJ());
    assert.deepEqual(await client.waitForDiagnostics(uri, undefined, 10000), []);
    await new Promise((r) => setTimeout(r, 300));
    const mine = client.published.filter((p) => p.uri === uri);
    assert.ok(mine.every((p) => p.version === v || p.version === 1), JSON.stringify(mine.map((p) => p.version)));
    assert.equal(mine[mine.length - 1].version, v);
  });

  it('requests for a closed or an unknown document answer empty, never an error', async () => {
    client = new TestClient({ pull: true });
    await client.initialize();
    const closed = 'untitled:closed.skj.yaml';
    client.open(closed, VALID_SKJ());
    await client.request('textDocument/diagnostic', { textDocument: { uri: closed } });
    client.close(closed);
    const reqs = [
      ...documentRequests(client.capabilities, closed),
      ...documentRequests(client.capabilities, 'untitled:never-opened.skj.yaml'),
      ...documentRequests(client.capabilities, 'file:///nowhere/at/all.kamus.yaml'),
      ...documentRequests(client.capabilities, 'not a uri at all'),
    ];
    assert.ok(reqs.length >= 12, `only ${reqs.length} requests: ${Object.keys(client.capabilities)}`);
    for (const [method, params] of reqs) {
      const t0 = Date.now();
      const r = await client.request(method, params);
      assert.ok(Date.now() - t0 < 2000, method);
      assert.ok(isEmptyAnswer(r), `${method} → ${JSON.stringify(r).slice(0, 200)}`);
    }
    assert.ok(client.alive);
  });

  it('out-of-range positions on an open document answer without error', async () => {
    client = new TestClient();
    await client.initialize();
    const uri = 'untitled:positions.skj.yaml';
    client.open(uri, VALID_SKJ());
    await client.waitForDiagnostics(uri);
    for (const [line, character] of [[-1, -1], [10000, 0], [0, 100000], [2, -5], [2 ** 31 - 1, 2 ** 31 - 1]]) {
      for (const [method, params] of documentRequests(client.capabilities, uri, line, character)) await client.request(method, params);
    }
    assert.ok(client.alive);
  });

  it('exits with code 0 on shutdown + exit', async () => {
    client = new TestClient();
    await client.initialize();
    client.open('untitled:x.skj.yaml', VALID_SKJ());
    assert.equal(await client.shutdown(), 0);
  });

  it('exits when its client disconnects (stdin closed)', async () => {
    client = new TestClient();
    await client.initialize();
    client.proc.stdin!.end();
    const code = await Promise.race([client.exited, new Promise((r) => setTimeout(() => r('timeout'), 5000))]);
    assert.notEqual(code, 'timeout', 'server still running 5 s after its stdin closed');
  });

  for (const how of ['--clientProcessId', 'initialize processId'] as const) {
    it(`exits within a few seconds when its parent dies (${how})`, async function () {
      this.timeout(20000);
      const parent = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
      await new Promise((r) => parent.once('spawn', r));
      const pid = parent.pid!;
      client = new TestClient(how === '--clientProcessId' ? { serverArgs: [`--clientProcessId=${pid}`], processId: pid } : { processId: pid });
      await client.initialize();
      client.open('untitled:orphan.skj.yaml', VALID_SKJ());
      await client.waitForDiagnostics('untitled:orphan.skj.yaml');
      parent.kill('SIGKILL');
      const t0 = Date.now();
      const code = await Promise.race([client.exited, new Promise((r) => setTimeout(() => r('timeout'), 10000))]);
      assert.notEqual(code, 'timeout', 'server outlived its parent by 10 s');
      assert.ok(Date.now() - t0 < 8000);
    });
  }
});
