/**
 * SECURITY.md's promises about what is read, each through the real code: the safe reader, the
 * bundled server and the bundled CLI. Symlinks out of the workspace, /dev/zero, FIFOs and huge
 * files are answered at once with a clear reason; the server stays alive and small; pathological
 * globs match in linear time; unreadable folders fail `skj check`; config globs stay inside the
 * repository.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { compileGlob } from '../../server/src/core/workspace/glob';
import { readFileSafe } from '../../server/src/fs/read';
import { TestClient } from '../support/lsp-client';
import { repoRoot } from '../support/paths';
import { tempDir } from '../support/workspace';
import { example, VALID_KAMUS } from './hostile-inputs';

const CLI = path.join(repoRoot(), 'dist', 'cli.js');
const mkfifo = (p: string) => spawnSync('mkfifo', [p]).status === 0;
/** A sparse file that claims `bytes` without using the disk. */
const sparse = (p: string, bytes: number) => {
  const fd = fs.openSync(p, 'w');
  fs.ftruncateSync(fd, bytes);
  fs.closeSync(fd);
};
function cli(args: string[], cwd: string, opts: { uid?: number } = {}) {
  const t = Date.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 20000, ...opts });
  return { ...r, ms: Date.now() - t };
}
/** The server's resident memory (MB), from /proc. */
function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
}

describe('security: every file read is bounded (fs/read.ts)', () => {
  let dir: string;
  before(() => (dir = tempDir('skj-read-')));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('/dev/zero, a FIFO, a folder: refused as not a regular file, at once', () => {
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.kamus.yaml'));
    assert.ok(mkfifo(path.join(dir, 'fifo.kamus.yaml')));
    for (const f of ['/dev/zero', path.join(dir, 'zero.kamus.yaml'), path.join(dir, 'fifo.kamus.yaml'), dir]) {
      const r = readFileSafe(f, { limit: 5 << 20 });
      assert.equal(r.ok, false, f);
      assert.equal(!r.ok && r.reason, 'not-file', f);
    }
  });

  it('a file larger than the limit is refused without being read; a link out of the roots is refused', () => {
    sparse(path.join(dir, 'huge.skj.yaml'), 3 * 1024 * 1024 * 1024);
    const r = readFileSafe(path.join(dir, 'huge.skj.yaml'), { limit: 5 << 20 });
    assert.equal(!r.ok && r.reason, 'too-large');
    fs.mkdirSync(path.join(dir, 'ws'));
    fs.writeFileSync(path.join(dir, 'secret.kamus.yaml'), 'kamus: {}\n');
    fs.symlinkSync(path.join(dir, 'secret.kamus.yaml'), path.join(dir, 'ws', 'link.kamus.yaml'));
    const out = readFileSafe(path.join(dir, 'ws', 'link.kamus.yaml'), { limit: 1000, roots: [path.join(dir, 'ws')] });
    assert.equal(!out.ok && out.reason, 'outside');
    const ok = readFileSafe(path.join(dir, 'secret.kamus.yaml'), { limit: 1000, roots: [dir] });
    assert.ok(ok.ok && ok.text === 'kamus: {}\n');
  });
});

describe('security: globs are matched in linear time', () => {
  const long = 'a'.repeat(5000) + '.kamus.yaml';
  const patterns = ['*a'.repeat(30) + '*b', '**/'.repeat(40) + '*b', '{a,b}*'.repeat(4) + '*a*a*a*a*a*a*a*a*c', '*?'.repeat(200) + 'x', '[a]*'.repeat(100) + 'b'];
  for (const p of patterns) {
    it(`${p.slice(0, 40)}… against a 5,000-character name answers (false)`, () => {
      assert.equal(compileGlob(p).test(long), false);
      assert.equal(compileGlob('x/' + p).test('x/' + 'a/'.repeat(2000) + long), false);
    });
  }
  // picomatch reads `[!x]` as the class of "!" and "x"; here (as in POSIX and .gitignore) it is "not x".
  it('agrees with picomatch on ordinary globs and paths (picomatch as the reference)', () => {
    const globs = ['*.kamus.yaml', '**/*.kamus.yaml', 'kamus/**', 'kamus/**/*.yaml', 'a/*/c', 'a/**/c', '**', 'k?mus/*.y{a,}ml', '{kamus,dict}/**/*.kamus.yaml', '[kd]amus/[^x]*.yaml', 'a/b', '**/b/**/c.yaml'];
    const paths = ['x.kamus.yaml', 'kamus/x.kamus.yaml', 'kamus/a/b/x.yaml', 'kamus/x.yml', 'dict/a.kamus.yaml', 'a/b/c', 'a/c', 'a/x/y/c', 'damus/y.yaml', 'damus/x.yaml', 'a/b', 'b/c.yaml', 'q/b/r/c.yaml', 'kamus'];
    for (const g of globs) for (const p of paths) assert.equal(compileGlob(g).test(p), picomatch(g)(p), `${g} vs ${p}`);
  });
});

