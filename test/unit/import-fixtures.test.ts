import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { importRows, ImportError } from '../../server/src/core/import';
import { readDocument } from '../../server/src/core/import/read';
import { KamusIndex } from '../../server/src/core/workspace/kamus-index';
import { skjMain } from '../support/cli';
import { assertNothingLost, dictionaryOf, EXAMPLES, FIXTURES } from '../support/office';
import { pathToFileURL } from 'node:url';

const dict = dictionaryOf(EXAMPLES);
const kamus = new KamusIndex();
kamus.setText(pathToFileURL(path.join(EXAMPLES, 'diskominfo.kamus.yaml')).href, fs.readFileSync(path.join(EXAMPLES, 'diskominfo.kamus.yaml'), 'utf8'));

async function load(name: string) {
  const rows = await readDocument(name, fs.readFileSync(path.join(FIXTURES, name)));
  return { rows, ...importRows(rows, dict, name, name.replace(/\.[^.]+$/, '')) };
}

function rules(yaml: string): string[] {
  return [...new Set(analyze('file:///x.skj.yaml', yaml, { kamus }).findings.map((f) => f.rule))].sort();
}

describe('import: documents made by other producers', () => {
  it('Word-saved HTML: names, numbering styles, an edited indicator, a technical row not in any kamus, ticks', async () => {
    const { rows, files } = await load('word-saved.html');
    assert.equal(files.length, 1);
    const f = files[0];
    assert.equal(f.name, 'kepala-bagian-umum.skj.yaml');
    const s = f.standard;
    assert.deepEqual(s.jabatan.kelompok, 'administrasi');
    assert.deepEqual(s.jabatan.jenjang, 'administrator');
    assert.equal(s.jabatan.kode, '204010000007');
    assert.deepEqual(s.kompetensi.manajerial.map((c) => c.kode), ['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08']);
    assert.ok(s.kompetensi.manajerial.every((c) => c.level === 3));
    // "1. text" and "3.1 text" lines and <br>-separated lines all become references.
    assert.deepEqual(s.kompetensi.manajerial[0].indikator, ['3.1', '3.2', '3.3']);
    assert.deepEqual(s.kompetensi.manajerial[1].indikator, ['3.1', '3.2', '3.3']);
    // A near copy of an official indicator (a word added) is that indicator, its wording kept as a comment.
    assert.deepEqual(s.kompetensi.manajerial[5].indikator, ['3.1', '3.2', '3.3']);
    assert.match(s.kompetensi.manajerial[5].notes[0].text, /^indikator 3\.2 tertulis: .*setiap triwulan\.$/);
    assert.equal(s.kompetensi.teknis[0].nama, 'Pengelolaan Arsip Dinamis');
    assert.equal(s.kompetensi.teknis[0].kode, undefined);
    assert.deepEqual(s.persyaratan.pendidikan, [{ jenjang: 'S-1', bidang_ilmu: ['Ilmu Administrasi Negara', 'Manajemen', 'Ilmu Pemerintahan'], tingkat: 'mutlak' }]);
    assert.deepEqual(s.persyaratan.pelatihan.map((p) => [p.jenis, p.tingkat]), [['manajerial', 'penting'], ['teknis', 'perlu']]);
    assert.equal(s.persyaratan.pangkat, 'Penata Tingkat I (III/d)');
    assert.equal(s.persyaratan.indikator_kinerja.length, 2);
    assert.deepEqual(f.unmapped.map((u) => u.where), ['tabel 2, baris 8', 'tabel 2, baris 14', 'paragraf 9']);
    assert.ok(f.yaml.includes('# tak terpetakan (paragraf 9): Disusun oleh Tim Penyusun'));
    assert.deepEqual(rules(f.yaml), ['description-mismatch', 'technical-name-only']);
    assertNothingLost(rows, files.map((x) => x.yaml));
  });

  it('LibreOffice DOCX converted from that HTML reads the same', async () => {
    const lo = await load('libreoffice-from-html.docx');
    const html = await load('word-saved.html');
    assert.deepEqual(lo.files[0].standard.kompetensi, html.files[0].standard.kompetensi);
    assert.deepEqual(lo.files[0].standard.persyaratan, html.files[0].standard.persyaratan);
    assert.deepEqual(lo.files[0].standard.jabatan, html.files[0].standard.jabatan);
    assertNothingLost(lo.rows, lo.files.map((x) => x.yaml));
  });

  it('python-docx: two forms, merged cells, line breaks in cells, √ and v ticks, a letterhead', async () => {
    const { rows, files } = await load('python-docx-merged.docx');
    assert.deepEqual(files.map((f) => f.name), ['pranata-komputer-ahli-pertama.skj.yaml', 'pengadministrasi-umum.skj.yaml']);
    const [a, b] = files.map((f) => f.standard);
    assert.equal(a.jabatan.jenjang, 'ahli-pertama');
    assert.equal(a.jabatan.kelompok, 'fungsional');
    assert.equal(b.jabatan.jenjang, 'pelaksana');
    // Indicators one per row under a merged name cell, or as line breaks in one cell.
    for (const c of [...a.kompetensi.manajerial, ...b.kompetensi.manajerial]) assert.deepEqual(c.indikator, ['1.1', '1.2', '1.3'], c.kode);
    assert.deepEqual(a.kompetensi.teknis.map((c) => [c.kode, c.level, c.indikator]), [['KT.TIK.03', 2, ['2.1', '2.2', '2.3']]]);
    assert.deepEqual(a.persyaratan.pendidikan, [{ jenjang: 'S-1', bidang_ilmu: ['Teknik Informatika', 'Sistem Informasi', 'Ilmu Komputer'], tingkat: 'mutlak' }]);
    assert.deepEqual(a.persyaratan.pelatihan.map((p) => `${p.jenis}/${p.uraian}/${p.tingkat}`), [
      'manajerial/Pelatihan Dasar CPNS/penting',
      'teknis/Pelatihan Administrasi Jaringan/penting',
      'teknis/Pelatihan Keamanan Informasi/penting',
      'fungsional/Pelatihan Fungsional Pranata Komputer/mutlak',
    ]);
    assert.deepEqual(a.persyaratan.pengalaman_kerja, [{ uraian: 'Pengelolaan jaringan komputer paling singkat 1 tahun', tingkat: 'perlu' }]);
    assert.equal(b.persyaratan.pangkat, 'Pengatur Muda (II/a)');
    // The letterhead before the first form is kept as a comment of that form.
    assert.deepEqual(files[0].unmapped, [{ where: 'paragraf 1', text: 'PEMERINTAH KABUPATEN CONTOH' }]);
    assert.deepEqual(rules(files[0].yaml), []);
    assert.deepEqual(rules(files[1].yaml), []);
    assertNothingLost(rows, files.map((x) => x.yaml));
  });

  it('openpyxl workbook laid out like an agency template', async () => {
    const { rows, files } = await load('agency-template.xlsx');
    assert.equal(files.length, 1);
    const s = files[0].standard;
    assert.equal(files[0].name, 'pengelola-layanan-operasional.skj.yaml');
    assert.equal(s.jabatan.jenjang, 'pelaksana');
    assert.equal(s.jabatan.kode, '206010000031');
    assert.deepEqual(s.kompetensi.manajerial.map((c) => c.kode), ['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08']);
    for (const c of [...s.kompetensi.manajerial, ...s.kompetensi.sosial_kultural]) assert.deepEqual(c.indikator, ['1.1', '1.2', '1.3'], c.kode);
    assert.equal(s.kompetensi.teknis.length, 0);
    assert.deepEqual(s.persyaratan.pendidikan, [{ jenjang: 'SLTA', bidang_ilmu: ['Semua jurusan'], tingkat: 'mutlak' }]);
    assert.deepEqual(s.persyaratan.pelatihan, [{ jenis: 'teknis', uraian: 'Pelatihan Pelayanan Prima', tingkat: 'perlu' }]);
    assert.deepEqual(s.persyaratan.pengalaman_kerja, [{ uraian: 'Layanan administrasi perkantoran paling singkat 1 tahun', tingkat: 'penting' }]);
    assert.deepEqual(files[0].unmapped.map((u) => u.text), [
      // The sheet's print header and footer, page codes named.
      'PEMERINTAH KOTA CONTOH',
      'Dicetak dari aplikasi e-Formasi / Halaman [halaman] dari [jumlah halaman]',
      'jenjang tertulis "SLTA/sederajat", diisi SLTA',
      'Keterangan: disahkan oleh Kepala Bagian Umum',
    ]);
    assert.deepEqual(files[0].unmapped[1].where, 'lembar "SKJ Pengelola Layanan", kaki halaman');
    assert.deepEqual(rules(files[0].yaml), []);
    assertNothingLost(rows, files.map((x) => x.yaml));
  });

  it('python-docx: page header and footer (with a PAGE field), "Kode Jabatan : -", a Kelompok of its own words, a header row twice', async () => {
    const { rows, files } = await load('python-docx-page-text.docx');
    assert.equal(files.length, 1);
    const f = files[0];
    const s = f.standard;
    assert.equal(s.jabatan.kelompok, 'fungsional');
    assert.equal(s.jabatan.jenjang, 'ahli-muda');
    assert.equal(s.jabatan.kode, undefined);
    // The first Unit Kerja counts; the second is kept.
    assert.equal(s.status?.unit_kerja, 'Biro Perencanaan');
    assert.deepEqual(
      f.unmapped.map((u) => `${u.where}: ${u.text}`),
      [
        'kepala halaman: PEMERINTAH PROVINSI CONTOH',
        'kepala halaman: Lampiran Keputusan Gubernur Nomor 800/123/2024',
        'kaki halaman: Salinan sesuai aslinya - halaman [halaman]',
        'tabel 1, baris 6: Unit Kerja : Bagian Program',
        'tabel 1, baris 4: Kode Jabatan: -',
        'tabel 1, baris 2: Kelompok Jabatan: Jabatan Fungsional Keahlian - Ahli Muda',
      ],
    );
    // Written where the analyst sees them: comments above jabatan.
    const head = f.yaml.slice(0, f.yaml.indexOf('jabatan:'));
    for (const u of f.unmapped) assert.ok(head.includes(`# tak terpetakan (${u.where}): ${u.text}`), u.text);
    assert.deepEqual(rules(f.yaml), []);
    assertNothingLost(rows, [f.yaml]);
    // The reader saw the page text (so assertNothingLost checked it too).
    assert.ok(rows.some((r) => r.page && r.where === 'kaki halaman'));
  });

  it('a header or footer line the same on every section is kept once; a form exported by skj has none', async () => {
    const { files } = await load('python-docx-merged.docx');
    assert.ok(files.every((f) => f.unmapped.every((u) => !/halaman/.test(u.where))));
  });

  it('a document without a form, or not a document at all, is a clear ImportError', async () => {
    await assert.rejects(readDocument('surat.docx', Buffer.from('bukan zip')), /tidak dapat dibaca/);
    await assert.rejects(readDocument('surat.pdf', Buffer.from('%PDF')), ImportError);
    const rows = await readDocument('surat.html', Buffer.from('<p>Undangan rapat koordinasi</p><table><tr><td>Hari</td><td>Senin</td></tr></table>'));
    assert.throws(() => importRows(rows, dict, 'surat.html', 'surat'), /tidak ditemukan FORM STANDAR KOMPETENSI/);
  });
});

