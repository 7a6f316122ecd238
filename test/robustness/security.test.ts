/**
 * Security promises of SECURITY.md: no network, processes or code evaluation from any input;
 * file reads confined to the workspace folders (symlinks leaving them refused); untrusted
 * workspaces in limited mode (nothing read from disk).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkspaceFolders } from '../../server/src/lsp/workspace';
import { TestClient } from '../support/lsp-client';
import { repoRoot } from '../support/paths';
import { example, hostileTexts, VALID_KAMUS, VALID_SKJ } from './hostile-inputs';
import { documentRequests } from './support';

const PRELOAD = path.join(repoRoot(), 'test', 'robustness', 'sandbox-preload.js');

describe('security: no network, no processes, no code evaluation from any input', function () {
  this.timeout(60000);
  it('hostile files and every advertised request on them make no network call, spawn nothing, evaluate nothing', async () => {
    process.env.SKJ_SANDBOX_MARKERS = JSON.stringify(['__skjPwned', 'process.exit(7)', 'lol', '/tmp/skj-pwned']);
    const client = new TestClient({ nodeArgs: ['--require', PRELOAD] });
    delete process.env.SKJ_SANDBOX_MARKERS;
    await client.initialize();
    const tags = ['jabatan: !!js/function "function () { globalThis.__skjPwned = 1 }"\n', 'jabatan: !<tag:yaml.org,2002:js/function> "function () { process.exit(7) }"\nx: !!python/object/apply:os.system ["touch /tmp/skj-pwned"]\n'];
    const texts = [...tags, ...hostileTexts().filter((h) => h.text.length < 200000).map((h) => h.text), VALID_SKJ(), VALID_KAMUS(), example('pranata-komputer-ahli-pertama.skj.yaml')];
    let i = 0;
    for (const text of texts) {
      for (const ext of ['skj.yaml', 'kamus.yaml']) {
        const uri = `untitled:sec-${i++}.${ext}`;
        client.open(uri, text);
        await client.waitForDiagnostics(uri, undefined, 10000);
        for (const [method, params] of documentRequests(client.capabilities, uri, 3, 8)) await client.request(method, params);
        client.close(uri);
      }
    }
    assert.ok(client.alive);
    assert.equal(await client.shutdown(), 0);
    assert.doesNotMatch(client.stderr, /SKJ-SECURITY-VIOLATION.*/);
    assert.ok(!fs.existsSync('/tmp/skj-pwned'));
  });
});

describe('security: file reads confined to the workspace folders', function () {
  this.timeout(30000);
  let base: string;
  let ws: string;
  let outside: string;
  before(() => {
    base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'skj-sec-')));
    ws = path.join(base, 'ws');
    outside = path.join(base, 'outside');
    fs.mkdirSync(ws);
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'secret.kamus.yaml'), VALID_KAMUS());
    fs.symlinkSync(path.join(outside, 'secret.kamus.yaml'), path.join(ws, 'link.kamus.yaml'));
    fs.symlinkSync(outside, path.join(ws, 'linked-dir'));
  });
  after(() => fs.rmSync(base, { recursive: true, force: true }));

  it('WorkspaceFolders.contains: inside yes; a symlink (file or folder) leading outside no; ../ no', () => {
    const w = new WorkspaceFolders();
    w.setFromUris([pathToFileURL(ws).href]);
    fs.writeFileSync(path.join(ws, 'inside.kamus.yaml'), 'kamus: {}\n');
    assert.equal(w.contains(path.join(ws, 'inside.kamus.yaml')), true);
    assert.equal(w.contains(path.join(ws, 'link.kamus.yaml')), false);
    assert.equal(w.contains(path.join(ws, 'linked-dir', 'secret.kamus.yaml')), false);
    assert.equal(w.contains(path.join(ws, '..', 'outside', 'secret.kamus.yaml')), false);
    assert.equal(w.contains(ws + '-sibling'), false);
    fs.rmSync(path.join(ws, 'inside.kamus.yaml'));
  });

  it('the server does not index a kamus reached through a symlink leaving the workspace', async () => {
    const client = new TestClient({ rootUri: pathToFileURL(ws).href });
    await client.initialize();
    const uri = pathToFileURL(path.join(ws, 'a.skj.yaml')).href;
    client.open(uri, example('pranata-komputer-ahli-pertama.skj.yaml'));
    await new Promise((r) => setTimeout(r, 500)); // the workspace scan
    const diags = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'technical-unknown'), 5000);
    assert.ok(diags.some((d) => d.code === 'technical-unknown' && /KT\.TIK\.03/.test(String(d.message))));
    assert.equal(await client.shutdown(), 0);
  });

  it('a kamus really inside the workspace is read (the control case), but not in an untrusted workspace', async () => {
    fs.writeFileSync(path.join(ws, 'real.kamus.yaml'), VALID_KAMUS());
    fs.writeFileSync(path.join(ws, 'skj.config.yaml'), 'rules:\n  technical-unknown: off\n');
    try {
      const trusted = new TestClient({ rootUri: pathToFileURL(ws).href });
      await trusted.initialize();
      const uri = pathToFileURL(path.join(ws, 'b.skj.yaml')).href;
      const text = example('pranata-komputer-ahli-pertama.skj.yaml');
      fs.rmSync(path.join(ws, 'skj.config.yaml'));
      trusted.open(uri, text);
      assert.deepEqual(await trusted.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'technical-unknown'), 5000), []);
      assert.equal(await trusted.shutdown(), 0);

      fs.writeFileSync(path.join(ws, 'skj.config.yaml'), 'rules:\n  unknown-competency: off\n');
      const untrusted = new TestClient({ rootUri: pathToFileURL(ws).href, initializationOptions: { trusted: false } });
      await untrusted.initialize();
      untrusted.open(uri, text.replace('- kode: M.08', '- kode: M.09'));
      await new Promise((r) => setTimeout(r, 500));
      const diags = await untrusted.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'technical-unknown'), 5000);
      assert.ok(diags.some((d) => d.code === 'unknown-competency'), 'skj.config.yaml was read in an untrusted workspace');
      assert.equal(await untrusted.shutdown(), 0);
    } finally {
      fs.rmSync(path.join(ws, 'real.kamus.yaml'), { force: true });
      fs.rmSync(path.join(ws, 'skj.config.yaml'), { force: true });
    }
  });
});
