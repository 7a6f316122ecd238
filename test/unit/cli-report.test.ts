/**
 * `skj report` as a user runs it: the bundled CLI in a subprocess, every format. The XLSX is
 * written through the office bundle (dist/office.js, exceljs) and read back with exceljs.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { parse as parseHtml } from 'node-html-parser';
import { repoRoot } from '../support/paths';

const CLI = path.join(repoRoot(), 'dist', 'cli.js');

/** The examples plus the golden cross-standard workspace in a subfolder. */
function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-report-'));
  fs.cpSync(path.join(repoRoot(), 'examples'), dir, { recursive: true });
  fs.cpSync(path.join(repoRoot(), 'test', 'golden', 'rules', 'workspace-unit'), path.join(dir, 'umum'), { recursive: true });
  return dir;
}

function skj(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
}

/** A CSV line split into fields (RFC 4180 quoting). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') out.push(cur), (cur = '');
    else cur += c;
  }
  out.push(cur);
  return out;
}

describe('skj report (CLI subprocess)', function () {
  this.timeout(30000);
  const dir = workspace();

  it('json: one row per standard with unit, tier, code, the nine levels, status and counts (cross-standard findings included)', () => {
    const r = skj(dir, 'report', '--format', 'json');
    assert.equal(r.status, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as { file: string; nama: string; unit_kerja: string | null; jenjang: string; kode: string; level: Record<string, number | null>; tahap: string | null; errors: number; warnings: number }[];
    assert.equal(rows.length, 10);
    const byFile = Object.fromEntries(rows.map((x) => [x.file, x]));
    assert.deepEqual(byFile['kepala-dinas-kominfo-jpt-pratama.skj.yaml'], {
      file: 'kepala-dinas-kominfo-jpt-pratama.skj.yaml',
      nama: 'Kepala Dinas Komunikasi dan Informatika',
      unit_kerja: 'Dinas Komunikasi dan Informatika',
      kelompok: 'pimpinan-tinggi',
      jenjang: 'jpt-pratama',
      kode: '103020000001',
      level: { 'M.01': 4, 'M.02': 4, 'M.03': 4, 'M.04': 4, 'M.05': 4, 'M.06': 4, 'M.07': 4, 'M.08': 4, 'SK.01': 4 },
      tahap: 'ditetapkan',
      errors: 0,
      warnings: 0,
    });
    // kasubbag-umum-pengawas.skj.yaml (examples) and the two umum/ copies share 205010000021.
    assert.equal(byFile['kasubbag-umum-pengawas.skj.yaml'].errors, 1);
    assert.equal(byFile[path.join('umum', 'kasubbag-umum.skj.yaml')].errors, 1);
    assert.equal(byFile['contoh-dengan-kesalahan-ahli-muda.skj.yaml'].level['M.04'], null);
    assert.equal(byFile['contoh-dengan-kesalahan-ahli-muda.skj.yaml'].unit_kerja, null);
    // Ordered by unit kerja, standards without one last.
    assert.equal(rows[rows.length - 1].file, 'contoh-dengan-kesalahan-ahli-muda.skj.yaml');
  });

  it('skj check gives the same counts as the report (one answer)', () => {
    const r = skj(dir, 'check', '--format', 'json');
    const findings = JSON.parse(r.stdout) as { file: string; rule: string; severity: string }[];
    const report = JSON.parse(skj(dir, 'report', '--format', 'json').stdout) as { file: string; errors: number }[];
    for (const row of report) assert.equal(findings.filter((f) => f.file === row.file && f.severity === 'error').length, row.errors, row.file);
    assert.ok(findings.some((f) => f.rule === 'duplicate-job-code' && f.file === 'kasubbag-umum-pengawas.skj.yaml'));
  });

  it('csv: a UTF-8 BOM, a localized header, RFC 4180 quoting, one line per standard', () => {
    const odd = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-report-odd-'));
    const text = fs.readFileSync(path.join(dir, 'pranata-komputer-ahli-pertama.skj.yaml'), 'utf8').replace('nama: Pranata Komputer Ahli Pertama', 'nama: "Pranata, \\"Komputer\\" Ahli Pertama"').replace('"310020000007"', '"310020000999"');
    fs.writeFileSync(path.join(odd, 'odd.skj.yaml'), text);
    const r = skj(odd, 'report', '--format', 'csv', '--locale', 'en');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.startsWith('\uFEFF'));
    const lines = r.stdout.slice(1).split('\r\n').filter(Boolean);
    assert.deepEqual(csvFields(lines[0]), ['No', 'Position', 'Unit', 'Group', 'Tier', 'Job code', 'M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08', 'SK.01', 'Status', 'Errors', 'Warnings', 'File']);
    assert.deepEqual(csvFields(lines[1]).slice(0, 6), ['1', 'Pranata, "Komputer" Ahli Pertama', 'Dinas Komunikasi dan Informatika', 'Jabatan Fungsional', 'Ahli Pertama', '310020000999']);
    assert.equal(lines.length, 2);
  });

  it('xlsx: written through dist/office.js, read back with exceljs', async () => {
    const out = path.join(dir, 'ringkasan.xlsx');
    const r = skj(dir, 'report', '-o', 'ringkasan.xlsx');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /10 jabatan ditulis ke ringkasan\.xlsx/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Ringkasan')!;
    assert.equal(ws.rowCount, 11);
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    assert.deepEqual(header.slice(0, 6), ['No', 'Nama Jabatan', 'Unit Kerja', 'Kelompok', 'Jenjang', 'Kode Jabatan']);
    const first = (ws.getRow(2).values as unknown[]).slice(1);
    assert.deepEqual(first.slice(0, 16), [1, 'Kepala Dinas Komunikasi dan Informatika', 'Dinas Komunikasi dan Informatika', 'Jabatan Pimpinan Tinggi', 'JPT Pratama', '103020000001', 4, 4, 4, 4, 4, 4, 4, 4, 4, 'Ditetapkan']);
    assert.equal(ws.autoFilter !== undefined, true);
    assert.equal(ws.views[0].state, 'frozen');
  });

  it('html: a standalone page with the table, no script, a CSP of its own', () => {
    const r = skj(dir, 'report', '-o', 'ringkasan.html');
    assert.equal(r.status, 0, r.stderr);
    const html = fs.readFileSync(path.join(dir, 'ringkasan.html'), 'utf8');
    const doc = parseHtml(html);
    assert.equal(doc.querySelectorAll('script').length, 0);
    assert.match(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!, /^default-src 'none'; style-src 'nonce-/);
    assert.equal(doc.querySelectorAll('tbody tr').length, 10);
    assert.deepEqual(doc.querySelectorAll('thead th').map((th) => th.text).slice(5, 14), ['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08', 'SK.01']);
  });

  it('bad usage exits 2 with a message', () => {
    assert.equal(skj(dir, 'report', '--format', 'pdf').status, 2);
    const r = skj(dir, 'report', '--format', 'xlsx');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /tabel xlsx perlu ditulis ke berkas: -o RINGKASAN.xlsx/);
    assert.match(skj(dir, 'report', '--format', 'xlsx', '--locale', 'en').stderr, /an xlsx table must be written to a file/);
  });
});
