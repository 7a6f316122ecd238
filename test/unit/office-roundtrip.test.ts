import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { importRows } from '../../server/src/core/import';
import { readDocument } from '../../server/src/core/import/read';
import { buildFormModel } from '../../server/src/core/render/form-model';
import { writeFormDocx } from '../../server/src/core/render/form-docx';
import { writeFormXlsx } from '../../server/src/core/render/form-xlsx';
import { skjMain } from '../support/cli';
import { dictionaryOf, EXAMPLES, meaning, ROOT } from '../support/office';

const dict = dictionaryOf(EXAMPLES);
const GOLDEN = path.join(ROOT, 'test', 'golden', 'rules');
const standards = [
  ...fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.skj.yaml')).map((f) => path.join(EXAMPLES, f)),
  ...fs.readdirSync(GOLDEN).filter((f) => /^valid-.*\.skj\.yaml$/.test(f)).map((f) => path.join(GOLDEN, f)),
];

async function roundTrip(name: string, data: Buffer): Promise<string[]> {
  const rows = await readDocument(name, data);
  return importRows(rows, dict, name, 'x').files.map((f) => f.yaml);
}

describe('export → import round trip', () => {
  it('covers every example and golden valid standard', () => assert.ok(standards.length >= 10, String(standards.length)));
  for (const file of standards) {
    const text = fs.readFileSync(file, 'utf8');
    const name = path.relative(ROOT, file);
    it(`DOCX: ${name}`, async () => {
      const [yaml, ...more] = await roundTrip('x.docx', await writeFormDocx(buildFormModel(text, dict)));
      assert.equal(more.length, 0);
      assert.deepEqual(meaning(yaml, dict), meaning(text, dict));
    });
    it(`XLSX: ${name}`, async () => {
      const [yaml] = await roundTrip('x.xlsx', await writeFormXlsx([{ form: buildFormModel(text, dict) }]));
      assert.deepEqual(meaning(yaml, dict), meaning(text, dict));
    });
  }
  it('one workbook of all examples imports as all of them', async () => {
    const forms = standards.slice(0, 6).map((f) => ({ form: buildFormModel(fs.readFileSync(f, 'utf8'), dict) }));
    const yamls = await roundTrip('all.xlsx', await writeFormXlsx(forms));
    assert.equal(yamls.length, 6);
    yamls.forEach((y, i) => assert.deepEqual(meaning(y, dict), meaning(fs.readFileSync(standards[i], 'utf8'), dict)));
  });
});

