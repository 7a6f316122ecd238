/**
 * Workspace diagnostics through the real server: workspace/diagnostic reports every closed
 * file (200 standards, 3 kamus files), `unchanged` when nothing they depend on changed, new
 * findings for exactly the standards using an edited kamus code; work-done progress for the scan
 * (begin, report, end) and its cancellation; the push fallback; multi-root with one config each.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, type Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from '../support/lsp-client';
import { CODES, kamusText, standardText, tempDir, writeWorkspace } from '../support/workspace';

type Report = { kind: 'full' | 'unchanged'; uri: string; resultId?: string; items?: Diagnostic[] };

async function pullWorkspace(client: TestClient, previous: { uri: string; value: string }[] = []): Promise<Map<string, Report>> {
  const r = await client.request<{ items: Report[] }>('workspace/diagnostic', { previousResultIds: previous });
  return new Map(r.items.map((i) => [i.uri, i]));
}

const ids = (m: Map<string, Report>) => [...m.values()].map((r) => ({ uri: r.uri, value: r.resultId! }));
const uriOf = (p: string) => pathToFileURL(p).href;

describe('protocol: workspace diagnostics', function () {
  this.timeout(60000);
  let dir: string;
  let standards: string[];
  before(() => {
    dir = tempDir('skj-wsdiag-');
    standards = writeWorkspace(dir, 200);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports every closed file, then unchanged, then new findings only for the standards using an edited kamus code', async () => {
    const client = new TestClient({ rootUri: uriOf(dir), pull: true, workDoneProgress: true });
    await client.initialize();
    assert.equal((client.capabilities.diagnosticProvider as { workspaceDiagnostics?: boolean }).workspaceDiagnostics, true);
    const first = await pullWorkspace(client);
    for (const s of standards) {
      const r = first.get(uriOf(s));
      assert.ok(r, `no report for ${s}`);
      assert.equal(r.kind, 'full');
      assert.ok(!r.items!.some((d) => d.code === 'technical-unknown'), `${s}: ${JSON.stringify(r.items!.map((d) => d.code))}`);
    }
    for (let i = 0; i < 3; i++) assert.ok(first.get(uriOf(path.join(dir, 'kamus', `k${i}.kamus.yaml`))), 'kamus file reported');

    // Progress of the scan: begin (cancellable), at least one report, end.
    const kinds = client.progress.map((p) => p.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.ok(client.progress[0].value.cancellable);
    assert.ok(kinds.includes('report'));
    assert.equal(kinds[kinds.length - 1], 'end');

    // Partial results: with a partialResultToken the reports arrive as $/progress, the response empty.
    const partial = await client.request<{ items: Report[] }>('workspace/diagnostic', { previousResultIds: [], partialResultToken: 'ws-partial' });
    await client.waitFor(() => client.progress.filter((p) => p.token === 'ws-partial').flatMap((p) => p.value.items ?? []).length + partial.items.length >= first.size, 5000, 'every partial report');
    const streamed = client.progress.filter((p) => p.token === 'ws-partial');
    assert.ok(streamed.length >= 2, `${streamed.length} partial results`);
    assert.equal(partial.items.length, 0);
    assert.deepEqual(new Set(streamed.flatMap((p) => (p.value.items as Report[]).map((r) => r.uri))), new Set(first.keys()));

    // An edit that touches nothing they use: every report unchanged.
    const other = uriOf(path.join(dir, 'std', 's0000.skj.yaml'));
    client.open(other, standardText(CODES[0], 0));
    client.change(other, standardText(CODES[0], 0) + '# catatan\n');
    const second = await pullWorkspace(client, ids(first));
    for (const [uri, r] of second) assert.equal(r.kind, 'unchanged', uri);
    assert.equal(second.has(other), false, 'an open document is reported by textDocument/diagnostic');
    client.close(other);

    // Kamus k1 renames its code: the standards using KT.B.01 now have technical-unknown.
    const k1 = uriOf(path.join(dir, 'kamus', 'k1.kamus.yaml'));
    client.open(k1, kamusText(CODES[1]));
    client.change(k1, kamusText('KT.B.99'));
    const third = await pullWorkspace(client, ids(first));
    standards.forEach((s, i) => {
      const r = third.get(uriOf(s))!;
      if (i % 3 === 1) {
        assert.equal(r.kind, 'full', s);
        assert.ok(r.items!.some((d) => d.code === 'technical-unknown' && /KT\.B\.01/.test(String(d.message))), s);
      } else assert.equal(r.kind, 'unchanged', s);
    });
    assert.equal(await client.shutdown(), 0);
  });

  it('cancelling the scan ends its progress and stops checking closed files', async () => {
    const big = tempDir('skj-wscancel-');
    try {
      writeWorkspace(big, 600);
      const client = new TestClient({ rootUri: uriOf(big), pull: true, workDoneProgress: true });
      await client.initialize();
      await client.waitFor(() => client.progress.some((p) => p.value.kind === 'report'), 20000, 'a progress report');
      const token = client.progress[0].token;
      void client.conn.sendNotification('window/workDoneProgress/cancel', { token });
      await client.waitFor(() => client.progress.some((p) => p.value.kind === 'end'), 5000, 'progress end after cancel');
      const reports = await pullWorkspace(client);
      assert.ok(reports.size < 600, `the scan went on after cancel: ${reports.size} reports`);
      assert.ok(client.alive);
      assert.equal(await client.shutdown(), 0);
    } finally {
      fs.rmSync(big, { recursive: true, force: true });
    }
  });

  it('pushes closed files for a client without pull diagnostics; scope "open" pushes none', async () => {
    const client = new TestClient({ rootUri: uriOf(dir) });
    await client.initialize();
    const s = uriOf(standards[4]);
    const diags = await client.waitForDiagnostics(s, () => true, 20000);
    assert.ok(Array.isArray(diags));
    await client.waitFor(() => standards.every((f) => client.diagnostics.has(uriOf(f))), 20000, 'every standard pushed');
    assert.equal(await client.shutdown(), 0);

    const open = new TestClient({ rootUri: uriOf(dir), settings: { diagnostics: { scope: 'open' } } });
    await open.initialize();
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(open.published.filter((p) => p.diagnostics.length).length, 0, 'scope open published closed files');
    assert.equal(await open.shutdown(), 0);
  });

  it('switching skj.diagnostics.scope to "open" clears what the client shows of closed files', async () => {
    const settings: { diagnostics: { scope: string } } = { diagnostics: { scope: 'workspace' } };
    const client = new TestClient({ rootUri: uriOf(dir), pull: true, settings });
    await client.initialize();
    const first = await pullWorkspace(client);
    assert.ok(first.size > 200);
    settings.diagnostics.scope = 'open';
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await new Promise((r) => setTimeout(r, 300));
    const after = await pullWorkspace(client, ids(first));
    assert.equal(after.size, first.size);
    for (const [uri, r] of after) assert.deepEqual([r.kind, r.items], ['full', []], uri);
    assert.equal(await client.shutdown(), 0);
  });

  it('a new .skjignore (or config ignore:) takes files out of the workspace report', async () => {
    const w = tempDir('skj-wsignore-');
    try {
      const files = writeWorkspace(w, 6);
      const client = new TestClient({ rootUri: uriOf(w), pull: true });
      await client.initialize();
      assert.equal([...(await pullWorkspace(client)).keys()].filter((u) => u.endsWith('.skj.yaml')).length, 6);
      fs.writeFileSync(path.join(w, '.skjignore'), 'std/s000[0-2].skj.yaml\n');
      void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path.join(w, '.skjignore')), type: 1 }] });
      await new Promise((r) => setTimeout(r, 1500));
      const after = [...(await pullWorkspace(client)).keys()].filter((u) => u.endsWith('.skj.yaml'));
      assert.deepEqual(after.sort(), files.slice(3).map(uriOf).sort());
      fs.writeFileSync(path.join(w, 'skj.config.yaml'), 'ignore:\n  - std/s0003.skj.yaml\n');
      void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path.join(w, 'skj.config.yaml')), type: 1 }] });
      await new Promise((r) => setTimeout(r, 1500));
      const last = [...(await pullWorkspace(client)).keys()].filter((u) => u.endsWith('.skj.yaml'));
      assert.deepEqual(last.sort(), files.slice(4).map(uriOf).sort());
      assert.equal(await client.shutdown(), 0);
    } finally {
      fs.rmSync(w, { recursive: true, force: true });
    }
  });

  it('multi-root: each folder judged by its own skj.config.yaml', async () => {
    const a = tempDir('skj-root-a-');
    const b = tempDir('skj-root-b-');
    try {
      const bad = standardText('KT.NONE.01', 1); // a code no kamus defines
      for (const d of [a, b]) fs.writeFileSync(path.join(d, 'x.skj.yaml'), bad);
      fs.writeFileSync(path.join(a, 'skj.config.yaml'), 'rules:\n  technical-unknown: off\n');
      fs.writeFileSync(path.join(b, 'skj.config.yaml'), 'rules:\n  technical-unknown: error\n');
      const client = new TestClient({ workspaceFolders: [uriOf(a), uriOf(b)], pull: true });
      await client.initialize();
      const reports = await pullWorkspace(client);
      const codesOf = (d: string) => reports.get(uriOf(path.join(d, 'x.skj.yaml')))!.items!.filter((x) => x.code === 'technical-unknown');
      assert.deepEqual(codesOf(a), []);
      assert.equal(codesOf(b)[0]?.severity, 1);
      // The same for an open document of each folder.
      for (const [d, want] of [[a, 0], [b, 1]] as const) {
        const uri = uriOf(path.join(d, 'x.skj.yaml'));
        client.open(uri, bad);
        const doc = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
        assert.equal(doc.items.filter((x) => x.code === 'technical-unknown').length, want, d);
      }
      assert.equal(await client.shutdown(), 0);
    } finally {
      fs.rmSync(a, { recursive: true, force: true });
      fs.rmSync(b, { recursive: true, force: true });
    }
  });

  it('a pull with nothing changed since the last answer is held (long poll) until an edit, or until cancelled', async () => {
    const client = new TestClient({ rootUri: uriOf(dir), pull: true });
    await client.initialize();
    const first = await pullWorkspace(client);
    let answered: Map<string, Report> | undefined;
    const held = pullWorkspace(client, ids(first)).then((m) => (answered = m));
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(answered, undefined, 'answered although nothing changed (VS Code would ask again at once, all day)');
    // An edit answers it: every closed file unchanged.
    const other = uriOf(path.join(dir, 'std', 's0001.skj.yaml'));
    client.open(other, standardText(CODES[1], 1));
    client.change(other, standardText(CODES[1], 1) + '# catatan\n');
    await held;
    assert.ok(answered!.size > 100);
    for (const [uri, r] of answered!) assert.equal(r.kind, 'unchanged', uri);
    client.close(other);
    // Cancelling a held pull ends it.
    const again = await pullWorkspace(client, ids(first));
    const source = new CancellationTokenSource();
    const cancelledPull = client.conn.sendRequest('workspace/diagnostic', { previousResultIds: ids(again) }, source.token).then(
      () => 'answered',
      () => 'cancelled',
    );
    await new Promise((r) => setTimeout(r, 300));
    source.cancel();
    assert.ok(['answered', 'cancelled'].includes(await Promise.race([cancelledPull, new Promise<string>((r) => setTimeout(() => r('still held'), 5000))])));
    assert.ok(client.alive);
    assert.equal(await client.shutdown(), 0);
  });
});

