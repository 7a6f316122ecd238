import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyPatch } from 'diff';
import { analyze } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import { applyEdits, codeActions, FIX_ALL_KIND } from '../../server/src/core/features';
import { KamusIndex } from '../../server/src/core/workspace/kamus-index';
import { example, skj, tempDir } from '../support/cli';
import { repoRoot } from '../support/paths';

const FIXES = path.join(repoRoot(), 'test/golden/fixes');
const inputs = fs.readdirSync(FIXES).filter((f) => f.endsWith('.skj.yaml') && !f.endsWith('.fixed.skj.yaml')).sort();

/** What the editor's "fix all" (source.fixAll.skj, as server.ts asks for it) makes of a file in `dir`. */
function editorFixAll(dir: string, name: string): string {
  const kamus = new KamusIndex();
  const k = path.join(dir, 'diskominfo.kamus.yaml');
  kamus.setText(pathToFileURL(k).href, fs.readFileSync(k, 'utf8'));
  const text = fs.readFileSync(path.join(dir, name), 'utf8');
  const analysis = analyze(pathToFileURL(path.join(dir, name)).href, text, { config: DEFAULT_CONFIG, kamus, locale: 'id' });
  const whole = { start: { line: 0, character: 0 }, end: { line: analysis.file.lines.lineCount, character: 0 } };
  const action = codeActions(analysis, whole, { only: [FIX_ALL_KIND], locale: 'id', config: DEFAULT_CONFIG, kamus }).find((a) => a.kind === FIX_ALL_KIND);
  return action ? applyEdits(text, action.edits) : text;
}

function fixtureDir(): string {
  const files: Record<string, string> = { 'diskominfo.kamus.yaml': example('diskominfo.kamus.yaml') };
  for (const f of inputs) files[f] = fs.readFileSync(path.join(FIXES, f), 'utf8');
  return tempDir(files, 'skj-fix-');
}

describe('skj check --fix and --fix-dry-run (dist/cli.js)', () => {
  it(`--fix on every golden fix fixture (${inputs.length}) equals the editor's fix-all byte for byte; a second --fix changes nothing`, function () {
    this.timeout(60000);
    const dir = fixtureDir();
    const expected = new Map(inputs.map((f) => [f, editorFixAll(dir, f)]));
    const changed = inputs.filter((f) => expected.get(f) !== fs.readFileSync(path.join(dir, f), 'utf8'));
    assert.ok(changed.length >= inputs.length - 1, `fix-all changes the fixtures (${changed.length})`);
    const r = skj(['check', '.', '--fix'], { cwd: dir });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.match(r.stdout, new RegExp(`^${changed.length} berkas diperbaiki\\.$`, 'm'));
    for (const f of inputs) assert.equal(fs.readFileSync(path.join(dir, f), 'utf8'), expected.get(f), f);
    const before = new Map(inputs.map((f) => [f, fs.readFileSync(path.join(dir, f))]));
    const again = skj(['check', '.', '--fix'], { cwd: dir });
    assert.match(again.stdout, /^0 berkas diperbaiki\.$/m);
    for (const f of inputs) assert.ok(fs.readFileSync(path.join(dir, f)).equals(before.get(f)!), `${f} unchanged by a second --fix`);
    // What remains is reported as usual (the summary counts the fixed text).
    assert.equal(again.stdout.replace(/^0 berkas diperbaiki\.\n/m, ''), r.stdout.replace(/^\d+ berkas diperbaiki\.\n/m, ''));
  });

  it('keeps comments, quoting, CRLF line ends and a BOM', () => {
    const crlf = example('contoh-dengan-kesalahan-ahli-muda.skj.yaml').replace(/\n/g, '\r\n');
    const dir = tempDir({ 'a.skj.yaml': '\uFEFF' + crlf });
    skj(['check', '.', '--fix'], { cwd: dir });
    const out = fs.readFileSync(path.join(dir, 'a.skj.yaml'), 'utf8');
    assert.ok(out.startsWith('\uFEFF'), 'BOM kept');
    assert.ok(!/[^\r]\n/.test(out), 'CRLF kept');
    assert.match(out, /level: 2 {4}# salah: di luar 1–5\r\n/);
    assert.match(out, /- kode: M\.04 {4}# salah: kode tidak dikenal\r\n/);
    // Every comment stays: fix-all replaces values, not the lines around them.
    const comments = (s: string) => s.split('\r\n').filter((l) => l.includes('#')).map((l) => l.slice(l.indexOf('#')));
    assert.deepEqual(comments(out.slice(1)), comments(crlf));
  });

  it('--fix-dry-run prints a unified diff that turns the file into the --fix result, and writes nothing', () => {
    const dir = tempDir({ 'a.skj.yaml': example('contoh-dengan-kesalahan-ahli-muda.skj.yaml'), 'ok.skj.yaml': example('kasubbag-umum-pengawas.skj.yaml') });
    const original = fs.readFileSync(path.join(dir, 'a.skj.yaml'), 'utf8');
    const r = skj(['check', '.', '--fix-dry-run'], { cwd: dir });
    assert.equal(fs.readFileSync(path.join(dir, 'a.skj.yaml'), 'utf8'), original);
    assert.match(r.stdout, /^--- a\/a\.skj\.yaml\n\+\+\+ b\/a\.skj\.yaml\n@@ /);
    assert.doesNotMatch(r.stdout, /ok\.skj\.yaml\n@@/);
    assert.match(r.stdout, /^1 berkas akan diubah oleh --fix\.$/m);
    const patch = r.stdout.slice(0, r.stdout.search(/^(?![-+@ \\])/m));
    const patched = applyPatch(original, patch);
    skj(['check', '.', '--fix'], { cwd: dir });
    assert.equal(patched, fs.readFileSync(path.join(dir, 'a.skj.yaml'), 'utf8'));
    assert.match(skj(['check', '.', '--fix-dry-run', '--format', 'json'], { cwd: dir }).stderr, /--fix-dry-run menulis diff ke keluaran standar; laporan json perlu -o FILE/);
    assert.match(skj(['check', '.', '--fix', '--fix-dry-run'], { cwd: dir }).stderr, /tidak dapat dipakai bersama/);
  });

  it('with standard input, --fix writes the fixed text to standard output and the report to standard error', () => {
    const text = example('contoh-dengan-kesalahan-ahli-muda.skj.yaml');
    const dir = tempDir({});
    const r = skj(['check', '-', '--fix', '--stdin-filename', 'a.skj.yaml'], { cwd: dir, input: text });
    const ref = tempDir({ 'a.skj.yaml': text });
    skj(['check', '.', '--fix'], { cwd: ref });
    assert.equal(r.stdout, fs.readFileSync(path.join(ref, 'a.skj.yaml'), 'utf8'));
    assert.match(r.stderr, /1 berkas diperiksa: 0 galat/);
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  it('a file that is not UTF-8 is reported and never rewritten', () => {
    const dir = tempDir({});
    const bytes = Buffer.concat([Buffer.from(example('contoh-dengan-kesalahan-ahli-muda.skj.yaml').replace('Kepegawaian', 'Kepegawaian \xff'), 'latin1')]);
    fs.writeFileSync(path.join(dir, 'a.skj.yaml'), bytes);
    const r = skj(['check', '.', '--fix'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.match(r.stdout, /bukan teks UTF-8/);
    assert.ok(fs.readFileSync(path.join(dir, 'a.skj.yaml')).equals(bytes));
  });
});
