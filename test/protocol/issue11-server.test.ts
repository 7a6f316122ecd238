/**
 * Server answers that were wrong (issue 11): the analysis cache served stale findings when a
 * document came back with the same version and other text (or a lower version); the server kept
 * answering and publishing after `shutdown`; a kamus with CR-only line breaks was refused as one
 * long line; a standard of 40,000 keys in one map blocked the server.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { manyKeysText } from '../../bench/corpus';
import { TestClient } from '../support/lsp-client';
import { repoRoot } from '../support/paths';

const example = (name: string) => fs.readFileSync(path.join(repoRoot(), 'examples', name), 'utf8');
const good = () => example('kasubbag-umum-pengawas.skj.yaml');
const bad = () => good().replace('- kode: M.08', '- kode: M.09');
const codes = (d: { code?: unknown }[]) => d.map((x) => String(x.code)).sort();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('language server over stdio: issue 11', function () {
  this.timeout(30000);
  let client: TestClient;
  afterEach(async () => {
    if (client?.alive) await client.shutdown();
  });

  it('a document reopened with the same version and other text, or with a lower version, is checked again', async () => {
    for (const pull of [false, true]) {
      client = new TestClient({ pull });
      await client.initialize();
      const uri = 'untitled:cache.skj.yaml';
      const findings = async (version: number): Promise<string[]> => {
        if (pull) return codes(((await client.request('textDocument/diagnostic', { textDocument: { uri } })) as { items: { code?: unknown }[] }).items);
        return codes(await client.waitForDiagnostics(uri, () => client.diagnostics.get(uri)?.version === version));
      };
      const open = (version: number, text: string) => (client.diagnostics.delete(uri), client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'skj', version, text } }));
      await open(1, good());
      assert.deepEqual(await findings(1), [], 'the valid file');
      // Closed and opened again with version 1 and other text (an editor that restarts its count).
      await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await open(1, bad());
      assert.deepEqual(await findings(1), ['missing-competency', 'unknown-competency'], `same version, other text (${pull ? 'pull' : 'push'})`);
      // Opened again without a close, same version, the valid text back.
      await open(1, good());
      assert.deepEqual(await findings(1), [], 'a second didOpen');
      // A version going back: 5 with the broken text, then 2 with the valid one.
      client.diagnostics.delete(uri);
      await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text: bad() }] });
      assert.deepEqual(await findings(5), ['missing-competency', 'unknown-competency']);
      await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await open(2, good());
      assert.deepEqual(await findings(2), [], 'a lower version');
      await client.shutdown();
    }
  });

  it('after shutdown: every request gets InvalidRequest, notifications are dropped, nothing is published, exit ends with 0', async () => {
    client = new TestClient();
    await client.initialize();
    const uri = 'untitled:late.skj.yaml';
    // A change whose diagnostics are still debounced when shutdown arrives.
    client.open(uri, bad());
    const before = client.published.length;
    assert.equal(await client.request('shutdown', null), null);
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 3 } }],
      ['textDocument/documentSymbol', { textDocument: { uri } }],
      ['textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 3 } }],
      ['skj/newStandard', { kelompok: 'administrasi', jenjang: 'pengawas' }],
      ['shutdown', null],
    ] as const) {
      await assert.rejects(client.request(method, params), (e: { code?: number }) => e.code === -32600, `${method} after shutdown`);
    }
    client.open('untitled:after.skj.yaml', bad());
    await sleep(600); // several debounce periods
    assert.equal(client.published.length, before, `published after shutdown: ${JSON.stringify(client.published.slice(before).map((p) => p.uri))}`);
    assert.ok(client.alive, 'the server waits for exit');
    assert.equal(await client.exitAndWait(), 0);
  });

  it('a standard with 40,000 keys in one map: a clear finding soon, and the server keeps answering', async () => {
    client = new TestClient();
    await client.initialize();
    const uri = 'untitled:keys.skj.yaml';
    const text = manyKeysText(40_000);
    client.open(uri, text);
    const diags = await client.waitForDiagnostics(uri, undefined, 10000);
    const schema = diags.filter((d) => d.code === 'schema');
    assert.equal(schema.length, 101, 'at most 100 schema findings, then one that counts the rest');
    assert.ok(schema.some((d) => /39\.?9\d\d masalah struktur lain/.test(String(d.message))), schema.map((d) => d.message).slice(0, 2).join('\n'));
    assert.equal(diags.filter((d) => d.code === 'yaml-syntax' && /Kunci ganda/.test(String(d.message))).length, 2, 'both repeated keys');
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length >= 3);
  });

  it('skj check on the 40,000-key standard: the same bounded findings, exit 1', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-keys-'));
    fs.writeFileSync(path.join(dir, 'keys.skj.yaml'), manyKeysText(40_000));
    const cli = spawnSync(process.execPath, [path.join(repoRoot(), 'dist', 'cli.js'), 'check', dir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    assert.equal(cli.status, 1, cli.stderr);
    const out = cli.stdout;
    assert.equal((out.match(/"schema"/g) ?? []).length >= 101, true);
    assert.match(out, /masalah struktur lain di berkas ini tidak ditampilkan/);
    assert.match(out, /Kunci ganda/);
  });

  it('a kamus with CR-only line breaks (over the live line limit as one line) is indexed by the server and by skj check', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-cr-'));
    // Longer than maxLineLength (100,000 characters) in total, every line short.
    const kamus = `${example('diskominfo.kamus.yaml')}${'# catatan pengisi untuk memperpanjang berkas kamus\n'.repeat(2500)}`.replace(/\n/g, '\r');
    assert.ok(kamus.length > 100_000);
    fs.writeFileSync(path.join(dir, 'cr.kamus.yaml'), kamus);
    const stdText = example('pranata-komputer-ahli-pertama.skj.yaml');
    fs.writeFileSync(path.join(dir, 'pranata.skj.yaml'), stdText);
    client = new TestClient({ rootUri: pathToFileURL(dir).href });
    await client.initialize();
    const std = pathToFileURL(path.join(dir, 'pranata.skj.yaml')).href;
    client.open(std, stdText);
    // KT.TIK.03 comes from the CR-only kamus: no technical-unknown once it is indexed.
    assert.deepEqual(await client.waitForDiagnostics(std, (d) => d.length === 0, 10000), []);
    const kamusUri = pathToFileURL(path.join(dir, 'cr.kamus.yaml')).href;
    client.open(kamusUri, kamus, 'skj-kamus');
    assert.deepEqual(codes(await client.waitForDiagnostics(kamusUri)), [], 'the kamus is checked live, not refused');
    // skj check agrees.
    const cli = spawnSync(process.execPath, [path.join(repoRoot(), 'dist', 'cli.js'), 'check', dir, '--format', 'json'], { encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stdout + cli.stderr);
  });
});
