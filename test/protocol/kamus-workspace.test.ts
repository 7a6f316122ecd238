import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../support/lsp-client';
import { repoRoot } from '../support/paths';

/** A multi-file workspace: a kamus and standards on disk, some of them open. */
function workspace(): { dir: string; uri: (name: string) => string; read: (name: string) => string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-kamus-ws-'));
  for (const f of ['diskominfo.kamus.yaml', 'pranata-komputer-ahli-pertama.skj.yaml', 'kasubbag-umum-pengawas.skj.yaml'])
    fs.copyFileSync(path.join(repoRoot(), 'examples', f), path.join(dir, f));
  fs.mkdirSync(path.join(dir, 'lain'));
  fs.writeFileSync(
    path.join(dir, 'lain', 'pranata-2.skj.yaml'),
    fs
      .readFileSync(path.join(repoRoot(), 'examples', 'pranata-komputer-ahli-pertama.skj.yaml'), 'utf8')
      .replace('Pranata Komputer Ahli Pertama', 'Pranata Komputer Ahli Pertama (Bidang Persandian)')
      .replace('"310020000007"', '"310020000070"'), // its own job code (else duplicate-job-code)
  );
  return { dir, uri: (n) => pathToFileURL(path.join(dir, n)).href, read: (n) => fs.readFileSync(path.join(dir, n), 'utf8') };
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

describe('language server over stdio: kamus files across the workspace', () => {
  let client: TestClient;

  /** A workspace on disk, the server started on it, one standard open and checked clean; the position of its technical code. */
  async function openPranata() {
    const ws = workspace();
    client = new TestClient({ rootUri: pathToFileURL(ws.dir).href });
    await client.initialize();
    const std = ws.uri('pranata-komputer-ahli-pertama.skj.yaml');
    const text = ws.read('pranata-komputer-ahli-pertama.skj.yaml');
    client.open(std, text);
    // The kamus is indexed from disk in the background: wait until the standard checks clean.
    await client.waitForDiagnostics(std, (d) => d.length === 0);
    const line = lineOf(text, 'kode: KT.TIK.03');
    return { ws, std, text, pos: { line, character: text.split('\n')[line].indexOf('KT.TIK.03') + 2 } };
  }
  afterEach(async () => {
    await client.shutdown();
  });

  it('a standard opened at startup waits for the kamus index: its first diagnostics (push and pull) know the kamus codes', async () => {
    for (const pull of [false, true]) {
      const ws = workspace();
      client = new TestClient({ rootUri: pathToFileURL(ws.dir).href, pull });
      await client.initialize(); // the kamus scan starts now, in the background
      const std = ws.uri('pranata-komputer-ahli-pertama.skj.yaml');
      client.open(std, ws.read('pranata-komputer-ahli-pertama.skj.yaml'));
      if (pull) {
        const report = await client.request<{ items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri: std } });
        assert.deepEqual(report.items.map((d) => d.code), [], 'first pulled report');
      } else {
        await client.waitForDiagnostics(std);
        const first = client.published.find((p) => p.uri === std)!;
        assert.deepEqual(first.diagnostics.map((d) => d.code), [], 'first published diagnostics');
      }
      await client.shutdown();
    }
    client = new TestClient();
    await client.initialize();
  });

  it('goes to the definition, finds references across standards, renames in one workspace edit', async () => {
    const { ws, std, text, pos } = await openPranata();

    const defs = await client.request<{ uri: string; range: { start: { line: number } } }[]>('textDocument/definition', { textDocument: { uri: std }, position: pos });
    assert.equal(defs.length, 1);
    assert.equal(defs[0].uri, ws.uri('diskominfo.kamus.yaml'));
    assert.equal(defs[0].range.start.line, lineOf(ws.read('diskominfo.kamus.yaml'), 'kode: KT.TIK.03'));

    const refs = await client.request<{ uri: string }[]>('textDocument/references', { textDocument: { uri: std }, position: pos, context: { includeDeclaration: false } });
    assert.deepEqual(refs.map((r) => r.uri).sort(), [ws.uri('lain/pranata-2.skj.yaml'), std].sort());

    const edit = await client.request<{ changes: Record<string, { newText: string }[]> }>('textDocument/rename', { textDocument: { uri: std }, position: pos, newName: 'KT.TIK.30' });
    assert.deepEqual(Object.keys(edit.changes).sort(), [ws.uri('diskominfo.kamus.yaml'), ws.uri('lain/pranata-2.skj.yaml'), std].sort());
    assert.ok(Object.values(edit.changes).every((e) => e.length === 1 && e[0].newText === 'KT.TIK.30'));

    const symbols = await client.request<{ name: string }[]>('workspace/symbol', { query: 'jaringan' });
    assert.deepEqual(symbols.map((s) => s.name), ['KT.TIK.03 Pengelolaan Infrastruktur Jaringan']);
  });

  it('finds references in the current text of open standards, edited or not, and on disk again after close', async () => {
    const { ws, std, text, pos } = await openPranata();
    const refsOf = async () =>
      (await client.request<{ uri: string }[]>('textDocument/references', { textDocument: { uri: std }, position: pos, context: { includeDeclaration: false } })).map((r) => r.uri).sort();
    const other = ws.uri('lain/pranata-2.skj.yaml');
    const otherText = ws.read('lain/pranata-2.skj.yaml');
    assert.deepEqual(await refsOf(), [other, std].sort());
    // Unsaved edits of an open standard: several keystrokes, then a request.
    client.open(other, otherText);
    client.change(other, otherText.replace('kode: KT.TIK.03', 'kode: KT.TIK.0'));
    client.change(other, otherText.replace('kode: KT.TIK.03', 'kode: KT.TIK.09'));
    assert.deepEqual(await refsOf(), [std]);
    client.change(other, otherText);
    assert.deepEqual(await refsOf(), [other, std].sort());
    client.change(other, otherText.replace('kode: KT.TIK.03', 'kode: KT.TIK.09'));
    assert.deepEqual(await refsOf(), [std]);
    // Closed without saving: what is on disk counts again.
    client.close(other);
    assert.deepEqual(await refsOf(), [other, std].sort());
  });

  it('updates open standards live when a kamus entry is removed and restored (no reopen)', async () => {
    const ws = workspace();
    client = new TestClient({ rootUri: pathToFileURL(ws.dir).href });
    await client.initialize();
    const std = ws.uri('pranata-komputer-ahli-pertama.skj.yaml');
    client.open(std, ws.read('pranata-komputer-ahli-pertama.skj.yaml'));
    await client.waitForDiagnostics(std, (d) => d.length === 0);
    const kamusUri = ws.uri('diskominfo.kamus.yaml');
    const kamusText = ws.read('diskominfo.kamus.yaml');
    client.open(kamusUri, kamusText, 'skj-kamus');
    // An unsaved edit that renames the entry's code: the standard's reference no longer resolves.
    client.change(kamusUri, kamusText.replace('kode: KT.TIK.03', 'kode: KT.TIK.99'));
    const gone = await client.waitForDiagnostics(std, (d) => d.some((x) => x.code === 'technical-unknown'));
    assert.equal(gone.filter((x) => x.code === 'technical-unknown').length, 1);
    client.change(kamusUri, kamusText);
    await client.waitForDiagnostics(std, (d) => d.length === 0);
  });

  it('reports a code defined in two kamus files on both, with related information', async () => {
    const ws = workspace();
    fs.writeFileSync(path.join(ws.dir, 'lain', 'salinan.kamus.yaml'), ws.read('diskominfo.kamus.yaml').replace('Dinas Komunikasi', 'Badan Siber'));
    client = new TestClient({ rootUri: pathToFileURL(ws.dir).href });
    await client.initialize();
    const a = ws.uri('diskominfo.kamus.yaml');
    const b = ws.uri('lain/salinan.kamus.yaml');
    // Give the background index a moment by waiting on a standard first.
    const std = ws.uri('kasubbag-umum-pengawas.skj.yaml');
    client.open(std, ws.read('kasubbag-umum-pengawas.skj.yaml'));
    await client.waitForDiagnostics(std);
    client.open(a, ws.read('diskominfo.kamus.yaml'), 'skj-kamus');
    const da = await client.waitForDiagnostics(a, (d) => d.some((x) => x.code === 'kamus-duplicate-code'));
    const dup = da.find((x) => x.code === 'kamus-duplicate-code')!;
    assert.equal(dup.relatedInformation?.[0].location.uri, b);
    client.open(b, ws.read('lain/salinan.kamus.yaml'), 'skj-kamus');
    const db = await client.waitForDiagnostics(b, (d) => d.some((x) => x.code === 'kamus-duplicate-code'));
    assert.equal(db.find((x) => x.code === 'kamus-duplicate-code')!.relatedInformation?.[0].location.uri, a);
  });
});

