/**
 * Hostile files through the real server over stdio: each gets a clear finding within a second or
 * two, the process stays up, nothing is printed as an error, and other files are still served.
 */
import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from '../support/lsp-client';
import { assertInside, CRASH_SIGNS, messageOf } from './support';
import { hostileTexts, largeStandard, toCrlf, toMixed, VALID_KAMUS, VALID_SKJ } from './hostile-inputs';

describe('hostile input through the server (stdio)', function () {
  this.timeout(60000);
  let client: TestClient;
  let n = 0;
  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(async () => {
    const code = await client.shutdown();
    assert.equal(code, 0);
  });
  afterEach(function () {
    assert.ok(client.alive, `server died: ${client.stderr.slice(-2000)}`);
    assert.doesNotMatch(client.stderr + client.log.join('\n'), CRASH_SIGNS);
  });

  /** Opens `text`, waits for its diagnostics, asserts the time; then checks a valid file is still served. */
  async function openAndCheck(text: string, name: string, ext = 'skj.yaml', limitMs = 2000): Promise<Diagnostic[]> {
    const uri = `untitled:hostile-${++n}.${ext}`;
    const t0 = Date.now();
    client.open(uri, text);
    const diags = await client.waitForDiagnostics(uri, undefined, 10000);
    const ms = Date.now() - t0;
    assert.ok(ms < limitMs, `${name}: diagnostics after ${ms} ms`);
    assertInside(text, diags, name);
    const ok = `untitled:after-${n}.skj.yaml`;
    client.open(ok, VALID_SKJ());
    assert.deepEqual(await client.waitForDiagnostics(ok, undefined, 5000), [], 'a valid file after the hostile one');
    client.close(ok);
    client.close(uri);
    return diags;
  }

  for (const h of hostileTexts()) {
    it(`${h.name}: a clear finding, and the server keeps serving`, async () => {
      const diags = await openAndCheck(h.text, h.name, 'skj.yaml', (h.slowMs ?? 1000) + 1000);
      if (h.expect.length) {
        assert.ok(diags.some((d) => h.expect.includes(String(d.code))), `expected ${h.expect.join('|')}, got ${diags.map((d) => d.code).join(',') || 'nothing'}`);
        if (h.message) assert.ok(diags.some((d) => h.message!.test(messageOf(d))), `no message matching ${h.message}`);
      }
      // The kamus reading of the same text must be just as safe.
      await openAndCheck(h.text, h.name + ' (kamus)', 'kamus.yaml', (h.slowMs ?? 1000) + 1000);
    });
  }

  it('a 12 MB file: one file-too-large finding, quickly, naming the sizes and skj check', async () => {
    const text = largeStandard(12 * 1024 * 1024);
    const diags = await openAndCheck(text, '12 MB', 'skj.yaml', 3000);
    assert.equal(diags.length, 1);
    assert.equal(diags[0].code, 'file-too-large');
    assert.match(messageOf(diags[0]), /12 MB > 5 MB.*skj check/);
    const kamus = await openAndCheck('kamus:\n  kompetensi: []\n' + '#'.repeat(12 * 1024 * 1024), '12 MB kamus', 'kamus.yaml', 3000);
    assert.deepEqual(kamus.map((d) => d.code), ['file-too-large']);
  });

  it('a single 1 MB line (even of tiny flow items, which the parser is slow on): one finding within a second', async () => {
    for (const line of ['jabatan: [' + 'x, '.repeat(350000) + 'x]', 'jabatan:\n  nama: ' + 'Kepala '.repeat(150000)]) {
      const diags = await openAndCheck(line + '\n', '1 MB line', 'skj.yaml', 1000);
      assert.deepEqual(diags.map((d) => d.code), ['file-too-large']);
      assert.match(messageOf(diags[0]), /Baris \d+ terlalu panjang .*> 98 KB.*skj check/);
    }
  });

  it('a file that grows past the limit by an edit gets the finding, and loses it when it shrinks again', async () => {
    const uri = 'untitled:grows.skj.yaml';
    client.open(uri, VALID_SKJ());
    assert.deepEqual(await client.waitForDiagnostics(uri), []);
    client.change(uri, largeStandard(6 * 1024 * 1024));
    assert.deepEqual((await client.waitForDiagnostics(uri, undefined, 10000)).map((d) => d.code), ['file-too-large']);
    client.change(uri, VALID_SKJ());
    assert.deepEqual(await client.waitForDiagnostics(uri, undefined, 10000), []);
    client.close(uri);
  });

  it('CRLF and mixed line endings: the same ranges as the LF file', async () => {
    const lf = VALID_SKJ().replace('- kode: M.08', '- kode: M.09').replace('level: 2', 'level: 7').replace('pangkat: Penata Tingkat I (III/d)', 'pangkat: Penata (III/d)');
    const get = async (text: string, name: string) => {
      const uri = `untitled:${name}.skj.yaml`;
      client.open(uri, text);
      const d = await client.waitForDiagnostics(uri);
      client.close(uri);
      return d.map((x) => `${x.code} ${JSON.stringify(x.range)}`);
    };
    const base = await get(lf, 'lf');
    assert.ok(base.length >= 3);
    assert.deepEqual(await get(toCrlf(lf), 'crlf'), base);
    assert.deepEqual(await get(toMixed(lf), 'mixed'), base);
    assert.deepEqual(await get(lf.replace(/\n/g, '\r'), 'cr'), base);
  });

  it('a kamus full of hostile content does not break the standards that use the kamus index', async () => {
    const kamus = 'untitled:hostile-index.kamus.yaml';
    client.open(kamus, VALID_KAMUS() + '\n' + hostileTexts()[0].text);
    await client.waitForDiagnostics(kamus);
    const skj = 'untitled:uses-index.skj.yaml';
    client.open(skj, VALID_SKJ());
    assert.deepEqual(await client.waitForDiagnostics(skj), []);
    client.close(kamus);
    client.close(skj);
  });
});

describe('file size limit is configurable (editor settings)', function () {
  this.timeout(30000);
  it('maxFileSize from the settings applies to live checking', async () => {
    const client = new TestClient({ settings: { maxFileSize: 2048 }, initializationOptions: { settings: { maxFileSize: 2048 } } });
    await client.initialize();
    const uri = 'untitled:small-limit.skj.yaml';
    client.open(uri, VALID_SKJ());
    const diags = await client.waitForDiagnostics(uri);
    assert.deepEqual(diags.map((d) => d.code), ['file-too-large']);
    assert.equal(await client.shutdown(), 0);
  });
});
