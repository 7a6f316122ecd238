/**
 * The exported documents as other programs see them: LibreOffice opens the DOCX and XLSX
 * (headless --convert-to pdf) and poppler reads the text back; our PDF has the same text; its
 * first page is rendered to PNG (out/test-artifacts/form-pdf-1.png) for a person to look at.
 * Skipped, with one line, where soffice or pdftotext is not installed.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildFormModel, competencyLabel } from '../../server/src/core/render/form-model';
import { writeFormDocx } from '../../server/src/core/render/form-docx';
import { writeFormXlsx } from '../../server/src/core/render/form-xlsx';
import { writeFormPdf } from '../../server/src/core/render/form-pdf';
import { pdfFonts } from '../../server/src/cli/office';
import { dictionaryOf, EXAMPLES, ROOT } from '../support/office';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const tools = has('soffice') && has('pdftotext') && has('pdftoppm');

describe('exported documents in LibreOffice and poppler', function () {
  this.timeout(180000);
  before(function () {
    if (!tools) {
      console.log('    (skipped: LibreOffice soffice or poppler pdftotext/pdftoppm not installed — apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils)');
      this.skip();
    }
  });
  const dict = dictionaryOf(EXAMPLES);
  const text = fs.readFileSync(path.join(EXAMPLES, 'pranata-komputer-ahli-pertama.skj.yaml'), 'utf8');
  const form = buildFormModel(text, dict);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-lo-'));
  /** The texts every reading must contain: each competency row, each requirement, header values. */
  const expected = [
    ...form.groups.flatMap((g) => [g.label, ...g.rows.filter((r) => !r.blank).map((r) => competencyLabel(r))]),
    ...form.requirements.flatMap((g) => g.subs.flatMap((s) => s.rows.map((r) => r.uraian))),
    ...form.header.map((h) => h.value!).filter(Boolean),
    form.pangkat!,
    ...form.indikatorKinerja,
  ];
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const missingIn = (pdfText: string) => expected.filter((e) => !flat(pdfText).includes(flat(e)));

  function libreOfficePdf(file: string): string {
    execFileSync('soffice', [`-env:UserInstallation=file://${tmp}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, file], { stdio: 'pipe' });
    const pdf = file.replace(/\.[^.]+$/, '.pdf');
    assert.ok(fs.existsSync(pdf), `LibreOffice wrote no PDF for ${path.basename(file)}`);
    return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  }

  it('LibreOffice opens the DOCX; its text has every competency row and requirement', async () => {
    const file = path.join(tmp, 'form.docx');
    fs.writeFileSync(file, await writeFormDocx(form));
    const t = libreOfficePdf(file);
    assert.deepEqual(missingIn(t), []);
    assert.ok(t.includes('\u221a'), 'the √ ticks');
  });

  it('LibreOffice opens the XLSX; its text has every competency row and requirement', async () => {
    const file = path.join(tmp, 'form.xlsx');
    fs.writeFileSync(file, await writeFormXlsx([{ form }]));
    const t = libreOfficePdf(file);
    assert.deepEqual(missingIn(t), []);
  });

  it('our PDF has the same text, on A4 pages; the first page is rendered to PNG', async () => {
    const pdf = path.join(tmp, 'form.pdf');
    fs.writeFileSync(pdf, await writeFormPdf(form, pdfFonts()));
    const t = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    assert.deepEqual(missingIn(t), []);
    assert.ok(t.includes('\u221a'));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    assert.match(info, /Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    const artifacts = path.join(ROOT, 'out', 'test-artifacts');
    fs.mkdirSync(artifacts, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, path.join(artifacts, 'form-pdf')]);
    const png = fs.readdirSync(artifacts).find((f) => /^form-pdf-0*1\.png$/.test(f));
    assert.ok(png, 'first page PNG');
    assert.ok(fs.statSync(path.join(artifacts, png!)).size > 20000);
  });
});