describe('skj render --format', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-export-'));

  it('a batch writes one document per standard below -o, keeping folders; refuses standards with errors', async () => {
    const src = path.join(tmp, 'src');
    fs.mkdirSync(path.join(src, 'sekretariat', 'bagian-umum'), { recursive: true });
    fs.mkdirSync(path.join(src, 'diskominfo'), { recursive: true });
    fs.copyFileSync(path.join(EXAMPLES, 'kasubbag-umum-pengawas.skj.yaml'), path.join(src, 'sekretariat', 'bagian-umum', 'kasubbag-umum-pengawas.skj.yaml'));
    fs.copyFileSync(path.join(EXAMPLES, 'pranata-komputer-ahli-pertama.skj.yaml'), path.join(src, 'diskominfo', 'pranata-komputer-ahli-pertama.skj.yaml'));
    fs.copyFileSync(path.join(EXAMPLES, 'diskominfo.kamus.yaml'), path.join(src, 'diskominfo', 'diskominfo.kamus.yaml'));
    fs.copyFileSync(path.join(EXAMPLES, 'contoh-dengan-kesalahan-ahli-muda.skj.yaml'), path.join(src, 'contoh-dengan-kesalahan-ahli-muda.skj.yaml'));
    const r = await skjMain(['render', '--format', 'docx', 'src', '-o', 'out/'], tmp);
    assert.equal(r.code, 1);
    assert.ok(fs.existsSync(path.join(tmp, 'out', 'sekretariat', 'bagian-umum', 'kasubbag-umum-pengawas.docx')));
    assert.ok(fs.existsSync(path.join(tmp, 'out', 'diskominfo', 'pranata-komputer-ahli-pertama.docx')));
    assert.ok(!fs.existsSync(path.join(tmp, 'out', 'contoh-dengan-kesalahan-ahli-muda.docx')));
    const err = r.err;
    assert.match(err, /contoh-dengan-kesalahan-ahli-muda\.skj\.yaml tidak diekspor: \d+ kesalahan/);
    assert.match(err, /contoh-dengan-kesalahan-ahli-muda\.skj\.yaml:29:14 Level M\.03 harus bilangan bulat 1–5, bukan 7\. \[level-range\]/);
    assert.match(err, /skj: menulis out\/diskominfo\/pranata-komputer-ahli-pertama\.docx/);
    // The kamus of the standard's folder names its technical competency.
    const rows = await readDocument('x.docx', fs.readFileSync(path.join(tmp, 'out', 'diskominfo', 'pranata-komputer-ahli-pertama.docx')));
    assert.ok(rows.some((row) => row.cells.some((c) => c.lines.join(' ').includes('10. Pengelolaan Infrastruktur Jaringan (KT.TIK.03)'))));
  });

  it('--allow-errors exports with a visible note; pdf and xlsx; an absolute -o is printed as given', async () => {
    const bad = path.join(EXAMPLES, 'contoh-dengan-kesalahan-ahli-muda.skj.yaml');
    const out = path.join(tmp, 'bad.docx');
    const r = await skjMain(['render', bad, '--format', 'docx', '--allow-errors', '-o', out], EXAMPLES);
    assert.equal(r.code, 0);
    assert.ok(r.err.includes(`menulis ${out}`));
    const rows = await readDocument('bad.docx', fs.readFileSync(out));
    const text = rows.flatMap((row) => row.cells.flatMap((c) => c.lines)).join('\n');
    assert.match(text, /Catatan: standar ini masih memuat kesalahan/);
    assert.match(text, /level-range/);
    const pdf = path.join(tmp, 'form.pdf');
    assert.equal((await skjMain(['render', 'kasubbag-umum-pengawas.skj.yaml', '--format', 'pdf', '-o', pdf], EXAMPLES)).code, 0);
    assert.equal(fs.readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
    const book = path.join(tmp, 'semua.xlsx');
    assert.equal((await skjMain(['render', '.', '--format', 'xlsx', '--allow-errors', '-o', book], EXAMPLES)).code, 0);
    const yamls = await roundTrip('semua.xlsx', fs.readFileSync(book));
    assert.equal(yamls.length, 6);
    const toStdout = await skjMain(['render', 'kasubbag-umum-pengawas.skj.yaml', '--format', 'pdf', '-o', '-', '--locale', 'en'], EXAMPLES);
    assert.equal(toStdout.code, 2);
    assert.match(toStdout.err, /standard output/);
  });
});

describe('dist/cli.js with dist/office.js (the bundle the .vsix ships, stubs included)', () => {
  const cli = path.join(ROOT, 'dist', 'cli.js');
  before(function () {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'office.js'))) {
      console.log('    (skipped: dist/office.js not built — npm run build)');
      this.skip();
    }
  });
  it('exports DOCX, XLSX and PDF and imports them back', () => {
    const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-dist-'));
    const std = path.join(EXAMPLES, 'kasubbag-umum-pengawas.skj.yaml');
    for (const f of ['docx', 'xlsx', 'pdf']) execFileSync(process.execPath, [cli, 'render', std, '--format', f, '-o', path.join(tmp, `k.${f}`)], { stdio: 'pipe' });
    assert.equal(fs.readFileSync(path.join(tmp, 'k.pdf')).subarray(0, 5).toString(), '%PDF-');
    const out = execFileSync(process.execPath, [cli, 'import', path.join(tmp, 'k.docx'), path.join(tmp, 'k.xlsx'), '-o', path.join(tmp, 'imp'), '--force', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const reports = JSON.parse(out) as { written: string[] }[];
    assert.equal(reports.length, 2);
    const yaml = fs.readFileSync(reports[1].written[0], 'utf8');
    assert.deepEqual(meaning(yaml, dict), meaning(fs.readFileSync(std, 'utf8'), dict));
  });
});
