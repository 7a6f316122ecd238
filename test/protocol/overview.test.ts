import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import type { ReportRow } from '../../server/src/core/report/rows';
import { TestClient } from '../support/lsp-client';
import { repoRoot } from '../support/paths';

/** The golden cross-standard workspace (four standards of one agency), copied to a temp folder. */
function workspace(): { dir: string; uri: (name: string) => string; read: (name: string) => string } {
  const src = path.join(repoRoot(), 'test', 'golden', 'rules', 'workspace-unit');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skj-overview-'));
  for (const f of fs.readdirSync(src)) fs.copyFileSync(path.join(src, f), path.join(dir, f));
  return { dir, uri: (n) => pathToFileURL(path.join(dir, n)).href, read: (n) => fs.readFileSync(path.join(dir, n), 'utf8') };
}

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 8000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (ok(v)) return v;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}: ${JSON.stringify(v).slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('language server over stdio: cross-standard rules and skj/overview', () => {
  let client: TestClient;
  afterEach(async () => {
    await client?.shutdown();
  });

  const overview = () => client.request<{ rows: ReportRow[] }>('skj/overview', {});
  const row = (rows: ReportRow[], file: string) => rows.find((r) => r.file === file)!;

  it('lists every standard of the workspace with its unit, status and counts, open or closed', async () => {
    const ws = workspace();
    client = new TestClient({ rootUri: pathToFileURL(ws.dir).href });
    await client.initialize();
    const { rows } = await until(overview, (o) => o.rows.length === 4, 'four standards');
    assert.deepEqual(
      rows.map((r) => [r.file, r.unit, r.jenjang, r.tahap]),
      [
        ['valid-status-lengkap.skj.yaml', 'Sekretariat DPRD', 'pengawas', 'ditetapkan'],
        ['kasubbag-perencanaan.skj.yaml', 'Subbagian Umum dan Kepegawaian', 'pengawas', 'ditetapkan'],
        ['kasubbag-umum-salinan.skj.yaml', 'subbagian umum dan   KEPEGAWAIAN', 'pengawas', 'dikonfirmasi'],
        ['kasubbag-umum.skj.yaml', 'Subbagian Umum dan Kepegawaian', 'pengawas', 'draf'],
      ],
    );
    // Closed files are checked with the workspace: each copy has the other's job code (an error).
    assert.deepEqual([row(rows, 'kasubbag-umum.skj.yaml').errors, row(rows, 'kasubbag-umum-salinan.skj.yaml').errors], [1, 1]);
    assert.deepEqual(row(rows, 'valid-status-lengkap.skj.yaml').levels, [2, 2, 2, 2, 2, 2, 2, 2, 2]);
    assert.equal(row(rows, 'kasubbag-perencanaan.skj.yaml').errors, 7); // level-range + 6 status-lifecycle
    assert.equal(row(rows, 'kasubbag-perencanaan.skj.yaml').warnings, 1); // status-with-errors
  });

  it('an open standard draws duplicate-job-code with related information; editing its code updates it, the closed copy and the overview', async () => {
    const ws = workspace();
    client = new TestClient({ rootUri: pathToFileURL(ws.dir).href });
    let notified = 0;
    client.conn.onNotification('skj/overviewChanged', () => {
      notified++;
    });
    await client.initialize();
    await until(overview, (o) => o.rows.length === 4, 'the scan');
    const uri = ws.uri('kasubbag-umum.skj.yaml');
    const text = ws.read('kasubbag-umum.skj.yaml');
    client.open(uri, text);
    const diags = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'duplicate-job-code'));
    const dup = diags.find((d) => d.code === 'duplicate-job-code')!;
    assert.equal(dup.range.start.line, text.split('\n').findIndex((l) => l.startsWith('  kode: "205010000021"')));
    assert.match(String(dup.message), /205010000021.*kasubbag-umum-salinan\.skj\.yaml/);
    assert.deepEqual(dup.relatedInformation?.map((r) => r.location.uri), [ws.uri('kasubbag-umum-salinan.skj.yaml')]);
    assert.deepEqual(diags.map((d) => d.code).sort(), ['duplicate-job-code', 'duplicate-position', 'sibling-levels']);

    const before = notified;
    client.change(uri, text.replace('"205010000021"', '"205010000099"'));
    await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'duplicate-job-code'));
    const after = await until(overview, (o) => row(o.rows, 'kasubbag-umum-salinan.skj.yaml').errors === 0, 'the closed copy to lose its error');
    assert.equal(row(after.rows, 'kasubbag-umum.skj.yaml').kode, '205010000099');
    await until(async () => notified, (n) => n > before, 'skj/overviewChanged');
  });

  it('skj/report answers the same rows as webview HTML (strict CSP), XLSX and CSV', async () => {
    const ws = workspace();
    client = new TestClient({ rootUri: pathToFileURL(ws.dir).href });
    await client.initialize();
    await until(overview, (o) => o.rows.length === 4, 'the scan');
    const html = await client.request<{ text: string }>('skj/report', { format: 'html', mode: 'webview', cspSource: 'vscode-resource:', nonce: 'N0NCE' });
    assert.match(html.text, /Content-Security-Policy" content="default-src 'none'; style-src vscode-resource: 'nonce-N0NCE'; script-src 'nonce-N0NCE';/);
    assert.equal((html.text.match(/<tr class=/g) ?? []).length, 4);
    assert.ok(!/<script(?! nonce="N0NCE")/.test(html.text), 'every script carries the nonce');
    const xlsx = await client.request<{ data: string }>('skj/report', { format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.data, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    assert.equal(sheet.rowCount, 5);
    assert.equal(sheet.getRow(1).getCell(2).value, 'Nama Jabatan');
    assert.equal(sheet.getRow(2).getCell(2).value, 'Kepala Subbagian Umum dan Kepegawaian');
    assert.equal(sheet.getRow(2).getCell(16).value, 'Ditetapkan');
    const csv = await client.request<{ text: string }>('skj/report', { format: 'csv' });
    assert.equal(csv.text.split('\r\n').filter(Boolean).length, 5);
  });
});
