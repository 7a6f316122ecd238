import * as assert from 'node:assert/strict';
import { skjMain } from '../support/cli';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { renderFormHtml, escapeHtml } from '../../server/src/core/render/form-html';

const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLES = path.join(ROOT, 'examples');
const pengawas = fs.readFileSync(path.join(EXAMPLES, 'kasubbag-umum-pengawas.skj.yaml'), 'utf8');

/** Text content of the page without tags and with entities decoded (enough for assertions). */
function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('renderFormHtml', () => {
  it('renders the official form sections and header of an example', () => {
    const html = renderFormHtml(pengawas, { cspSource: 'vscode-webview://x', nonce: 'abc123' });
    const t = textOf(html);
    for (const s of ['FORM STANDAR KOMPETENSI JABATAN ASN', 'I. IKHTISAR JABATAN', 'II. STANDAR KOMPETENSI', 'III. PERSYARATAN JABATAN', 'A. Manajerial', 'B. Sosial Kultural', 'C. Teknis', 'A. Pendidikan', 'B. Pelatihan', 'C. Pengalaman Kerja', 'D. Pangkat', 'E. Indikator Kinerja Jabatan']) {
      assert.ok(t.includes(s), `missing ${s}`);
    }
    assert.match(t, /Nama Jabatan : Kepala Subbagian Umum dan Kepegawaian/);
    assert.match(t, /Kelompok Jabatan : Jabatan Administrasi — Pengawas/);
    assert.match(t, /Kode Jabatan : 205010000021/);
    assert.match(t, /1\. Integritas \(M\.01\)/);
    assert.match(t, /8\. Pengambilan Keputusan \(M\.08\)/);
    assert.match(t, /9\. Perekat Bangsa \(SK\.01\)/);
    assert.match(t, /Penata Tingkat I \(III\/d\)/);
    assert.ok(html.includes('id="ikhtisar"') && html.includes('id="standar-kompetensi"') && html.includes('id="persyaratan"'));
  });

  it('puts a strict CSP with the nonce and the webview source', () => {
    const html = renderFormHtml(pengawas, { cspSource: 'vscode-webview://x', nonce: 'abc123' });
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    const decoded = csp.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));
    assert.match(decoded, /^default-src 'none'; style-src vscode-webview:\/\/x 'nonce-abc123'/);
    assert.match(decoded, /script-src 'none'/);
    assert.ok(html.includes('<style nonce="abc123">'));
    assert.ok(!/<script/i.test(html));
    assert.ok(html.includes('var(--vscode-editor-background)'));
  });

  it('print mode is standalone, print-friendly and deterministic', () => {
    const a = renderFormHtml(pengawas, { mode: 'print' });
    const b = renderFormHtml(pengawas, { mode: 'print' });
    assert.equal(a, b);
    assert.ok(a.includes('@page'));
    assert.ok(!a.includes('--vscode-'));
    const nonce = /<style nonce="([^"]+)">/.exec(a)?.[1];
    assert.ok(nonce);
    assert.ok(a.includes(`&#39;nonce-${nonce}&#39;`));
  });

  it('ticks the mutlak / penting / perlu columns', () => {
    const html = renderFormHtml(pengawas, { mode: 'print' });
    // S-1 is mutlak: the row with "S-1" has its check mark in the mutlak cell.
    const row = html.split('\n').find((l) => l.includes('data-req="pendidikan"') && l.includes('S-1'))!;
    assert.match(row, /data-tingkat="mutlak"><span class="check"/);
    assert.doesNotMatch(row, /data-tingkat="penting"><span/);
    const pel = html.split('\n').find((l) => l.includes('Pelatihan Kepemimpinan'))!;
    assert.match(pel, /data-tingkat="perlu"><span class="check"/);
  });

  it('shows indicator numbers with their official text', () => {
    const text = `jabatan:\n  nama: X\nkompetensi:\n  manajerial:\n    - kode: M.01\n      level: 2\n      indikator:\n        - "2.1"\n        - "2.9"\n`;
    const t = textOf(renderFormHtml(text));
    assert.match(t, /2\.1 Mengingatkan rekan kerja untuk bertindak sesuai dengan nilai/);
    assert.match(t, /2\.9 \(indikator tidak dikenal\)/);
    // deskripsi absent: the dictionary's description for level 2 is shown.
    assert.match(t, /Mampu mengingatkan, mengajak rekan kerja/);
    // M.02 is missing: its row still shows, with blank cells (no "belum diisi").
    assert.match(t, /2\. Kerjasama \(M\.02\)/);
    assert.doesNotMatch(t, /belum diisi/);
  });

  it('escapes everything that comes from the file', () => {
    const text = `jabatan:\n  nama: "<script>alert(1)</script>"\n  urusan: "a & b \\" ' \`"\n  ikhtisar: "<img src=x onerror=alert(1)>"\nkompetensi:\n  teknis:\n    - kode: "<b>KT</b>"\n      nama: "<i>n</i>"\n      level: "<u>3</u>"\n      indikator: ["<svg onload=alert(1)>"]\npersyaratan:\n  pangkat: "</td><script>x</script>"\n`;
    const html = renderFormHtml(text, { title: '<t>', cspSource: "x' 'unsafe-inline", nonce: 'n" onload="' });
    assert.ok(!/<script/i.test(html));
    assert.ok(!/<img|<svg|<b>|<i>|<u>|<t>/i.test(html));
    assert.ok(!html.includes("'unsafe-inline'"));
    assert.match(html, /<style nonce="[A-Za-z0-9+/=_:.*-]+">/);
    assert.ok(html.includes(escapeHtml('<script>alert(1)</script>')));
  });

  it('never throws on partial, broken or odd input', () => {
    const inputs = [
      '',
      '# only a comment\n',
      'jabatan: [1, 2\n',
      'jabatan:\n  nama: "unclosed\n',
      '- a\n- b\n',
      'kompetensi: 3\npersyaratan: [x]\n',
      'kompetensi:\n  manajerial:\n    - 1\n    - kode: [a]\n      level: {x: 1}\n      indikator: 7\n',
      'persyaratan:\n  pendidikan: {jenjang: S-1}\n  pelatihan: [[1]]\n  pengalaman_kerja: teks\n  indikator_kinerja: satu\n',
      'jabatan:\n\tnama: tab\n',
      '&a [*a]\n',
      '['.repeat(5000),
    ];
    for (const input of inputs) {
      const html = renderFormHtml(input);
      assert.ok(html.startsWith('<!DOCTYPE html>'), JSON.stringify(input).slice(0, 40));
      assert.ok(html.includes('II. STANDAR KOMPETENSI') || html.includes('Formulir tidak dapat'));
    }
    const broken = textOf(renderFormHtml('jabatan:\n  nama: Analis\n  kelompok: [\n'));
    assert.match(broken, /kesalahan sintaks YAML/);
    assert.match(textOf(renderFormHtml('jabatan: [\n', { locale: 'en' })), /YAML syntax error/);
    // non-string input from a careless caller
    assert.doesNotThrow(() => renderFormHtml(undefined as unknown as string));
  });

  it('shows the notes it is given (an export with --allow-errors), also when printed', () => {
    const html = renderFormHtml(pengawas, { mode: 'print', notes: ['Catatan: standar ini masih memuat kesalahan', 'baris 3:1 <x> [schema]'] });
    assert.match(html, /<div class="notes errors" role="alert">.*standar ini masih memuat kesalahan<br>baris 3:1 &#60;x&#62; \[schema\]/);
    assert.match(html, /\.notes\.errors\{display:block\}/);
  });

  it('marks an invalid level', () => {
    const html = renderFormHtml('kompetensi:\n  manajerial:\n    - kode: M.01\n      level: 7\n');
    assert.match(html, /<span class="invalid">7<\/span>/);
  });
});