describe('language server over stdio: untrusted workspace (limited mode)', () => {
  it('reads neither skj.config.yaml nor kamus files from disk, but checks open documents', async () => {
    const ws = workspace();
    fs.writeFileSync(path.join(ws.dir, 'skj.config.yaml'), 'rules:\n  technical-unknown: error\n');
    const client = new TestClient({ rootUri: pathToFileURL(ws.dir).href, initializationOptions: { trusted: false } });
    try {
      await client.initialize();
      const std = ws.uri('pranata-komputer-ahli-pertama.skj.yaml');
      client.open(std, ws.read('pranata-komputer-ahli-pertama.skj.yaml'));
      const d = await client.waitForDiagnostics(std);
      // The kamus on disk is not read, and the config's severity is not applied.
      const unknown = d.filter((x) => x.code === 'technical-unknown');
      assert.equal(unknown.length, 1);
      assert.equal(unknown[0].severity, 2);
      // Well after start-up (when a trusted workspace is indexed), the code still resolves nowhere.
      await new Promise((r) => setTimeout(r, 500));
      const defs = await client.request<unknown[]>('textDocument/definition', { textDocument: { uri: std }, position: unknown[0].range.start });
      assert.deepEqual(defs, []);
    } finally {
      await client.shutdown();
    }
  });
});