describe('skj import', () => {
  it('imports a folder with a progress line and a summary, keeps existing files unless --force, exit 2 for a non-form', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-import-'));
    const docs = path.join(tmp, 'dokumen');
    fs.mkdirSync(docs);
    for (const f of ['python-docx-merged.docx', 'agency-template.xlsx']) fs.copyFileSync(path.join(FIXTURES, f), path.join(docs, f));
    const r = await skjMain(['import', 'dokumen', '-o', 'standar'], tmp);
    assert.equal(r.code, 0);
    const err = r.err;
    assert.match(err, /\[1\/2\] dokumen\/agency-template\.xlsx: 1 standar/);
    assert.match(err, /\[2\/2\] dokumen\/python-docx-merged\.docx: 2 standar/);
    assert.match(err, /dokumen\/python-docx-merged\.docx \(paragraf 1\): tak terpetakan — PEMERINTAH KABUPATEN CONTOH/);
    assert.match(err, /skj: 2 dokumen, 3 standar ditulis/);
    assert.deepEqual(fs.readdirSync(path.join(tmp, 'standar')).sort(), ['pengadministrasi-umum.skj.yaml', 'pengelola-layanan-operasional.skj.yaml', 'pranata-komputer-ahli-pertama.skj.yaml']);

    const file = path.join(tmp, 'standar', 'pengadministrasi-umum.skj.yaml');
    fs.writeFileSync(file, '# edited by hand\n');
    const again = await skjMain(['import', 'dokumen/*.docx', '-o', 'standar'], tmp);
    assert.equal(again.code, 1);
    assert.match(again.err, /pengadministrasi-umum\.skj\.yaml sudah ada, tidak ditimpa \(pakai --force\)/);
    assert.equal(fs.readFileSync(file, 'utf8'), '# edited by hand\n');
    const forced = await skjMain(['import', 'dokumen/python-docx-merged.docx', '-o', 'standar', '--force', '--json'], tmp);
    assert.equal(forced.code, 0);
    assert.match(fs.readFileSync(file, 'utf8'), /nama: Pengadministrasi Umum/);
    assert.equal(JSON.parse(forced.out)[0].written.length, 2);

    fs.writeFileSync(path.join(docs, 'undangan.html'), '<p>Undangan rapat</p>');
    const bad = await skjMain(['import', 'dokumen/undangan.html'], tmp);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /undangan\.html tidak dapat diimpor: tidak ditemukan FORM STANDAR KOMPETENSI JABATAN ASN/);
    assert.match((await skjMain(['import'], tmp)).err, /import memerlukan dokumen/); // Indonesian by default
    assert.match((await skjMain(['import', '--locale', 'en'], tmp)).err, /import needs a document/);
  });
});