describe('security: the server refuses hostile workspace files and stays alive', function () {
  this.timeout(60000);
  let base: string;
  let ws: string;
  beforeEach(() => {
    base = tempDir('skj-srv-');
    ws = path.join(base, 'ws');
    fs.mkdirSync(ws);
    fs.mkdirSync(path.join(base, 'outside'));
  });
  afterEach(() => fs.rmSync(base, { recursive: true, force: true }));

  async function start(): Promise<{ client: TestClient; ms: number }> {
    const client = new TestClient({ rootUri: pathToFileURL(ws).href, pull: true });
    const t = Date.now();
    await client.initialize();
    return { client, ms: Date.now() - t };
  }

  it('a config symlinked outside the workspace is not applied (a config finding says so)', async () => {
    fs.writeFileSync(path.join(base, 'outside', 'skj.config.yaml'), 'rules:\n  technical-unknown: off\n');
    fs.symlinkSync(path.join(base, 'outside', 'skj.config.yaml'), path.join(ws, 'skj.config.yaml'));
    const { client } = await start();
    const uri = pathToFileURL(path.join(ws, 'a.skj.yaml')).href;
    client.open(uri, example('pranata-komputer-ahli-pertama.skj.yaml'));
    const d = await client.request<{ items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.ok(d.items.some((x) => x.code === 'technical-unknown'), 'the outside config was applied');
    const w = await client.request<{ items: { uri: string; items?: { code: string; message: string }[] }[] }>('workspace/diagnostic', { previousResultIds: [] });
    const cfg = w.items.find((i) => i.uri.endsWith('/skj.config.yaml'));
    assert.match(String(cfg?.items?.[0]?.message), /skj\.config\.yaml tidak diterapkan: .*outside the workspace folders/);
    await client.waitFor(() => client.log.some((l) => /skj\.config\.yaml is not applied/.test(l)), 2000, 'the log naming the config');
    assert.equal(await client.shutdown(), 0);
  });

  for (const [label, make] of [
    ['a config symlinked to /dev/zero', (p: string) => fs.symlinkSync('/dev/zero', p)],
    ['a config that is a FIFO', (p: string) => assert.ok(mkfifo(p))],
    ['a 3 GB config', (p: string) => sparse(p, 3 * 1024 * 1024 * 1024)],
  ] as const) {
    it(`${label}: initialize answers within 2 s, the file is checked without it, memory stays small`, async () => {
      make(path.join(ws, 'skj.config.yaml'));
      assert.ok(mkfifo(path.join(ws, 'pipe.skj.yaml')));
      fs.symlinkSync('/dev/zero', path.join(ws, 'zero.kamus.yaml'));
      sparse(path.join(ws, 'huge.skj.yaml'), 3 * 1024 * 1024 * 1024);
      fs.writeFileSync(path.join(ws, 'real.kamus.yaml'), VALID_KAMUS());
      const { client, ms } = await start();
      assert.ok(ms < 2000, `initialize took ${ms} ms`);
      const uri = pathToFileURL(path.join(ws, 'a.skj.yaml')).href;
      client.open(uri, example('pranata-komputer-ahli-pertama.skj.yaml'));
      const t = Date.now();
      const d = await client.request<{ items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.ok(Date.now() - t < 2000);
      assert.ok(!d.items.some((x) => x.code === 'technical-unknown'), 'the real kamus beside them was not read');
      const w = await client.request<{ items: { uri: string; items?: { code: string; message: string }[] }[] }>('workspace/diagnostic', { previousResultIds: [] });
      const huge = w.items.find((i) => i.uri.endsWith('huge.skj.yaml'));
      assert.match(String(huge?.items?.[0]?.message), /terlalu besar/);
      assert.ok(!w.items.some((i) => i.uri.endsWith('pipe.skj.yaml')), 'a FIFO is not a standard');
      const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 4 } });
      void hover;
      assert.ok(client.alive);
      assert.ok(rssMb(client.proc.pid!) < 300, `server RSS ${rssMb(client.proc.pid!)} MB`);
      assert.equal(await client.shutdown(), 0);
    });
  }

  it('skj/renderForm reads a closed standard only inside the workspace, only a regular file', async () => {
    fs.writeFileSync(path.join(ws, 'in.skj.yaml'), example('kasubbag-umum-pengawas.skj.yaml'));
    fs.writeFileSync(path.join(base, 'outside', 'secret.skj.yaml'), example('kasubbag-umum-pengawas.skj.yaml'));
    fs.symlinkSync(path.join(base, 'outside', 'secret.skj.yaml'), path.join(ws, 'link.skj.yaml'));
    assert.ok(mkfifo(path.join(ws, 'pipe.skj.yaml')));
    const { client } = await start();
    const form = (f: string) => client.request<{ html: string; error?: string }>('skj/renderForm', { uri: pathToFileURL(f).href });
    assert.match((await form(path.join(ws, 'in.skj.yaml'))).html, /<html/i);
    for (const f of [path.join(ws, 'link.skj.yaml'), path.join(base, 'outside', 'secret.skj.yaml')]) {
      const r = await form(f);
      assert.equal(r.html, '', f);
      assert.match(String(r.error), /di luar folder kerja/);
    }
    const t = Date.now();
    const pipe = await form(path.join(ws, 'pipe.skj.yaml'));
    assert.ok(Date.now() - t < 2000);
    assert.equal(pipe.html, '');
    assert.match(String(pipe.error), /bukan berkas biasa/);
    assert.equal((await form(path.join(ws, 'skj.config.yaml'))).html, '', 'only standards are rendered');
    assert.equal(await client.shutdown(), 0);
  });

  it('a pathological kamus glob in the config does not block the server', async () => {
    fs.writeFileSync(path.join(ws, 'skj.config.yaml'), `kamus:\n  - "${'*a'.repeat(30)}*b"\n  - "../../../../**/*.kamus.yaml"\n`);
    fs.writeFileSync(path.join(ws, 'a'.repeat(200) + '.yaml'), 'x: 1\n');
    const { client } = await start();
    const uri = pathToFileURL(path.join(ws, 'a.skj.yaml')).href;
    client.open(uri, example('pranata-komputer-ahli-pertama.skj.yaml'));
    const t = Date.now();
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 4 } });
    const w = await client.request<{ items: { uri: string; items?: { message: string }[] }[] }>('workspace/diagnostic', { previousResultIds: [] });
    assert.ok(Date.now() - t < 2000, `took ${Date.now() - t} ms`);
    const cfg = w.items.find((i) => i.uri.endsWith('/skj.config.yaml'));
    assert.ok(cfg?.items?.some((d) => /Pola kamus "\.\.\/\.\.\/\.\.\/\.\.\/\*\*\/\*\.kamus\.yaml" mengarah ke luar folder kerja/.test(d.message)), JSON.stringify(cfg));
    assert.ok(client.alive);
    assert.equal(await client.shutdown(), 0);
  });
});

