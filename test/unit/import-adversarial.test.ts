/**
 * What an adversarial tester found `skj import` lost or garbled, as foreign documents (python-docx
 * and openpyxl, scripts/fixtures/make_adversarial.py; Word-saved HTML edited as Word writes it):
 * every text comes back in the YAML, as a value or a comment, and the import itself causes no
 * finding.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../../server/src/core/analyze';
import { importRows } from '../../server/src/core/import';
import { readDocument } from '../../server/src/core/import/read';
import { KamusIndex } from '../../server/src/core/workspace/kamus-index';
import { skj, skjMain } from '../support/cli';
import { assertNothingLost, dictionaryOf, EXAMPLES, FIXTURES } from '../support/office';

const dict = dictionaryOf(EXAMPLES);
const kamus = new KamusIndex();
kamus.setText(pathToFileURL(path.join(EXAMPLES, 'diskominfo.kamus.yaml')).href, fs.readFileSync(path.join(EXAMPLES, 'diskominfo.kamus.yaml'), 'utf8'));
const ADV = path.join(FIXTURES, 'adversarial');

async function load(name: string, data = fs.readFileSync(path.join(ADV, name))) {
  const rows = await readDocument(name, data);
  const r = importRows(rows, dict, name, 'dokumen');
  return { rows, ...r, notes: r.files.flatMap((f) => f.unmapped.map((u) => `${u.where}: ${u.text}`)) };
}

function rules(yaml: string): string[] {
  return [...new Set(analyze('file:///x.skj.yaml', yaml, { kamus }).findings.map((f) => f.rule))].sort();
}

describe('import: what an adversarial tester found', () => {
  it('Word header tricks: positional tabs, a PAGE inside an IF field, a Wingdings tick, a non-breaking hyphen, an equation, a table, PAGE/NUMPAGES', async () => {
    const { rows, files, notes } = await load('header-tricks.docx');
    assert.deepEqual(notes, [
      'kepala halaman: PEMERINTAH PROVINSI CONTOH',
      'kepala halaman: KIRI TENGAH KANAN',
      'kepala halaman: Awal HALAMANPERTAMA Akhir',
      'kepala halaman: Nomor 800-123 disahkan√ rumus PERSAMAAN',
      // A table in the header: a row at a time, its cells joined.
      'kepala halaman: LAMBANG | DINAS CONTOH / Jalan Merdeka 1',
      'kaki halaman: Hal [halaman] dari [jumlah halaman]',
    ]);
    assert.deepEqual(rules(files[0].yaml), []);
    assertNothingLost(rows, [files[0].yaml]);
  });

  it('footnotes, endnotes and review comments are kept, named, and their markers stay out of the values', async () => {
    const { files, notes } = await load('notes-comments.docx');
    const s = files[0].standard;
    assert.equal(s.jabatan.ikhtisar, 'Melaksanakan analisis kebijakan perencanaan pembangunan daerah.');
    assert.equal(s.jabatan.urusan, 'Perencanaan');
    assert.deepEqual(
      notes.map((n) => n.replace(/^paragraf \d+: /, '')),
      ['Catatan kaki 1: Sumber: Permenpan RB 38/2017', 'Catatan akhir 1: Lampiran dokumen analisis jabatan', 'Komentar peninjau [P1]: Periksa ulang urusan ini'],
    );
    assert.doesNotMatch(files[0].yaml, /↑|\[1\]/);
    assert.deepEqual(rules(files[0].yaml), []);
  });

  it('the header block as clerks leave it: no title, Unit Kerja first, "Kode Jabatan : –" then the code, two groups, an unknown Status, the block pasted again on page 2', async () => {
    const { rows, files, notes } = await load('header-block.docx');
    assert.equal(files.length, 1, 'the pasted block is the same position, not a second standard');
    const f = files[0];
    const s = f.standard;
    assert.equal(s.jabatan.nama, 'Analis Kebijakan Ahli Muda');
    assert.equal(s.jabatan.kode, '309010000021', 'a placeholder does not win over the real code');
    assert.equal(s.status?.unit_kerja, 'Biro Perencanaan', 'the rows before Nama Jabatan count');
    assert.equal(s.kompetensi.manajerial.length, 8);
    assert.ok(notes.includes('tabel 1, baris 2: Kode Jabatan: –'));
    assert.ok(notes.includes('tabel 1, baris 5: Kelompok Jabatan: Jabatan Fungsional dan Administrasi'), 'the second group is not dropped');
    assert.ok(notes.includes('tabel 1, baris 7: Status: Sedang direvisi'));
    // The pasted block: its rows as they are, not as competencies "not found in the kamus".
    for (const n of notes.filter((x) => x.startsWith('tabel 3'))) assert.match(n, /^tabel 3, baris \d: (Unit Kerja|Kode Jabatan|Nama Jabatan|Kelompok Jabatan|Urusan Pemerintah|Status) : /);
    assert.match(f.yaml, /# Status di formulir \("Sedang direvisi"\) bukan tahap yang dikenal: diisi draf/);
    assert.deepEqual(rules(f.yaml), []);
    assertNothingLost(rows, [f.yaml]);
  });

  it('a form without Nama Jabatan keeps its other header rows', async () => {
    const { files } = await load('no-nama.docx');
    assert.equal(files.length, 1);
    const s = files[0].standard;
    assert.equal(s.jabatan.kelompok, 'fungsional');
    assert.equal(s.jabatan.jenjang, 'ahli-muda');
    assert.equal(s.jabatan.urusan, 'Perencanaan');
    assert.equal(s.status?.unit_kerja, 'Bagian Program');
    assert.equal(files[0].name, 'dokumen.skj.yaml', 'named after the document');
  });

  it('a header part 20,000 elements deep is read (no stack overflow)', async () => {
    const { notes } = await load('deep-header.docx');
    assert.ok(notes.includes('kepala halaman: DI DALAM'));
  });

  it('openpyxl: "&&" beside the section codes, a theme colour, cell notes at openpyxl\'s path, a formula without a value', async () => {
    const { rows, files, notes } = await load('openpyxl-notes-formulas.xlsx');
    const f = files[0];
    const sheet = 'lembar "SKJ Pengelola Layanan"';
    assert.ok(notes.includes(`${sheet}, kepala halaman: BIRO P&L / DINAS R&R / LITBANG R&D`), notes.join('\n'));
    assert.ok(notes.includes(`${sheet}, kaki halaman: Dicetak MERAH ukuran`));
    assert.ok(notes.includes(`${sheet}, catatan sel C3: nama belum final`));
    assert.ok(notes.includes(`${sheet}, catatan sel F20: level dicek ulang oleh atasan`));
    // The formula as the cell says it (openpyxl stores no computed value), never "[object Object]".
    assert.equal(f.standard.jabatan.urusan, '=CONCATENATE("Kese","kretariatan")');
    assert.doesNotMatch(f.yaml, /object Object/);
    assertNothingLost(rows, [f.yaml]);
  });

  it('Word-saved HTML: a line break in the source is a space; control characters never reach the YAML or the terminal', async () => {
    const html = fs.readFileSync(path.join(FIXTURES, 'word-saved.html'), 'utf8');
    const wrapped = html.replace(': Kepala Bagian Umum<o:p>', ': Kepala Bagian\r\nUmum<o:p>').replace(/\r?\n/g, '\r\n');
    assert.notEqual(wrapped, html);
    const a = await load('wrapped.html', Buffer.from(wrapped, 'utf8'));
    assert.equal(a.files[0].standard.jabatan.nama, 'Kepala Bagian Umum');
    const noisy = html
      .replace(': Kepala Bagian Umum<o:p>', ': Kepala Bagian Umum\x07<o:p>')
      .replace('<p class=MsoNormal>Nama Jabatan', '<p class=MsoNormal>CATATAN a\x1b[31mb\x9bc\x07d</p><p class=MsoNormal>Nama Jabatan');
    assert.notEqual(noisy, html);
    const b = await load('noisy.html', Buffer.from(noisy, 'utf8'));
    assert.equal(b.files[0].standard.jabatan.nama, 'Kepala Bagian Umum');
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(b.files[0].yaml, /[\x00-\x08\x0e-\x1f\x7f-\x9f]/);
    assert.ok(b.notes.some((n) => n.endsWith('CATATAN a[31mbcd')), b.notes.join('\n'));
  });

  it('a document that is not what its name says: the reader\'s own reason, in the analyst\'s language (dist/cli.js with dist/office.js)', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-adv-'));
    fs.writeFileSync(path.join(tmp, 'lama.docx'), 'bukan zip');
    fs.writeFileSync(path.join(tmp, 'lama.xlsx'), 'bukan zip');
    // The bundles: the reader (dist/office.js) and the CLI (dist/cli.js) each have their own
    // copy of ImportError, and the reader's reason must still come through.
    const run = (args: string[]) => {
      const r = skj(args, { cwd: tmp });
      return { code: r.status, err: r.stderr };
    };
    const id = run(['import', 'lama.docx', 'lama.xlsx', '-o', 'out']);
    assert.equal(id.code, 2);
    assert.match(id.err, /lama\.docx tidak dapat diimpor: berkas \.docx ini tidak dapat dibaca \(bukan dokumen Word; mungkin \.doc lama/);
    assert.match(id.err, /lama\.xlsx tidak dapat diimpor: berkas \.xlsx ini tidak dapat dibaca/);
    assert.doesNotMatch(id.err, /kesalahan sistem/);
    const en = run(['import', 'lama.docx', '-o', 'out', '--locale', 'en']);
    assert.match(en.err, /this \.docx cannot be read \(not a Word document; perhaps an old \.doc/);
    // A damaged zip: the reader's reason, not "system error".
    fs.writeFileSync(path.join(tmp, 'rusak.docx'), Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64)]));
    const broken = run(['import', 'rusak.docx', '-o', 'out']);
    assert.equal((await skjMain(['import', 'rusak.docx', '-o', 'out'], tmp)).code, 2, 'in process too');
    assert.equal(broken.code, 2);
    assert.match(broken.err, /rusak\.docx tidak dapat diimpor: berkas rusak atau tidak dapat dibaca/);
  });
});
