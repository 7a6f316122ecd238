/**
 * Adversarial runs of `skj import` through dist/cli.js: two documents holding the same position,
 * an output folder that cannot be made, and usage errors — in the analyst's language.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { skj, tempDir } from '../support/cli';
import { repoRoot } from '../support/paths';
import { fsErrorText } from '../../server/src/cli/locale';

const WORD_HTML = fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'import', 'word-saved.html'));

describe('adversarial: skj import (dist/cli.js)', function () {
  this.timeout(60000);

  it('two documents with the same position name both land on disk (never one over the other)', () => {
    // The second draft differs: its text must survive the run, with or without --force.
    const second = Buffer.from(WORD_HTML.toString('latin1').replace('Kepala Bagian Umum<o:p>', 'Kepala Bagian Umum<o:p></o:p></p><p class=MsoNormal>Draf kedua dari Bagian Organisasi<o:p>'), 'latin1');
    for (const force of [false, true]) {
      const dir = tempDir();
      fs.mkdirSync(path.join(dir, 'forms'));
      fs.writeFileSync(path.join(dir, 'forms', 'a.html'), WORD_HTML);
      fs.writeFileSync(path.join(dir, 'forms', 'b.html'), second);
      const r = skj(['import', 'forms', '-o', 'out', ...(force ? ['--force'] : [])], { cwd: dir });
      assert.equal(r.status, 0, r.stderr);
      const written = fs.readdirSync(path.join(dir, 'out')).sort();
      assert.equal(written.length, 2, `${written.join(', ')}\n${r.stderr}`);
      const texts = written.map((f) => fs.readFileSync(path.join(dir, 'out', f), 'utf8'));
      assert.equal(texts.filter((t) => t.includes('Draf kedua dari Bagian Organisasi')).length, 1, r.stderr);
      assert.match(r.stderr, /nama jabatannya sama dengan standar dari forms\/a\.html/);
      assert.doesNotMatch(r.stderr, /sudah ada/);
      // Run again without --force: both files exist now and are both left alone (exit 1).
      const again = skj(['import', 'forms', '-o', 'out'], { cwd: dir });
      assert.equal(again.status, 1, again.stderr);
      assert.equal((again.stderr.match(/sudah ada, tidak ditimpa/g) ?? []).length, 2, again.stderr);
    }
  });

  it('an output folder that cannot be made is a write error in Indonesian, not an "unreadable document"', () => {
    const dir = tempDir({ 'not-a-folder': 'x' });
    fs.writeFileSync(path.join(dir, 'form.html'), WORD_HTML);
    const r = skj(['import', 'form.html', '-o', 'not-a-folder'], { cwd: dir });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^skj: tidak dapat menulis not-a-folder\/.+\.skj\.yaml: sudah ada berkas bernama itu/m);
    assert.doesNotMatch(r.stderr, /EEXIST|file already exists|tidak dapat diimpor|tak terbaca/);
    assert.match(r.stderr, /1 berkas tidak dapat ditulis/);
  });

  it('usage errors of import speak Indonesian by default and English with --locale en', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'kosong'));
    const cases: [string[], RegExp, RegExp][] = [
      [['import'], /^skj: import memerlukan dokumen/m, /^skj: import needs a document/m],
      [['import', 'kosong'], /^skj: tidak ada dokumen \.docx, \.xlsx atau \.html di kosong$/m, /^skj: no \.docx, \.xlsx or \.html document under kosong$/m],
      [['import', 'tidak*.docx'], /^skj: tidak ada dokumen yang cocok dengan tidak\*\.docx$/m, /^skj: no document matches tidak\*\.docx$/m],
    ];
    for (const [args, id, en] of cases) {
      const r = skj(args, { cwd: dir });
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, id);
      const e = skj([...args, '--locale', 'en'], { cwd: dir });
      assert.equal(e.status, 2, e.stderr);
      assert.match(e.stderr, en);
    }
  });
});

describe('adversarial: file-system reasons in the analyst\'s words (cli/locale.ts)', () => {
  it('a bare code or Node\'s "EACCES: …" text answers (it recursed without end before)', () => {
    assert.equal(fsErrorText('id', 'EACCES'), 'tidak ada izin');
    assert.equal(fsErrorText('id', 'ENOENT'), 'berkas atau folder tidak ada');
    assert.equal(fsErrorText('id', "EACCES: permission denied, scandir '/x'"), 'tidak ada izin');
    assert.equal(fsErrorText('en', 'EACCES'), 'permission denied');
  });

  it('a missing document named after `--` (even "-x.docx") is a clear message, never a crash', () => {
    const dir = tempDir();
    const r = skj(['import', '--', '-x.docx'], { cwd: dir });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^skj: tidak dapat membaca -x\.docx: berkas atau folder tidak ada$/m);
    assert.doesNotMatch(r.stderr, /call stack|unknown option/);
  });

  it('`skj render -- "-a b.skj.yaml"` and `skj import -- -f.html` take the names as files', () => {
    const dir = tempDir({ '-a b.skj.yaml': fs.readFileSync(path.join(repoRoot(), 'examples', 'kasubbag-umum-pengawas.skj.yaml'), 'utf8') });
    fs.writeFileSync(path.join(dir, '-f.html'), WORD_HTML);
    const r = skj(['render', '--format', 'html', '--', '-a b.skj.yaml'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /FORM STANDAR KOMPETENSI JABATAN ASN/);
    const i = skj(['import', '-o', 'out', '--', '-f.html'], { cwd: dir });
    assert.equal(i.status, 0, i.stderr);
    assert.equal(fs.readdirSync(path.join(dir, 'out')).filter((f) => f.endsWith('.skj.yaml')).length, 1);
  });
});