describe('security: skj check reads boundedly and says what it could not read', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = tempDir('skj-cli-');
    fs.mkdirSync(path.join(dir, '.git'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a config linked to /dev/zero, a FIFO, a 3 GB standard: answered within 2 s, named, exit 2 or a finding', () => {
    fs.writeFileSync(path.join(dir, 'a.skj.yaml'), example('kasubbag-umum-pengawas.skj.yaml'));
    fs.symlinkSync('/dev/zero', path.join(dir, 'skj.config.yaml'));
    let r = cli(['check', '.'], dir);
    assert.ok(r.ms < 2000 + 1000, `took ${r.ms} ms`);
    assert.match(r.stdout + r.stderr, /skj\.config\.yaml/);
    assert.notEqual(r.status, 0);
    fs.rmSync(path.join(dir, 'skj.config.yaml'));
    assert.ok(mkfifo(path.join(dir, 'pipe.skj.yaml')));
    r = cli(['check', 'pipe.skj.yaml'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /pipe\.skj\.yaml.*(FIFO|not a regular file|bukan berkas biasa)/);
    sparse(path.join(dir, 'huge.skj.yaml'), 3 * 1024 * 1024 * 1024);
    r = cli(['check', 'huge.skj.yaml'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /huge\.skj\.yaml/);
    assert.ok(r.ms < 3000, `took ${r.ms} ms`);
  });

  it('skj import: a document that is /dev/zero, a FIFO or 3 GB is refused at once with its reason, exit 2', () => {
    const w = dir;
    {
      fs.symlinkSync('/dev/zero', path.join(w, 'nol.docx'));
      assert.ok(mkfifo(path.join(w, 'pipa.xlsx')));
      sparse(path.join(w, 'besar.docx'), 3 * 1024 * 1024 * 1024);
      const r = cli(['import', 'nol.docx', 'pipa.xlsx', 'besar.docx', '-o', 'keluar'], w);
      assert.equal(r.status, 2, r.stderr);
      assert.ok(r.ms < 10000, `${r.ms} ms`);
      assert.match(r.stderr, /nol\.docx tidak dapat diimpor: Ini bukan berkas biasa/);
      assert.match(r.stderr, /pipa\.xlsx tidak dapat diimpor: Ini bukan berkas biasa/);
      assert.match(r.stderr, /besar\.docx tidak dapat diimpor: Berkas terlalu besar/);
      assert.equal(fs.existsSync(path.join(w, 'keluar')), false);
    }
  });

  it('a folder with an unreadable subfolder: exit 2 naming it (not "0 galat")', function () {
    fs.mkdirSync(path.join(dir, 'ok'));
    fs.mkdirSync(path.join(dir, 'locked'));
    fs.writeFileSync(path.join(dir, 'ok', 'a.skj.yaml'), example('kasubbag-umum-pengawas.skj.yaml'));
    fs.writeFileSync(path.join(dir, 'locked', 'b.skj.yaml'), example('kasubbag-umum-pengawas.skj.yaml'));
    fs.chmodSync(path.join(dir, 'locked'), 0);
    // As root every folder is readable: run the CLI as "nobody" then.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    fs.chmodSync(dir, 0o755);
    const r = cli(['check', dir], '/', asNobody);
    fs.chmodSync(path.join(dir, 'locked'), 0o755);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /locked/);
  });

  it('config globs stay inside the repository unless --allow-outside', () => {
    const repo = path.join(dir, 'repo');
    fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'elsewhere.kamus.yaml'), VALID_KAMUS());
    fs.writeFileSync(path.join(repo, 'skj.config.yaml'), 'kamus:\n  - "../../../../**/elsewhere.kamus.yaml"\n  - "../*.kamus.yaml"\n');
    fs.writeFileSync(path.join(repo, 'a.skj.yaml'), example('pranata-komputer-ahli-pertama.skj.yaml'));
    let r = cli(['check', '.', '--format', 'json'], repo);
    assert.match(r.stdout, /technical-unknown/, 'a kamus outside the repository was used');
    assert.match(r.stdout, /mengarah ke luar folder kerja/);
    assert.doesNotMatch(r.stdout, /elsewhere\.kamus\.yaml"/);
    r = cli(['check', '.', '--format', 'json', '--allow-outside'], repo);
    assert.doesNotMatch(r.stdout, /technical-unknown/);
  });
});