describe('skj render', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-render-'));
  it('writes the form to standard output', async () => {
    const r = await skjMain(['render', 'kasubbag-umum-pengawas.skj.yaml'], EXAMPLES);
    assert.equal(r.code, 0);
    assert.match(r.out, /FORM STANDAR KOMPETENSI JABATAN ASN/);
    assert.match(r.out, /@page/);
  });

  it('writes to -o OUT.html and uses the folder\'s kamus files for technical names', async () => {
    const out = path.join(tmp, 'form.html');
    const r = await skjMain(['render', 'pranata-komputer-ahli-pertama.skj.yaml', '-o', out], EXAMPLES);
    assert.equal(r.code, 0);
    const html = fs.readFileSync(out, 'utf8');
    assert.match(html, /C\. Teknis/);
    assert.match(textOf(html), /10\. Pengelolaan Infrastruktur Jaringan \(KT\.TIK\.03\) 2 Dasar Mengonfigurasi perangkat jaringan sesuai prosedur baku/);
    assert.match(r.err, /menulis/);
    // An absolute -o is printed as given, not relative to the working folder.
    assert.ok(r.err.includes(out), r.err);
    assert.equal(r.out, '');
  });

  it('bad usage exits 2 with a message in the analyst\'s language', async () => {
    const usage = async (args: string[], message: RegExp) => {
      const r = await skjMain(['render', ...args], EXAMPLES);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err, message, args.join(' '));
      assert.doesNotMatch(r.err, /\bat \w+ \(/, 'no stack trace');
    };
    await usage([], /render memerlukan standar/);
    await usage(['nope.skj.yaml'], /tidak dapat membaca nope\.skj\.yaml: berkas atau folder tidak ada/);
    await usage(['a.skj.yaml', 'b.skj.yaml'], /tidak dapat membaca/);
    await usage(['kasubbag-umum-pengawas.skj.yaml', '--frobnicate'], /opsi tidak dikenal --frobnicate/);
    await usage(['kasubbag-umum-pengawas.skj.yaml', '-o'], /-o/);
    // No far-fetched suggestion ("odt" is not "pdf"); a near one is made.
    await usage(['kasubbag-umum-pengawas.skj.yaml', '--format', 'odt'], /harus salah satu dari html, docx, xlsx, pdf, bukan "odt"$/m);
    await usage(['kasubbag-umum-pengawas.skj.yaml', '--format', 'doc'], /maksud Anda docx\?/);
    // A folder is a batch: it needs -o FOLDER.
    await usage(['.'], /-o FOLDER/);
    await usage(['diskominfo.kamus.yaml'], /adalah kamus; render menerima standar/);
    await usage(['.', '--locale', 'en'], /several standards need -o FOLDER/);
    await usage(['kasubbag-umum-pengawas.skj.yaml', '--format', 'pdf', '-o', '-'], /tidak dapat ditulis ke keluaran standar/);
  });
});
